package io.etcdj.v2;

/**
 * No endpoint could be reached, or the connection broke before an answer came.
 *
 * <p>{@link #isOutcomeUnknown()} is false when the request was never sent (every endpoint refused
 * the connection) and true when a write was sent and the connection broke before the answer: the
 * write may have taken effect, and the client did not send it again.
 */
public class EtcdV2ConnectionException extends EtcdV2Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A connection failure.
     *
     * @param message what failed, with the endpoint
     * @param outcomeUnknown true when the request may have taken effect
     * @param cause the I/O exception; may be null
     */
    public EtcdV2ConnectionException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, outcomeUnknown, cause);
    }
}
