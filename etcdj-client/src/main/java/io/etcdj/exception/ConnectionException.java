package io.etcdj.exception;

/**
 * No connection to an etcd endpoint could be made within the connect timeout, or an established connection broke while the call was in flight ({@link ErrorCode#UNAVAILABLE}, {@link ErrorCode#STOPPED}). When the request never left the client the outcome is {@link Outcome#NOT_APPLIED}; otherwise it is {@link Outcome#UNKNOWN}.
 */
public class ConnectionException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public ConnectionException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
