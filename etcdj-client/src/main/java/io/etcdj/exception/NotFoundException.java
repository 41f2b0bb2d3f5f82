package io.etcdj.exception;

/**
 * The thing the request names does not exist, such as a member id ({@link ErrorCode#MEMBER_NOT_FOUND}).
 */
public class NotFoundException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public NotFoundException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
