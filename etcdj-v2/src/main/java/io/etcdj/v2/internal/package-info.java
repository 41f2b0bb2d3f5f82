/**
 * Internals of the v2 client: HTTP transport with failover, request encoding, response and error
 * decoding, the watch loop. Not part of the API; may change in any release.
 */
package io.etcdj.v2.internal;
