package io.etcdj.v2;

/**
 * etcd answered with an HTTP error that is not a keys-API error document: the members, stats,
 * machines, version and health endpoints answer {@code {"message": "..."}} or plain text.
 *
 * <p>Examples from etcd 3.4: 404 "No such member: ..." when removing or updating an unknown
 * member; 409 "Peer URLs already exists" when adding a member with a peer URL in use; 403 "not
 * current leader" for leader statistics asked of a follower; 400 for malformed member requests.
 * {@link #httpStatus()} is the status and {@link #etcdMessage()} etcd's message.
 */
public class EtcdV2HttpException extends EtcdV2Exception {
    private static final long serialVersionUID = 1L;

    /**
     * An HTTP error.
     *
     * @param message the exception's message
     * @param etcdMessage etcd's message; may be null
     * @param httpStatus the HTTP status
     */
    public EtcdV2HttpException(String message, String etcdMessage, int httpStatus) {
        super(message, NO_ERROR_CODE, etcdMessage, null, 0, httpStatus, false, null);
    }
}
