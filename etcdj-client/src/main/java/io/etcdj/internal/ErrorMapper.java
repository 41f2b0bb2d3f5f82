package io.etcdj.internal;

import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.DuplicateLeaseException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.FutureRevisionException;
import io.etcdj.exception.InternalException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.exception.NoLeaderException;
import io.etcdj.exception.NotFoundException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.PermissionDeniedException;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.exception.ResourceExhaustedException;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.exception.TlsException;
import io.etcdj.exception.UnauthenticatedException;
import io.etcdj.exception.WatchTimeoutException;
import io.etcdj.internal.transport.StatusCode;

/**
 * The one place where failures become etcdj's typed exceptions: a transport status and message
 * become an {@link ErrorCode} ({@link #code}), and a code with its outcome becomes an exception
 * ({@link #exception}). etcd's own errors are recognised by their exact message.
 */
public final class ErrorMapper {
    /** What grpc-go says when a request exceeds the server's receive limit. */
    private static final String GO_MESSAGE_TOO_LARGE = "grpc: received message larger than max";
    /** What grpc-java says when a response exceeds the client's receive limit. */
    private static final String JAVA_MESSAGE_TOO_LARGE = "exceeds maximum size";
    /** What grpc-go sends when a handler returns its context's deadline error (status UNKNOWN). */
    private static final String GO_DEADLINE = "context deadline exceeded";
    /** What grpc-go sends when a handler returns its context's cancellation error. */
    private static final String GO_CANCELED = "context canceled";
    /** What gRPC reports when the connection closed under a call, sometimes with status UNKNOWN. */
    private static final String CHANNEL_CLOSED = "channel closed";
    /** The prefix of etcd's auth store errors, which its maintenance service passes on unconverted. */
    private static final String AUTH_STORE = "auth: ";

    private ErrorMapper() {
    }

    /**
     * @param status how the attempt ended; not OK
     * @param message the status message, or null
     * @param cause the transport's underlying error, or null; a failed TLS handshake is recognised by it
     * @return what went wrong
     */
    public static ErrorCode code(StatusCode status, String message, Throwable cause) {
        if (status == StatusCode.UNAVAILABLE && cause != null) {
            ErrorCode tls = TlsFailures.classify(cause);
            if (tls != null) {
                return tls;
            }
        }
        return code(status, message);
    }

    /**
     * @param status how the attempt ended; not OK
     * @param message the status message, or null
     * @return what went wrong
     */
    public static ErrorCode code(StatusCode status, String message) {
        ErrorCode server = ErrorCode.fromServerMessage(message);
        if (server != null) {
            return server;
        }
        ErrorCode auth = authStoreError(status, message);
        if (auth != null) {
            return auth;
        }
        if (message != null) {
            if (status == StatusCode.RESOURCE_EXHAUSTED && message.startsWith(GO_MESSAGE_TOO_LARGE)) {
                return ErrorCode.REQUEST_TOO_LARGE;
            }
            if (status == StatusCode.RESOURCE_EXHAUSTED && message.contains(JAVA_MESSAGE_TOO_LARGE)) {
                return ErrorCode.RESPONSE_TOO_LARGE;
            }
            if (message.equals(GO_DEADLINE)) {
                return ErrorCode.SERVER_TIMEOUT;
            }
            if (message.equals(GO_CANCELED)) {
                return ErrorCode.CANCELLED;
            }
            if (status == StatusCode.UNKNOWN && message.toLowerCase(java.util.Locale.ROOT).contains(CHANNEL_CLOSED)) {
                return ErrorCode.UNAVAILABLE;
            }
        }
        return switch (status) {
            case CANCELLED -> ErrorCode.CANCELLED;
            case INVALID_ARGUMENT, OUT_OF_RANGE -> ErrorCode.INVALID_ARGUMENT;
            case DEADLINE_EXCEEDED -> ErrorCode.DEADLINE_EXCEEDED;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case ALREADY_EXISTS, FAILED_PRECONDITION -> ErrorCode.FAILED_PRECONDITION;
            case PERMISSION_DENIED -> ErrorCode.PERMISSION_DENIED;
            case RESOURCE_EXHAUSTED -> ErrorCode.RESOURCE_EXHAUSTED;
            case UNIMPLEMENTED -> ErrorCode.UNIMPLEMENTED;
            case UNAVAILABLE -> ErrorCode.UNAVAILABLE;
            case UNAUTHENTICATED -> ErrorCode.UNAUTHENTICATED;
            case OK, UNKNOWN, ABORTED, INTERNAL, DATA_LOSS -> ErrorCode.INTERNAL;
        };
    }

