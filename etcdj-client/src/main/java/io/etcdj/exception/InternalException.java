package io.etcdj.exception;

/**
 * An unexpected failure inside the server or the client ({@link ErrorCode#INTERNAL}, {@link ErrorCode#CORRUPT} and unrecognised errors).
 */
public class InternalException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public InternalException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
