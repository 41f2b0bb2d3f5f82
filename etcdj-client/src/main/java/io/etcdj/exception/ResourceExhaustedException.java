package io.etcdj.exception;

/**
 * A quota or rate limit was hit: the backend reached its space quota ({@link ErrorCode#NO_SPACE}, which raises the NOSPACE alarm), the server is overloaded ({@link ErrorCode#TOO_MANY_REQUESTS}), or a message exceeds the transport's size limit.
 */
public class ResourceExhaustedException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public ResourceExhaustedException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
