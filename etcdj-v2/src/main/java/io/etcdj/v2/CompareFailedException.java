package io.etcdj.v2;

/**
 * etcd's error 101, "Compare failed" (TestFailed): a prevValue or prevIndex condition did not hold.
 *
 * <p>Thrown by compare-and-swap and compare-and-delete. {@link #etcdCause()} says which comparison failed, for example {@code [old != 1]}.
 */
public class CompareFailedException extends EtcdV2Exception {
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
    public CompareFailedException(String message, int errorCode, String etcdMessage, String etcdCause, long index, int httpStatus) {
        super(message, errorCode, etcdMessage, etcdCause, index, httpStatus, false, null);
    }
}
