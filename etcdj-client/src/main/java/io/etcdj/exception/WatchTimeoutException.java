package io.etcdj.exception;

/**
 * A watch did not get what it waited for in time ({@link ErrorCode#WATCH_TIMEOUT}): etcd did not
 * confirm a new watch within its timeout, or a watch-once saw no matching event. Always
 * {@link Outcome#NOT_APPLIED}: a watch changes nothing on the server.
 */
public class WatchTimeoutException extends EtcdException {
    private static final long serialVersionUID = 1L;

    /**
     * Makes the exception.
     *
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public WatchTimeoutException(String message, Throwable cause) {
        super(ErrorCode.WATCH_TIMEOUT, Outcome.NOT_APPLIED, message, cause);
    }
}
