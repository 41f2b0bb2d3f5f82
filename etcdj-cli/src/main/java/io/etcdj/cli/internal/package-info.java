/**
 * Internals of the command line, not API: a parser that accepts and rejects command lines as
 * etcdctl's flag library does, Go's text conventions that etcdctl's output follows (quoting,
 * number, boolean and duration syntax), the output formats, and the command dispatcher.
 */
package io.etcdj.cli.internal;
