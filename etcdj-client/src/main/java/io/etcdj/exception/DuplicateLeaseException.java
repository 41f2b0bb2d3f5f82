package io.etcdj.exception;

/**
 * A lease with the requested id exists already ({@link ErrorCode#LEASE_EXIST}).
 */
public class DuplicateLeaseException extends PreconditionFailedException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public DuplicateLeaseException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
