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
import io.etcdj.exception.UnauthenticatedException;
import io.grpc.Status;

/**
 * Maps a failed gRPC call to etcdj's typed exceptions. etcd's own errors are recognised by their
 * exact message; transport failures by their gRPC code and by whether the request was sent.
 */
public final class ErrorMapper {
    /** What grpc-go says when a request exceeds the server's receive limit. */
    private static final String GO_MESSAGE_TOO_LARGE = "grpc: received message larger than max";

    private ErrorMapper() {
    }

    /**
     * @param status the call's final status; not OK
     * @param sent whether the request may have reached a server (a stream was opened for it)
     * @param endpoint the endpoint tried, for the message
     * @return the exception to report
     */
    public static EtcdException map(Status status, boolean sent, String endpoint) {
        String description = status.getDescription();
        ErrorCode code = ErrorCode.fromServerMessage(description);
        Throwable cause = status.asRuntimeException();
        if (code != null) {
            Outcome outcome = code.isDefinite() ? Outcome.NOT_APPLIED : Outcome.UNKNOWN;
            return forCode(code, outcome, description + " (endpoint " + endpoint + ")", cause);
        }
        Outcome ifSent = sent ? Outcome.UNKNOWN : Outcome.NOT_APPLIED;
        String message = status.getCode() + (description == null ? "" : ": " + description)
                + " (endpoint " + endpoint + ")";
        switch (status.getCode()) {
            case UNAVAILABLE:
                return new ConnectionException(ErrorCode.UNAVAILABLE, ifSent, message, cause);
            case DEADLINE_EXCEEDED:
                return new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED, ifSent, message, cause);
            case CANCELLED:
                return new EtcdException(ErrorCode.CANCELLED, ifSent, message, cause);
            case INVALID_ARGUMENT:
            case OUT_OF_RANGE:
                return new InvalidArgumentException(ErrorCode.INVALID_ARGUMENT, Outcome.NOT_APPLIED, message, cause);
            case RESOURCE_EXHAUSTED:
                if (description != null && description.startsWith(GO_MESSAGE_TOO_LARGE)) {
                    return new InvalidArgumentException(ErrorCode.REQUEST_TOO_LARGE, Outcome.NOT_APPLIED,
                            "request is too large for the server: " + message, cause);
                }
                return new ResourceExhaustedException(ErrorCode.RESOURCE_EXHAUSTED, ifSent, message, cause);
            case UNAUTHENTICATED:
                return new UnauthenticatedException(ErrorCode.UNAUTHENTICATED, Outcome.NOT_APPLIED, message, cause);
            case PERMISSION_DENIED:
                return new PermissionDeniedException(ErrorCode.PERMISSION_DENIED, Outcome.NOT_APPLIED, message, cause);
            case FAILED_PRECONDITION:
                return new PreconditionFailedException(ErrorCode.FAILED_PRECONDITION, Outcome.NOT_APPLIED, message, cause);
            case NOT_FOUND:
                return new NotFoundException(ErrorCode.NOT_FOUND, Outcome.NOT_APPLIED, message, cause);
            case UNIMPLEMENTED:
                return new EtcdException(ErrorCode.UNIMPLEMENTED, Outcome.NOT_APPLIED, message, cause);
            default:
                return new InternalException(ErrorCode.INTERNAL, ifSent, message, cause);
        }
    }

    /**
     * @param code an etcd error
     * @param outcome whether it may have taken effect
     * @param message the message
     * @param cause the cause, or null
     * @return the exception class that stands for the code
     */
    public static EtcdException forCode(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        switch (code) {
            case EMPTY_KEY: case KEY_NOT_FOUND: case VALUE_PROVIDED: case LEASE_PROVIDED:
            case TOO_MANY_OPS: case DUPLICATE_KEY: case REQUEST_TOO_LARGE: case LEASE_TTL_TOO_LARGE:
            case MEMBER_BAD_URLS: case USER_EMPTY: case ROLE_EMPTY: case INVALID_ARGUMENT:
                return new InvalidArgumentException(code, outcome, message, cause);
            case COMPACTED:
                return new RevisionCompactedException(0, message, cause);
            case FUTURE_REV:
                return new FutureRevisionException(code, outcome, message, cause);
            case NO_SPACE: case TOO_MANY_REQUESTS: case RESOURCE_EXHAUSTED:
                return new ResourceExhaustedException(code, outcome, message, cause);
            case LEASE_NOT_FOUND:
                return new LeaseNotFoundException(code, outcome, message, cause);
            case LEASE_EXIST:
                return new DuplicateLeaseException(code, outcome, message, cause);
            case MEMBER_NOT_FOUND: case NOT_FOUND:
                return new NotFoundException(code, outcome, message, cause);
            case AUTH_FAILED: case INVALID_AUTH_TOKEN: case AUTH_OLD_REVISION: case UNAUTHENTICATED:
                return new UnauthenticatedException(code, outcome, message, cause);
            case PERMISSION_DENIED:
                return new PermissionDeniedException(code, outcome, message, cause);
            case NO_LEADER: case NOT_LEADER: case LEADER_CHANGED:
                return new NoLeaderException(code, outcome, message, cause);
            case STOPPED: case UNHEALTHY: case UNAVAILABLE:
                return new ConnectionException(code, outcome, message, cause);
            case TIMEOUT: case TIMEOUT_DUE_TO_LEADER_FAIL: case TIMEOUT_DUE_TO_CONNECTION_LOST:
            case DEADLINE_EXCEEDED:
                return new EtcdTimeoutException(code, outcome, message, cause);
            case CORRUPT: case INTERNAL:
                return new InternalException(code, outcome, message, cause);
            case CLIENT_CLOSED:
                return new ClientClosedException(code, outcome, message, cause);
            case WATCH_CANCELED: case CANCELLED: case UNIMPLEMENTED:
                return new EtcdException(code, outcome, message, cause);
            default:
                return new PreconditionFailedException(code, outcome, message, cause);
        }
    }

    /**
     * @param e a failure
     * @return true when the same request may succeed if tried again shortly, on this or another
     *     endpoint
     */
    public static boolean isTransient(EtcdException e) {
        switch (e.code()) {
            case UNAVAILABLE: case STOPPED: case UNHEALTHY: case NO_LEADER: case NOT_LEADER:
            case LEADER_CHANGED: case TIMEOUT: case TIMEOUT_DUE_TO_LEADER_FAIL:
            case TIMEOUT_DUE_TO_CONNECTION_LOST: case TOO_MANY_REQUESTS:
                return true;
            default:
                return false;
        }
    }
}
