package io.etcdj.v2;

/**
 * The root of every exception the v2 client throws. Unchecked.
 *
 * <p>When etcd answered with a v2 error document ({@code {"errorCode":..., "message":...,
 * "cause":..., "index":...}}, see etcd's v2 API document, "Error Codes"), {@link #errorCode()},
 * {@link #etcdMessage()}, {@link #etcdCause()} and {@link #index()} carry its fields and the
 * exception is one of the typed subclasses for that code family. A code this client has no type
 * for is reported as a plain {@code EtcdV2Exception} with that code. Errors that are not v2 error
 * documents (an HTTP error of the members or stats API, a connection failure, a timeout) have
 * {@link #errorCode()} {@code -1}.
 */
public class EtcdV2Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The {@link #errorCode()} of an error that is not a v2 error document. */
    public static final int NO_ERROR_CODE = -1;

    /** etcd's v2 error code, or {@link #NO_ERROR_CODE}. */
    private final int errorCode;
    /** etcd's message; may be null. */
    private final String etcdMessage;
    /** etcd's cause; may be null. */
    private final String etcdCause;
    /** etcd's index at the time of the error; 0 when unknown. */
    private final long index;
    /** The HTTP status; 0 when there was no answer. */
    private final int httpStatus;
    /** Whether the request may have taken effect. */
    private final boolean outcomeUnknown;

    /**
     * An error etcd reported, or one found by the client.
     *
     * @param message the exception's message
     * @param errorCode etcd's v2 error code, or {@link #NO_ERROR_CODE}
     * @param etcdMessage etcd's message for the code; may be null
     * @param etcdCause etcd's cause (usually the key concerned); may be null
     * @param index etcd's index at the time of the error; 0 when unknown
     * @param httpStatus the HTTP status of the answer; 0 when there was no answer
     * @param outcomeUnknown true when the request may have taken effect anyway
     * @param cause the underlying exception; may be null
     */
    public EtcdV2Exception(String message, int errorCode, String etcdMessage, String etcdCause, long index,
            int httpStatus, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.etcdMessage = etcdMessage;
        this.etcdCause = etcdCause;
        this.index = index;
        this.httpStatus = httpStatus;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * An error found by the client, with no answer from etcd.
     *
     * @param message the exception's message
     * @param outcomeUnknown true when the request may have taken effect anyway
     * @param cause the underlying exception; may be null
     */
    public EtcdV2Exception(String message, boolean outcomeUnknown, Throwable cause) {
        this(message, NO_ERROR_CODE, null, null, 0, 0, outcomeUnknown, cause);
    }

    /**
     * etcd's v2 error code ({@code errorCode}), for example 100 for "Key not found".
     *
     * @return the code, or {@link #NO_ERROR_CODE} when the error is not a v2 error document
     */
    public int errorCode() {
        return errorCode;
    }

    /**
     * etcd's message for the error code ({@code message}), for example "Key not found".
     *
     * @return the message, or null when etcd did not send one
     */
    public String etcdMessage() {
        return etcdMessage;
    }

    /**
     * etcd's cause ({@code cause}): usually the key concerned, or the compare that failed.
     *
     * @return the cause, or null when etcd did not send one
     */
    public String etcdCause() {
        return etcdCause;
    }

    /**
     * etcd's index when the error happened ({@code index} of the error document).
     *
     * @return the index, or 0 when unknown
     */
    public long index() {
        return index;
    }

    /**
     * The HTTP status of etcd's answer.
     *
     * @return the status, or 0 when no answer was received
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the request may have taken effect although it failed: true for a write whose
     * connection broke or timed out after the request was sent. False when etcd answered with an
     * error, or when the request was never sent.
     *
     * @return true when the outcome is unknown
     */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }
}
