package io.etcdj.exception;

/**
 * The member has no raft leader, is not the leader where one is needed, or the leader changed while the request waited ({@link ErrorCode#NO_LEADER}, {@link ErrorCode#NOT_LEADER}, {@link ErrorCode#LEADER_CHANGED}).
 */
public class NoLeaderException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public NoLeaderException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
