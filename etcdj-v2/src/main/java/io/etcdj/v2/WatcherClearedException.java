package io.etcdj.v2;

/**
 * etcd's error 400, "watcher is cleared due to etcd recovery": the member restored a snapshot and dropped its watchers.
 *
 * <p>A wait that gets it can be repeated with the same waitIndex; the continuous watch does so.
 */
public class WatcherClearedException extends EtcdV2Exception {
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
    public WatcherClearedException(String message, int errorCode, String etcdMessage, String etcdCause, long index, int httpStatus) {
        super(message, errorCode, etcdMessage, etcdCause, index, httpStatus, false, null);
    }
}
