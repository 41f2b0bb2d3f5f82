package io.etcdj.v2;

/**
 * etcd's error 104, "Not a directory": a key on the path is a plain key, or a directory operation was applied to a plain key.
 *
 * <p>Thrown for example by mkdir under a key that holds a value, by rmdir of a plain key, or by an in-order create in a plain key.
 */
public class NotDirectoryException extends EtcdV2Exception {
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
    public NotDirectoryException(String message, int errorCode, String etcdMessage, String etcdCause, long index, int httpStatus) {
        super(message, errorCode, etcdMessage, etcdCause, index, httpStatus, false, null);
    }
}
