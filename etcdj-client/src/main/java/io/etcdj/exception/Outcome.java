package io.etcdj.exception;

/**
 * What a failed call is known to have done on the server.
 *
 * <p>A write that fails with {@link #UNKNOWN} may have been applied: the request left the client
 * and no answer came back (a timeout, a lost connection, a leader change while it was in flight).
 * etcdj never repeats such a write on its own, because a blind repeat can apply an update twice or
 * overwrite a newer one; a caller that knows its write is safe to repeat can say so per call.
 */
public enum Outcome {
    /** The request did not take effect: it was rejected, or it never reached a server. */
    NOT_APPLIED,
    /** The request may or may not have taken effect. Read the current state before acting on it. */
    UNKNOWN
}
