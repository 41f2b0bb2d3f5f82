package io.etcdj.exception;

/**
 * The TLS handshake with an endpoint failed, so nothing was sent: the outcome is always
 * {@link Outcome#NOT_APPLIED}. {@link #code()} names the problem:
 * {@link ErrorCode#TLS_UNKNOWN_AUTHORITY}, {@link ErrorCode#TLS_CERTIFICATE_EXPIRED},
 * {@link ErrorCode#TLS_HOST_NAME_MISMATCH}, {@link ErrorCode#TLS_CERTIFICATE_REJECTED} or
 * {@link ErrorCode#TLS_HANDSHAKE_FAILED}; the cause is the JDK's {@code SSLException}. Retrying
 * does not help until the certificates or the client's TLS settings change.
 */
public class TlsException extends ConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code one of the {@code TLS_} codes; not null
     * @param message a description for people that names the problem; not null
     * @param cause the JDK's TLS error, or null
     */
    public TlsException(ErrorCode code, String message, Throwable cause) {
        super(code, Outcome.NOT_APPLIED, message, cause);
    }
}
