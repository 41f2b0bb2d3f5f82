package io.etcdj.exception;

/**
 * The cause of an {@link EtcdException}: one of etcd's server errors (the {@code etcdserver: ...}
 * messages of etcd's {@code rpctypes}), or a transport condition seen by the client.
 *
 * <p>Each server code carries the exact message etcd 3.4 sends, which is how a gRPC status is
 * recognised; {@link #fromServerMessage(String)} maps a message back to its code.
 */
public enum ErrorCode {
    /** The request has an empty key. */
    EMPTY_KEY("etcdserver: key is not provided", true),
    /** The key does not exist (etcd's v3 API rarely sends this). */
    KEY_NOT_FOUND("etcdserver: key not found", true),
    /** A put with ignore-value also carried a value. */
    VALUE_PROVIDED("etcdserver: value is provided", true),
    /** A put with ignore-lease also carried a lease. */
    LEASE_PROVIDED("etcdserver: lease is provided", true),
    /** A txn has more operations than the server allows (128 by default). */
    TOO_MANY_OPS("etcdserver: too many operations in txn request", true),
    /** A txn writes the same key twice in one branch. */
    DUPLICATE_KEY("etcdserver: duplicate key given in txn request", true),
    /** The request is larger than the server accepts (about 1.5 MiB by default). */
    REQUEST_TOO_LARGE("etcdserver: request is too large", true),
    /** The requested revision has been compacted away. */
    COMPACTED("etcdserver: mvcc: required revision has been compacted", true),
    /** The requested revision is newer than the store's current revision. */
    FUTURE_REV("etcdserver: mvcc: required revision is a future revision", true),
    /** The backend database is over its space quota; writes are refused until an operator frees space and disarms the alarm. */
    NO_SPACE("etcdserver: mvcc: database space exceeded", true),
    /** The server's applied index lags its committed index too far; it refuses new requests for now. */
    TOO_MANY_REQUESTS("etcdserver: too many requests", true),

    /** The lease does not exist (expired or revoked). */
    LEASE_NOT_FOUND("etcdserver: requested lease not found", true),
    /** A lease with the requested id exists already. */
    LEASE_EXIST("etcdserver: lease already exists", true),
    /** The lease TTL is larger than the server allows. */
    LEASE_TTL_TOO_LARGE("etcdserver: too large lease TTL", true),

    /** A member with that id exists already. */
    MEMBER_EXIST("etcdserver: member ID already exist", true),
    /** A member with those peer URLs exists already. */
    PEER_URL_EXIST("etcdserver: Peer URLs already exists", true),
    /** The reconfiguration would leave too few started members for a quorum. */
    MEMBER_NOT_ENOUGH_STARTED("etcdserver: re-configuration failed due to not enough started members", true),
    /** The given member URLs are invalid. */
    MEMBER_BAD_URLS("etcdserver: given member URLs are invalid", true),
    /** The member does not exist. */
    MEMBER_NOT_FOUND("etcdserver: member not found", true),
    /** Only a learner can be promoted. */
    MEMBER_NOT_LEARNER("etcdserver: can only promote a learner member", true),
    /** The learner is not yet in sync with the leader. */
    LEARNER_NOT_READY("etcdserver: can only promote a learner member which is in sync with leader", true),
    /** The cluster has as many learners as it allows. */
    TOO_MANY_LEARNERS("etcdserver: too many learner members in cluster", true),

    /** Auth cannot be enabled without a root user. */
    ROOT_USER_NOT_EXIST("etcdserver: root user does not exist", true),
    /** Auth cannot be enabled while the root user lacks the root role. */
    ROOT_ROLE_NOT_EXIST("etcdserver: root user does not have root role", true),
    /** The user exists already. */
    USER_ALREADY_EXIST("etcdserver: user name already exists", true),
    /**
     * No user name: the request carried no credentials while auth is enabled (the client was
     * built without {@code credentials}), or a user was added with an empty name.
     */
    USER_EMPTY("etcdserver: user name is empty", true),
    /** The user does not exist. */
    USER_NOT_FOUND("etcdserver: user name not found", true),
    /** The role exists already. */
    ROLE_ALREADY_EXIST("etcdserver: role name already exists", true),
    /** The role does not exist. */
    ROLE_NOT_FOUND("etcdserver: role name not found", true),
    /** The role name is empty. */
    ROLE_EMPTY("etcdserver: role name is empty", true),
    /** The user name or password is wrong. */
    AUTH_FAILED("etcdserver: authentication failed, invalid user ID or password", true),
    /** The user may not do this. */
    PERMISSION_DENIED("etcdserver: permission denied", true),
    /** The role is not granted to the user. */
    ROLE_NOT_GRANTED("etcdserver: role is not granted to the user", true),
    /** The permission is not granted to the role. */
    PERMISSION_NOT_GRANTED("etcdserver: permission is not granted to the role", true),
    /** Authentication is not enabled. */
    AUTH_NOT_ENABLED("etcdserver: authentication is not enabled", true),
    /** The auth token is invalid or expired; a fresh one is needed. */
    INVALID_AUTH_TOKEN("etcdserver: invalid auth token", true),
    /** The auth management request is not allowed (for example, revoking root's root role). */
    INVALID_AUTH_MGMT("etcdserver: invalid auth management", true),
    /** The auth token predates a change of the auth store; a fresh one is needed. */
    AUTH_OLD_REVISION("etcdserver: revision of auth store is old", true),

