package io.etcdj.exception;

/**
 * The request names a revision the store has not reached yet ({@link ErrorCode#FUTURE_REV}).
 */
public class FutureRevisionException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public FutureRevisionException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
