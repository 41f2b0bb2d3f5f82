package io.etcdj.lease;

import io.etcdj.ResponseHeader;

/**
 * The answer to one keep-alive ({@code LeaseKeepAliveResponse}). Immutable.
 *
 * @param header the response header
 * @param id the lease id
 * @param ttlSeconds the lease's TTL from now on, in seconds
 */
public record LeaseKeepAliveResponse(ResponseHeader header, long id, long ttlSeconds) {
}
