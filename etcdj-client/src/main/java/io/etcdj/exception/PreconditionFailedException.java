package io.etcdj.exception;

/**
 * etcd refused the request because the cluster is not in the state the request needs: auth not enabled, a user or role that exists already or not at all, a member change the cluster cannot take now, and the like.
 */
public class PreconditionFailedException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public PreconditionFailedException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
