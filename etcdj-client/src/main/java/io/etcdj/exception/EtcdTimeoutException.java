package io.etcdj.exception;

/**
 * The call's deadline passed before etcd answered ({@link ErrorCode#DEADLINE_EXCEEDED}), or etcd itself gave up waiting for the cluster ({@link ErrorCode#TIMEOUT} and its variants). The outcome of a write is {@link Outcome#UNKNOWN}.
 */
public class EtcdTimeoutException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public EtcdTimeoutException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
