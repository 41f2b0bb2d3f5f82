package io.etcdj.internal.transport;

/**
 * How one attempt of a call ended, in the canonical status codes that etcd's gRPC server sends and
 * that its HTTP/JSON gateway reports in error bodies. Transport-neutral: each transport translates
 * its own status into these.
 */
public enum StatusCode {
    /** The call succeeded. */
    OK,
    /** The call was cancelled, by the client or the server. */
    CANCELLED,
    /** An error the server did not classify (etcd sends some of its errors this way). */
    UNKNOWN,
    /** The request was rejected as malformed. */
    INVALID_ARGUMENT,
    /** The attempt's deadline passed. */
    DEADLINE_EXCEEDED,
    /** The thing the request names does not exist. */
    NOT_FOUND,
    /** The thing the request would create exists already. */
    ALREADY_EXISTS,
    /** The caller lacks a permission. */
    PERMISSION_DENIED,
    /** A size or rate limit was hit. */
    RESOURCE_EXHAUSTED,
    /** The request's precondition does not hold. */
    FAILED_PRECONDITION,
    /** The operation was aborted. */
    ABORTED,
    /** A value was out of range. */
    OUT_OF_RANGE,
    /** The server does not implement the method. */
    UNIMPLEMENTED,
    /** An internal error of the server or the transport. */
    INTERNAL,
    /** No connection could be made, or it broke. */
    UNAVAILABLE,
    /** Data was lost. */
    DATA_LOSS,
    /** The caller is not authenticated. */
    UNAUTHENTICATED
}
