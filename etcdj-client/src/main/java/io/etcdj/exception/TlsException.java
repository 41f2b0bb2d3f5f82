package io.etcdj.exception;

/**
 * The TLS handshake with an endpoint failed, so nothing was sent on that connection: the outcome
 * is {@link Outcome#NOT_APPLIED}, unless an earlier attempt of the same call, on another endpoint,
 * may have been applied ({@link Outcome#UNKNOWN}). {@link #code()} names the problem:
 * {@link ErrorCode#TLS_UNKNOWN_AUTHORITY}, {@link ErrorCode#TLS_CERTIFICATE_EXPIRED},
 * {@link ErrorCode#TLS_HOST_NAME_MISMATCH}, {@link ErrorCode#TLS_CERTIFICATE_REJECTED} or
 * {@link ErrorCode#TLS_HANDSHAKE_FAILED}; the cause is the JDK's {@code SSLException}. Retrying
 * does not help until the certificates or the client's TLS settings change.
 */
public class TlsException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code one of the {@code TLS_} codes; not null
     * @param outcome whether the call may have taken effect (through an earlier attempt); not null
     * @param message a description for people that names the problem; not null
     * @param cause the JDK's TLS error, or null
     */
    public TlsException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
