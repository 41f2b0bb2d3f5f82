package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.v2.internal.Errors;
import org.junit.jupiter.api.Test;

/**
 * The code-to-type mapping for the codes no request of this client can provoke on a healthy
 * etcd 3.4 (malformed numbers are never sent; raft and watcher errors need a failing cluster).
 * The others are provoked against a real etcd in {@link KeysTest}, {@link WatchTest} and
 * {@link AuthTest}.
 */
class ErrorCodesTest {
    @Test
    void everyFamilyHasItsType() {
        assertThat(Errors.byCode(200, "Value is Required in POST form", null, 0, 400))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(Errors.byCode(202, "The given TTL in POST form is not a number", "x", 0, 400))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(Errors.byCode(203, "The given index in POST form is not a number", "x", 0, 400))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(Errors.byCode(209, "Invalid field", "x", 0, 400)).isInstanceOf(InvalidRequestException.class);
        assertThat(Errors.byCode(300, "Raft Internal Error", "x", 7, 500)).isInstanceOf(RaftException.class);
        assertThat(Errors.byCode(301, "During Leader Election", "x", 7, 500)).isInstanceOf(RaftException.class);
        assertThat(Errors.byCode(400, "watcher is cleared due to etcd recovery", "x", 7, 400))
                .isInstanceOf(WatcherClearedException.class);
        assertThat(Errors.byCode(110, "The request requires user authentication", "x", 0, 401))
                .isInstanceOf(UnauthorizedException.class);
        assertThat(Errors.byCode(106, "The prefix of given key is a keyword in etcd", "x", 0, 400))
                .isExactlyInstanceOf(EtcdV2Exception.class);
    }

    @Test
    void messageIsTheFormEtcdClientsPrint() {
        EtcdV2Exception e = Errors.byCode(100, "Key not found", "/k", 12, 404);
        assertThat(e.getMessage()).isEqualTo("100: Key not found (/k) [12]");
        assertThat(e.errorCode()).isEqualTo(100);
        assertThat(e.etcdCause()).isEqualTo("/k");
        assertThat(e.index()).isEqualTo(12);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.isOutcomeUnknown()).isFalse();
    }
}
