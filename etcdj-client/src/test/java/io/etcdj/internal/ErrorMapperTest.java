package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.InternalException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.NoLeaderException;
import io.etcdj.exception.NotFoundException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.ResourceExhaustedException;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.internal.transport.StatusCode;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    private static EtcdException map(StatusCode status, String message, boolean sent) {
        ErrorCode code = ErrorMapper.code(status, message);
        return ErrorMapper.exception(code, ErrorMapper.outcome(code, sent), String.valueOf(message), null);
    }

    @Test
    void everyServerMessageMapsBackToItsCode() {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.serverMessage() != null) {
                assertThat(ErrorCode.fromServerMessage(code.serverMessage())).isEqualTo(code);
                assertThat(ErrorMapper.code(StatusCode.UNKNOWN, code.serverMessage())).isEqualTo(code);
            }
        }
        assertThat(ErrorCode.fromServerMessage("something else")).isNull();
        assertThat(ErrorCode.fromServerMessage(null)).isNull();
    }

    @Test
    void everyCodeHasAnExceptionThatCarriesItAndTheOutcome() {
        for (ErrorCode code : ErrorCode.values()) {
            EtcdException e = ErrorMapper.exception(code, Outcome.UNKNOWN, "m", null);
            assertThat(e.code()).isEqualTo(code);
            if (code != ErrorCode.COMPACTED && code != ErrorCode.WATCH_TIMEOUT) { // both always NOT_APPLIED
                assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
            }
        }
        for (StatusCode status : StatusCode.values()) {
            assertThat(ErrorMapper.code(status, null)).isNotNull();
        }
    }

    @Test
    void missingUsersAndRolesAreNotFoundNotPreconditionFailures() {
        assertThat(map(StatusCode.FAILED_PRECONDITION, ErrorCode.USER_NOT_FOUND.serverMessage(), true))
                .isInstanceOf(NotFoundException.class);
        assertThat(map(StatusCode.FAILED_PRECONDITION, ErrorCode.ROLE_NOT_FOUND.serverMessage(), true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void etcdErrorsGetTheirTypeAndOutcome() {
        EtcdException compacted = map(StatusCode.OUT_OF_RANGE, ErrorCode.COMPACTED.serverMessage(), true);
        assertThat(compacted).isInstanceOf(RevisionCompactedException.class);
        assertThat(compacted.outcome()).isEqualTo(Outcome.NOT_APPLIED);

        EtcdException timeout = map(StatusCode.UNAVAILABLE, ErrorCode.TIMEOUT.serverMessage(), true);
        assertThat(timeout).isInstanceOf(EtcdTimeoutException.class);
        assertThat(timeout.isOutcomeUnknown()).isTrue();
        assertThat(ErrorMapper.isTransient(timeout.code())).isTrue();
        assertThat(ErrorMapper.endpointFailed(timeout.code())).as("an answer from the server").isFalse();

        EtcdException noLeader = map(StatusCode.UNAVAILABLE, ErrorCode.NO_LEADER.serverMessage(), true);
        assertThat(noLeader).isInstanceOf(NoLeaderException.class);
        assertThat(noLeader.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    }

    @Test
    void transportFailuresAreUnknownOnlyOnceSent() {
        EtcdException notSent = map(StatusCode.UNAVAILABLE, null, false);
        assertThat(notSent).isInstanceOf(ConnectionException.class);
        assertThat(notSent.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(map(StatusCode.UNAVAILABLE, null, true).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(map(StatusCode.DEADLINE_EXCEEDED, null, true)).isInstanceOf(EtcdTimeoutException.class);
    }

    @Test
    void statusUnknownFromADyingMemberOrTheServersDeadlineIsRetryable() {
        EtcdException closed = map(StatusCode.UNKNOWN, "channel closed", true);
        assertThat(closed).isInstanceOf(ConnectionException.class);
        assertThat(ErrorMapper.isTransient(closed.code())).isTrue();
        EtcdException serverDeadline = map(StatusCode.UNKNOWN, "context deadline exceeded", true);
        assertThat(serverDeadline).isInstanceOf(EtcdTimeoutException.class);
        assertThat(serverDeadline.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(ErrorMapper.isTransient(serverDeadline.code())).isTrue();
        assertThat(ErrorMapper.endpointFailed(serverDeadline.code())).isFalse();
        assertThat(map(StatusCode.UNKNOWN, "something odd", true)).isInstanceOf(InternalException.class);
    }

    @Test
    void theGoServersSizeLimitIsRequestTooLarge() {
        EtcdException e = map(StatusCode.RESOURCE_EXHAUSTED, "grpc: received message larger than max (3000000 vs. 2097152)", true);
        assertThat(e).isInstanceOf(InvalidArgumentException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_TOO_LARGE);
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    }

    @Test
    void theClientsOwnSizeLimitIsAResponseTooLargeWithAnUnknownOutcome() {
        EtcdException e = map(StatusCode.RESOURCE_EXHAUSTED, "gRPC message exceeds maximum size 100: 4000", true);
        assertThat(e).isInstanceOf(ResourceExhaustedException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.RESPONSE_TOO_LARGE);
        assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void foreignFailuresAreWrappedAsInternal() {
        EtcdException e = ErrorMapper.wrap(new ClassCastException("x"), Outcome.NOT_APPLIED);
        assertThat(e).isInstanceOf(InternalException.class).hasCauseInstanceOf(ClassCastException.class);
        EtcdException same = map(StatusCode.UNAVAILABLE, null, false);
        assertThat(ErrorMapper.wrap(same, Outcome.UNKNOWN)).isSameAs(same);
    }
}
