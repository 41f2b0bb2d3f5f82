package io.etcdj.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.kv.RangeEnd;
import org.junit.jupiter.api.Test;

/** How a namespace view's keys and ranges become stored ones: pure code, no server. */
class KeyPrefixTest {
    private static final KeyPrefix APP = KeyPrefix.of(b("app/"));

    private static byte[] b(String s) {
        return s.getBytes(UTF_8);
    }

    private static KeyRange resolve(KeyPrefix p, String key, RangeEnd range) {
        return p.resolve(b(key), range, UTF_8);
    }

    @Test
    void aSingleKeyIsPrefixed() {
        KeyRange r = resolve(APP, "k", RangeEnd.single());
        assertThat(r.key()).isEqualTo(b("app/k"));
        assertThat(r.rangeEnd()).isNull();
    }

    @Test
    void everyKeyIsTheWholeNamespace() {
        for (RangeEnd all : new RangeEnd[] {RangeEnd.prefix(), RangeEnd.fromKey()}) {
            KeyRange r = resolve(APP, "", all);
            assertThat(r.key()).as("as at the root, from \"\\0\"").isEqualTo(new byte[] {'a', 'p', 'p', '/', 0});
            assertThat(r.rangeEnd()).isEqualTo(b("app0"));
        }
    }

    @Test
    void prefixAndFromKeyRangesEndInsideTheNamespace() {
        assertThat(resolve(APP, "k", RangeEnd.prefix()).rangeEnd()).isEqualTo(b("app/l"));
        assertThat(resolve(APP, "k", RangeEnd.fromKey()).rangeEnd()).isEqualTo(b("app0"));
        // a prefix of 0xff bytes has the end of the keyspace as its end: here, of the namespace
        KeyRange ff = APP.resolve(new byte[] {(byte) 0xff}, RangeEnd.prefix(), UTF_8);
        assertThat(ff.key()).isEqualTo(new byte[] {'a', 'p', 'p', '/', (byte) 0xff});
        assertThat(ff.rangeEnd()).isEqualTo(b("app0"));
    }

    @Test
    void anExplicitEndIsPrefixedSoItCannotPassTheNamespace() {
        assertThat(resolve(APP, "a", RangeEnd.of("c")).rangeEnd()).isEqualTo(b("app/c"));
        assertThat(resolve(APP, "a", RangeEnd.of(new byte[] {(byte) 0xff, (byte) 0xff})).rangeEnd())
                .isEqualTo(new byte[] {'a', 'p', 'p', '/', (byte) 0xff, (byte) 0xff});
        assertThat(resolve(APP, "a", RangeEnd.of(new byte[] {0})).rangeEnd()).isEqualTo(b("app0"));
        assertThat(resolve(APP, "a", RangeEnd.of("")).rangeEnd()).as("an empty end: the key alone").isNull();
    }

    @Test
    void aPrefixOfFfBytesReachesTheEndOfTheKeyspace() {
        KeyPrefix ff = KeyPrefix.of(new byte[] {(byte) 0xff});
        assertThat(ff.resolve(new byte[0], RangeEnd.prefix(), UTF_8).rangeEnd()).isEqualTo(new byte[] {0});
        assertThat(ff.resolve(b("a"), RangeEnd.fromKey(), UTF_8).rangeEnd()).isEqualTo(new byte[] {0});
    }

    @Test
    void anEmptyKeyIsRejectedWhereTheRootRejectsIt() {
        for (RangeEnd r : new RangeEnd[] {RangeEnd.single(), RangeEnd.of("z")}) {
            assertThatThrownBy(() -> resolve(APP, "", r)).isInstanceOf(InvalidArgumentException.class)
                    .extracting(e -> ((InvalidArgumentException) e).code()).isEqualTo(ErrorCode.EMPTY_KEY);
        }
    }

    @Test
    void noPrefixChangesNothing() {
        assertThat(KeyPrefix.of(new byte[0])).isSameAs(KeyPrefix.NONE);
        KeyRange r = resolve(KeyPrefix.NONE, "", RangeEnd.prefix());
        assertThat(r.key()).isEqualTo(new byte[] {0});
        assertThat(r.rangeEnd()).isEqualTo(new byte[] {0});
        assertThat(KeyPrefix.NONE.strip(ByteString.copyFromUtf8("k"))).isEqualTo(ByteString.copyFromUtf8("k"));
    }

    @Test
    void keysComeBackWithoutThePrefixAndPrefixesNest() {
        assertThat(APP.strip(ByteString.copyFromUtf8("app/k/1"), UTF_8)).isEqualTo("k/1");
        assertThat(APP.strip(ByteString.copyFromUtf8("other"), UTF_8)).as("outside: left as it is").isEqualTo("other");
        assertThat(APP.contains(ByteString.copyFromUtf8("app/x"))).isTrue();
        assertThat(APP.contains(ByteString.copyFromUtf8("apq"))).isFalse();
        KeyPrefix nested = APP.then(b("t/"));
        assertThat(nested.bytes()).isEqualTo(b("app/t/"));
        assertThat(APP.bytes()).isEqualTo(b("app/"));
        assertThat(nested.key("k", UTF_8)).isEqualTo(ByteString.copyFromUtf8("app/t/k"));
    }
}