    /**
     * etcd 3.4's maintenance service (snapshot, and the unary calls that need the root role)
     * returns its auth store's own errors unconverted, as gRPC status UNKNOWN:
     * {@code auth: invalid auth token}, {@code auth: user name is empty},
     * {@code auth: permission denied}, {@code auth: revision in header is old}, ...
     *
     * @return the code of such an error, or null for any other
     */
    static ErrorCode authStoreError(StatusCode status, String message) {
        if (status != StatusCode.UNKNOWN || message == null || !message.startsWith(AUTH_STORE)) {
            return null;
        }
        String what = message.substring(AUTH_STORE.length());
        return switch (what) {
            case "revision in header is old" -> ErrorCode.AUTH_OLD_REVISION;
            case "user not found" -> ErrorCode.USER_NOT_FOUND;
            default -> ErrorCode.fromServerMessage("etcdserver: " + what);
        };
    }

    /**
     * @param code what went wrong
     * @param sent whether the request may have reached a server
     * @return the outcome: not applied when the code is definite or the request never left
     */
    public static Outcome outcome(ErrorCode code, boolean sent) {
        return code.isDefinite() || !sent ? Outcome.NOT_APPLIED : Outcome.UNKNOWN;
    }

    /**
     * @param code an etcd error or transport condition
     * @param outcome whether it may have taken effect
     * @param message the message
     * @param cause the cause, or null
     * @return the exception class that stands for the code
     */
    public static EtcdException exception(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        return switch (code) {
            case EMPTY_KEY, KEY_NOT_FOUND, VALUE_PROVIDED, LEASE_PROVIDED, TOO_MANY_OPS, DUPLICATE_KEY,
                    REQUEST_TOO_LARGE, LEASE_TTL_TOO_LARGE, MEMBER_BAD_URLS, ROLE_EMPTY,
                    INVALID_ARGUMENT -> new InvalidArgumentException(code, outcome, message, cause);
            case COMPACTED -> new RevisionCompactedException(0, message, cause);
            case FUTURE_REV -> new FutureRevisionException(code, outcome, message, cause);
            case NO_SPACE, TOO_MANY_REQUESTS, RESOURCE_EXHAUSTED, RESPONSE_TOO_LARGE ->
                    new ResourceExhaustedException(code, outcome, message, cause);
            case LEASE_NOT_FOUND -> new LeaseNotFoundException(code, outcome, message, cause);
            case LEASE_EXIST -> new DuplicateLeaseException(code, outcome, message, cause);
            case MEMBER_NOT_FOUND, USER_NOT_FOUND, ROLE_NOT_FOUND, NOT_FOUND, ELECTION_NO_LEADER ->
                    new NotFoundException(code, outcome, message, cause);
            case AUTH_FAILED, INVALID_AUTH_TOKEN, AUTH_OLD_REVISION, UNAUTHENTICATED, USER_EMPTY ->
                    new UnauthenticatedException(code, outcome, message, cause);
            case PERMISSION_DENIED -> new PermissionDeniedException(code, outcome, message, cause);
            case NO_LEADER, NOT_LEADER, LEADER_CHANGED -> new NoLeaderException(code, outcome, message, cause);
            case STOPPED, UNHEALTHY, UNAVAILABLE -> new ConnectionException(code, outcome, message, cause);
            case TLS_UNKNOWN_AUTHORITY, TLS_CERTIFICATE_EXPIRED, TLS_HOST_NAME_MISMATCH, TLS_CERTIFICATE_REJECTED,
                    TLS_HANDSHAKE_FAILED -> new TlsException(code, outcome, TlsFailures.describe(code) + ": " + message, cause);
            case TIMEOUT, TIMEOUT_DUE_TO_LEADER_FAIL, TIMEOUT_DUE_TO_CONNECTION_LOST, DEADLINE_EXCEEDED,
                    SERVER_TIMEOUT -> new EtcdTimeoutException(code, outcome, message, cause);
            case CORRUPT, INTERNAL -> new InternalException(code, outcome, message, cause);
            case CLIENT_CLOSED -> new ClientClosedException(code, outcome, message, cause);
            case WATCH_CANCELED, CANCELLED, UNIMPLEMENTED -> new EtcdException(code, outcome, message, cause);
            case WATCH_TIMEOUT -> new WatchTimeoutException(message, cause);
            case MEMBER_EXIST, PEER_URL_EXIST, MEMBER_NOT_ENOUGH_STARTED, MEMBER_NOT_LEARNER, LEARNER_NOT_READY,
                    TOO_MANY_LEARNERS, ROOT_USER_NOT_EXIST, ROOT_ROLE_NOT_EXIST, USER_ALREADY_EXIST,
                    ROLE_ALREADY_EXIST, ROLE_NOT_GRANTED, PERMISSION_NOT_GRANTED, AUTH_NOT_ENABLED,
                    INVALID_AUTH_MGMT, NOT_CAPABLE, BAD_LEADER_TRANSFEREE, FAILED_PRECONDITION, ELECTION_NOT_LEADER ->
                    new PreconditionFailedException(code, outcome, message, cause);
        };
    }

