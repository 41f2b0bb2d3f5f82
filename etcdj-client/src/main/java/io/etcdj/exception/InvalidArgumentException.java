package io.etcdj.exception;

/**
 * The request is malformed or breaks a server limit: an empty key, a request over the server's size limit ({@code --max-request-bytes}, 1.5 MiB by default), more operations in one txn than {@code --max-txn-ops} (128 by default), the same key written twice in one txn, and the like. Checked locally where that is possible, so nothing is sent; the outcome is always {@link Outcome#NOT_APPLIED}.
 */
public class InvalidArgumentException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code the etcd error or transport condition; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public InvalidArgumentException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(code, outcome, message, cause);
    }
}
