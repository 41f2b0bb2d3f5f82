package io.etcdj.v2;

/**
 * No answer came within the request timeout ({@link EtcdV2Client.Builder#timeout(java.time.Duration)}
 * or {@link WaitOptions.Builder#timeout(java.time.Duration)} for a wait).
 *
 * <p>For a write {@link #isOutcomeUnknown()} is true: the write may have taken effect.
 */
public class EtcdV2TimeoutException extends EtcdV2Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A timeout.
     *
     * @param message what timed out, with the endpoint
     * @param outcomeUnknown true when the request may have taken effect
     * @param cause the underlying exception; may be null
     */
    public EtcdV2TimeoutException(String message, boolean outcomeUnknown, Throwable cause) {
        super(message, outcomeUnknown, cause);
    }
}