    /** The member has no leader (an election is going on, or it is cut off). */
    NO_LEADER("etcdserver: no leader", true),
    /** The request needs the leader and this member is not it. */
    NOT_LEADER("etcdserver: not leader", true),
    /** The leader changed while the request was in flight; it may have been applied. */
    LEADER_CHANGED("etcdserver: leader changed", false),
    /** The cluster's version does not support the request. */
    NOT_CAPABLE("etcdserver: not capable", true),
    /** The member is stopping. */
    STOPPED("etcdserver: server stopped", false),
    /** The server timed out waiting for the request to be committed; it may still be applied. */
    TIMEOUT("etcdserver: request timed out", false),
    /** As {@link #TIMEOUT}, probably because the previous leader failed. */
    TIMEOUT_DUE_TO_LEADER_FAIL("etcdserver: request timed out, possibly due to previous leader failure", false),
    /** As {@link #TIMEOUT}, probably because the member lost its connection to the leader. */
    TIMEOUT_DUE_TO_CONNECTION_LOST("etcdserver: request timed out, possibly due to connection lost", false),
    /** The cluster is unhealthy (for example, too few members are started). */
    UNHEALTHY("etcdserver: unhealthy cluster", true),
    /** The cluster detected data corruption. */
    CORRUPT("etcdserver: corrupt cluster", false),
    /** The member chosen for move-leader cannot become leader. */
    BAD_LEADER_TRANSFEREE("etcdserver: bad leader transferee", true),
    /** An election has no leader (etcd's Election service). */
    ELECTION_NO_LEADER("election: no leader", true),
    /** The caller is not the election's leader (etcd's Election service). */
    ELECTION_NOT_LEADER("election: not leader", true),
    /** The server cancelled a watch. */
    WATCH_CANCELED("etcdserver: watch is canceled by the server", true),

    /** No connection to any endpoint could be made, or the connection broke. */
    UNAVAILABLE(null, false),
    /**
     * The server's certificate was not issued by a trusted certificate authority (the client's
     * CA file, or the JVM's trusted CAs when none was given).
     */
    TLS_UNKNOWN_AUTHORITY(null, true),
    /** The server's certificate, or one in its chain, has expired or is not yet valid. */
    TLS_CERTIFICATE_EXPIRED(null, true),
    /** The server's certificate does not name the host or address the client connected to. */
    TLS_HOST_NAME_MISMATCH(null, true),
    /** The server rejected the client's certificate, or required one and got none. */
    TLS_CERTIFICATE_REJECTED(null, true),
    /** The TLS handshake failed for another reason (protocol, cipher, a plain-text server). */
    TLS_HANDSHAKE_FAILED(null, true),
    /** The call's deadline passed before an answer came. */
    DEADLINE_EXCEEDED(null, false),
    /**
     * The server gave up on the request at its own deadline (gRPC's {@code context deadline
     * exceeded}, which etcd sends when the request's time ran out inside the server); it may
     * still be applied.
     */
    SERVER_TIMEOUT(null, false),
    /** The call was cancelled (by the caller, or because the client was closed). */
    CANCELLED(null, false),
    /** The server rejected the request for a reason it did not name with an etcd error. */
    INVALID_ARGUMENT(null, true),
    /** The server refused the request for lack of a resource it did not name. */
    RESOURCE_EXHAUSTED(null, true),
    /**
     * The response is larger than the client accepts ({@code maxInboundMessageSize} of the
     * client's builder). The server processed the request: a write was applied.
     */
    RESPONSE_TOO_LARGE(null, false),
    /** Authentication is required or the credentials were rejected. */
    UNAUTHENTICATED(null, true),
    /** A precondition of the request did not hold. */
    FAILED_PRECONDITION(null, true),
    /** The thing the request names does not exist. */
    NOT_FOUND(null, true),
    /** The operation is not implemented by this server. */
    UNIMPLEMENTED(null, true),
    /** The client was closed before or during the call. */
    CLIENT_CLOSED(null, false),
    /** A watch was not confirmed, or a watch-once saw no matching event, in time. */
    WATCH_TIMEOUT(null, true),
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
