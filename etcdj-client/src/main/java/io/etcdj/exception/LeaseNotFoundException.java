package io.etcdj.exception;

/**
 * The lease does not exist: it was never granted, expired, or was revoked ({@link ErrorCode#LEASE_NOT_FOUND}).
 */
public class LeaseNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public LeaseNotFoundException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
