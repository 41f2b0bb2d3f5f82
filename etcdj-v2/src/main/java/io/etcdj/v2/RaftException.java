package io.etcdj.v2;

/**
 * etcd's raft errors, codes 300 ("Raft Internal Error") and 301 ("During Leader Election"): the cluster could not commit the request.
 *
 * <p>The request did not take effect as far as the answering member knows; 301 is usually transient.
 */
public class RaftException extends EtcdV2Exception {
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
    public RaftException(String message, int errorCode, String etcdMessage, String etcdCause, long index, int httpStatus) {
        super(message, errorCode, etcdMessage, etcdCause, index, httpStatus, false, null);
    }
}
