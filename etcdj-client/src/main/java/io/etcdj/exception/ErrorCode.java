package io.etcdj.exception;

/**
 * The cause of an {@link EtcdException}: one of etcd's server errors (the {@code etcdserver: ...}
 * messages of etcd's {@code rpctypes}), or a transport condition seen by the client.
 *
 * <p>Each server code carries the exact message etcd 3.4 sends, which is how a gRPC status is
 * recognised; {@link #fromServerMessage(String)} maps a message back to its code.
 */
public enum ErrorCode {
    EMPTY_KEY("etcdserver: key is not provided", true),
    KEY_NOT_FOUND("etcdserver: key not found", true),
    VALUE_PROVIDED("etcdserver: value is provided", true),
    LEASE_PROVIDED("etcdserver: lease is provided", true),
    TOO_MANY_OPS("etcdserver: too many operations in txn request", true),
    DUPLICATE_KEY("etcdserver: duplicate key given in txn request", true),
    REQUEST_TOO_LARGE("etcdserver: request is too large", true),
    COMPACTED("etcdserver: mvcc: required revision has been compacted", true),
    FUTURE_REV("etcdserver: mvcc: required revision is a future revision", true),
    NO_SPACE("etcdserver: mvcc: database space exceeded", true),
    TOO_MANY_REQUESTS("etcdserver: too many requests", true),

    LEASE_NOT_FOUND("etcdserver: requested lease not found", true),
    LEASE_EXIST("etcdserver: lease already exists", true),
    LEASE_TTL_TOO_LARGE("etcdserver: too large lease TTL", true),

    MEMBER_EXIST("etcdserver: member ID already exist", true),
    PEER_URL_EXIST("etcdserver: Peer URLs already exists", true),
    MEMBER_NOT_ENOUGH_STARTED("etcdserver: re-configuration failed due to not enough started members", true),
    MEMBER_BAD_URLS("etcdserver: given member URLs are invalid", true),
    MEMBER_NOT_FOUND("etcdserver: member not found", true),
    MEMBER_NOT_LEARNER("etcdserver: can only promote a learner member", true),
    LEARNER_NOT_READY("etcdserver: can only promote a learner member which is in sync with leader", true),
    TOO_MANY_LEARNERS("etcdserver: too many learner members in cluster", true),

    ROOT_USER_NOT_EXIST("etcdserver: root user does not exist", true),
    ROOT_ROLE_NOT_EXIST("etcdserver: root user does not have root role", true),
    USER_ALREADY_EXIST("etcdserver: user name already exists", true),
    USER_EMPTY("etcdserver: user name is empty", true),
    USER_NOT_FOUND("etcdserver: user name not found", true),
    ROLE_ALREADY_EXIST("etcdserver: role name already exists", true),
    ROLE_NOT_FOUND("etcdserver: role name not found", true),
    ROLE_EMPTY("etcdserver: role name is empty", true),
    AUTH_FAILED("etcdserver: authentication failed, invalid user ID or password", true),
    PERMISSION_DENIED("etcdserver: permission denied", true),
    ROLE_NOT_GRANTED("etcdserver: role is not granted to the user", true),
    PERMISSION_NOT_GRANTED("etcdserver: permission is not granted to the role", true),
    AUTH_NOT_ENABLED("etcdserver: authentication is not enabled", true),
    INVALID_AUTH_TOKEN("etcdserver: invalid auth token", true),
    INVALID_AUTH_MGMT("etcdserver: invalid auth management", true),
    AUTH_OLD_REVISION("etcdserver: revision of auth store is old", true),

    NO_LEADER("etcdserver: no leader", true),
    NOT_LEADER("etcdserver: not leader", true),
    LEADER_CHANGED("etcdserver: leader changed", false),
    NOT_CAPABLE("etcdserver: not capable", true),
    STOPPED("etcdserver: server stopped", false),
    TIMEOUT("etcdserver: request timed out", false),
    TIMEOUT_DUE_TO_LEADER_FAIL("etcdserver: request timed out, possibly due to previous leader failure", false),
    TIMEOUT_DUE_TO_CONNECTION_LOST("etcdserver: request timed out, possibly due to connection lost", false),
    UNHEALTHY("etcdserver: unhealthy cluster", true),
    CORRUPT("etcdserver: corrupt cluster", false),
    BAD_LEADER_TRANSFEREE("etcdserver: bad leader transferee", true),
    WATCH_CANCELED("etcdserver: watch is canceled by the server", true),

    /** No connection to any endpoint could be made, or the connection broke. */
    UNAVAILABLE(null, false),
    /** The call's deadline passed before an answer came. */
    DEADLINE_EXCEEDED(null, false),
    /** The call was cancelled (by the caller, or because the client was closed). */
    CANCELLED(null, false),
    /** The server rejected the request for a reason it did not name with an etcd error. */
    INVALID_ARGUMENT(null, true),
    /** The request or response exceeds a size limit of the server or the client. */
    RESOURCE_EXHAUSTED(null, true),
    /** Authentication is required or the credentials were rejected. */
    UNAUTHENTICATED(null, true),
    /** A precondition of the request did not hold. */
    FAILED_PRECONDITION(null, true),
    /** The thing the request names does not exist. */
    NOT_FOUND(null, true),
    /** The operation is not implemented by this server. */
    UNIMPLEMENTED(null, true),
    /** The client was closed before or during the call. */
    CLIENT_CLOSED(null, true),
    /** An unexpected error inside the server or the client. */
    INTERNAL(null, false);

    private final String serverMessage;
    private final boolean definite;

    ErrorCode(String serverMessage, boolean definite) {
        this.serverMessage = serverMessage;
        this.definite = definite;
    }

    /**
     * The exact message etcd sends for this error.
     *
     * @return the message, or {@code null} for a code that is not an etcd server error
     */
    public String serverMessage() {
        return serverMessage;
    }

    /**
     * Whether a request that failed with this code, once it reached a server, is known not to
     * have taken effect.
     *
     * @return true when etcd rejects the request before applying it
     */
    public boolean isDefinite() {
        return definite;
    }

    /**
     * Finds the code for one of etcd's error messages.
     *
     * @param message a gRPC status description from etcd; may be null
     * @return the matching code, or {@code null} when the message is null or not an etcd error
     */
    public static ErrorCode fromServerMessage(String message) {
        if (message == null) {
            return null;
        }
        for (ErrorCode code : values()) {
            if (message.equals(code.serverMessage)) {
                return code;
            }
        }
        return null;
    }
}
