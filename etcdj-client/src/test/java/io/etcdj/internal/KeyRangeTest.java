package io.etcdj.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import io.etcdj.kv.RangeEnd;
import org.junit.jupiter.api.Test;

class KeyRangeTest {
    @Test
    void prefixEndIncrementsTheLastByteBelowFf() {
        assertThat(Bytes.prefixEnd("abc".getBytes(UTF_8))).isEqualTo("abd".getBytes(UTF_8));
        assertThat(Bytes.prefixEnd(new byte[] {'a', (byte) 0xff})).isEqualTo(new byte[] {'b'});
        assertThat(Bytes.prefixEnd(new byte[] {(byte) 0xff, (byte) 0xff})).isEqualTo(new byte[] {0});
        assertThat(Bytes.prefixEnd(new byte[0])).isEqualTo(new byte[] {0});
    }

    @Test
    void emptyKeyWithPrefixOrFromKeyMeansEveryKey() {
        KeyRange prefix = KeyRange.resolve(new byte[0], RangeEnd.prefix(), UTF_8);
        assertThat(prefix.key()).isEqualTo(new byte[] {0});
        assertThat(prefix.rangeEnd()).isEqualTo(new byte[] {0});
        KeyRange fromKey = KeyRange.resolve(new byte[0], RangeEnd.fromKey(), UTF_8);
        assertThat(fromKey.key()).isEqualTo(new byte[] {0});
        assertThat(fromKey.rangeEnd()).isEqualTo(new byte[] {0});
    }

    @Test
    void explicitAndSingleRanges() {
        KeyRange explicit = KeyRange.resolve("a".getBytes(UTF_8), RangeEnd.of("c"), UTF_8);
        assertThat(explicit.rangeEnd()).isEqualTo("c".getBytes(UTF_8));
        assertThat(KeyRange.resolve("a".getBytes(UTF_8), RangeEnd.single(), UTF_8).rangeEnd()).isNull();
        assertThat(KeyRange.resolve("a".getBytes(UTF_8), RangeEnd.fromKey(), UTF_8).rangeEnd()).isEqualTo(new byte[] {0});
    }

    @Test
    void emptyKeyForASingleKeyOrExplicitRangeIsATypedError() {
        for (RangeEnd range : new RangeEnd[] {RangeEnd.single(), RangeEnd.of("z")}) {
            assertThatThrownBy(() -> KeyRange.resolve(new byte[0], range, UTF_8))
                    .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_KEY);
                        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                    });
        }
    }
}
