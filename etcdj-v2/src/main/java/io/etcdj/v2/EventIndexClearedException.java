package io.etcdj.v2;

/**
 * etcd's error 401, "The event in requested index is outdated and cleared": a wait asked for a waitIndex older than the history etcd keeps (the last 1000 events).
 *
 * <p>{@link #index()} is the oldest index still kept. The wait and the continuous watch recover from it by reading the key again and waiting from the read's etcd index + 1, unless asked not to (see {@link WaitOptions.Builder#recoverFromClearedIndex(boolean)}).
 */
public class EventIndexClearedException extends EtcdV2Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An error document etcd sent.
     *
     * @param message the exception's message
     * @param errorCode etcd's v2 error code
     * @param etcdMessage etcd's message; may be null
     * @param etcdCause etcd's cause; may be null
     * @param index etcd's index at the time of the error; 0 when unknown
     * @param httpStatus the HTTP status of the answer
     */
    public EventIndexClearedException(String message, int errorCode, String etcdMessage, String etcdCause, long index, int httpStatus) {
        super(message, errorCode, etcdMessage, etcdCause, index, httpStatus, false, null);
    }
}