    /**
     * @param code what went wrong
     * @return true when the same request may succeed if tried again shortly, on this or another
     *     endpoint
     */
    public static boolean isTransient(ErrorCode code) {
        return switch (code) {
            case UNAVAILABLE, STOPPED, UNHEALTHY, NO_LEADER, NOT_LEADER, LEADER_CHANGED, TIMEOUT,
                    TIMEOUT_DUE_TO_LEADER_FAIL, TIMEOUT_DUE_TO_CONNECTION_LOST, TOO_MANY_REQUESTS,
                    SERVER_TIMEOUT -> true;
            default -> false;
        };
    }

    /**
     * @param code what went wrong
     * @return true when the server rejected the credentials the request carried, so that fresh
     *     ones may succeed
     */
    static boolean isStaleCredentials(ErrorCode code) {
        return code == ErrorCode.INVALID_AUTH_TOKEN || code == ErrorCode.AUTH_OLD_REVISION;
    }

    /**
     * @param code what went wrong
     * @return true when the endpoint did not answer at all, so the next attempts should prefer
     *     others; an answer from the server, even a timeout, does not count
     */
    static boolean endpointFailed(ErrorCode code) {
        return code == ErrorCode.UNAVAILABLE || code == ErrorCode.DEADLINE_EXCEEDED || isTls(code);
    }

    /**
     * @param code what went wrong
     * @return true for a failed TLS handshake: another endpoint may have good certificates, this
     *     one will not until someone changes them
     */
    static boolean isTls(ErrorCode code) {
        return switch (code) {
            case TLS_UNKNOWN_AUTHORITY, TLS_CERTIFICATE_EXPIRED, TLS_HOST_NAME_MISMATCH, TLS_CERTIFICATE_REJECTED,
                    TLS_HANDSHAKE_FAILED -> true;
            default -> false;
        };
    }

    /**
     * @param outcome whether the request may have taken effect
     * @return the exception for a call failed by closing the client
     */
    static ClientClosedException closed(Outcome outcome) {
        return new ClientClosedException(ErrorCode.CLIENT_CLOSED, outcome, "the etcd client is closed", null);
    }

    /**
     * Wraps a failure that is not etcdj's own (a bug, or a broken response) so that callers only
     * ever see {@link EtcdException}s.
     *
     * @param error any failure
     * @param outcome whether the request may have taken effect, for a failure that is not etcdj's own
     * @return the error itself when it is an {@link EtcdException}, else an {@link InternalException}
     */
    public static EtcdException wrap(Throwable error, Outcome outcome) {
        if (error instanceof EtcdException e) {
            return e;
        }
        return new InternalException(ErrorCode.INTERNAL, outcome, "unexpected failure: " + error, error);
    }
}
