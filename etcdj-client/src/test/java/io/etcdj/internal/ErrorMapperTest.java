package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.NoLeaderException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.RevisionCompactedException;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    @Test
    void everyServerMessageMapsBackToItsCode() {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.serverMessage() != null) {
                assertThat(ErrorCode.fromServerMessage(code.serverMessage())).isEqualTo(code);
            }
        }
        assertThat(ErrorCode.fromServerMessage("something else")).isNull();
        assertThat(ErrorCode.fromServerMessage(null)).isNull();
    }

    @Test
    void etcdErrorsGetTheirTypeAndOutcome() {
        EtcdException compacted = ErrorMapper.map(
                Status.OUT_OF_RANGE.withDescription(ErrorCode.COMPACTED.serverMessage()), true, "e");
        assertThat(compacted).isInstanceOf(RevisionCompactedException.class);
        assertThat(compacted.outcome()).isEqualTo(Outcome.NOT_APPLIED);

        EtcdException timeout = ErrorMapper.map(
                Status.UNAVAILABLE.withDescription(ErrorCode.TIMEOUT.serverMessage()), true, "e");
        assertThat(timeout).isInstanceOf(EtcdTimeoutException.class);
        assertThat(timeout.isOutcomeUnknown()).isTrue();
        assertThat(ErrorMapper.isTransient(timeout)).isTrue();

        EtcdException noLeader = ErrorMapper.map(
                Status.UNAVAILABLE.withDescription(ErrorCode.NO_LEADER.serverMessage()), true, "e");
        assertThat(noLeader).isInstanceOf(NoLeaderException.class);
        assertThat(noLeader.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    }

    @Test
    void transportFailuresAreUnknownOnlyOnceSent() {
        EtcdException notSent = ErrorMapper.map(Status.UNAVAILABLE, false, "e");
        assertThat(notSent).isInstanceOf(ConnectionException.class);
        assertThat(notSent.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        EtcdException sent = ErrorMapper.map(Status.UNAVAILABLE, true, "e");
        assertThat(sent.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(ErrorMapper.map(Status.DEADLINE_EXCEEDED, true, "e")).isInstanceOf(EtcdTimeoutException.class);
    }

    @Test
    void theGoServersSizeLimitIsRequestTooLarge() {
        EtcdException e = ErrorMapper.map(Status.RESOURCE_EXHAUSTED.withDescription(
                "grpc: received message larger than max (3000000 vs. 2097152)"), true, "e");
        assertThat(e).isInstanceOf(InvalidArgumentException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_TOO_LARGE);
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    }
}
