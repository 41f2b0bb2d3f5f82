package io.etcdj.exception;

/**
 * The server needs credentials the call did not carry, the user name or password is wrong, or the auth token was rejected ({@link ErrorCode#AUTH_FAILED}, {@link ErrorCode#INVALID_AUTH_TOKEN}).
 */
public class UnauthenticatedException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public UnauthenticatedException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
