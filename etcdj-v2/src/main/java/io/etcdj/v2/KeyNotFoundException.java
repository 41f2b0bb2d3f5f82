package io.etcdj.v2;

/**
 * etcd's error 100, "Key not found": the key (or a directory on its path) does not exist.
 *
 * <p>Thrown by get, update, compare-and-swap with prevIndex or prevValue, delete, refresh and rmdir of a missing key. {@link #etcdCause()} is the key.
 */
public class KeyNotFoundException extends EtcdV2Exception {
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
    public KeyNotFoundException(String message, int errorCode, String etcdMessage, String etcdCause, long index, int httpStatus) {
        super(message, errorCode, etcdMessage, etcdCause, index, httpStatus, false, null);
    }
}
