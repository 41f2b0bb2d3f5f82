package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.Gateway;
import io.etcdj.KeyValue;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.exception.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** putIfAbsent: written once, then left alone; with options; its bad-input errors. */
class PutIfAbsentTest extends SharedEtcd {

    @Test
    void writesOnlyWhenTheKeyDoesNotExist() {
        assertThat(etcd.kv().putIfAbsent(p + "k", "first")).isTrue();
        assertThat(etcd.kv().putIfAbsent(p + "k", "second")).isFalse();
        KeyValue kv = etcd.kv().get(p + "k").get(0);
        assertThat(kv.valueAsString()).isEqualTo("first");
        assertThat(kv.version()).isEqualTo(1);

        etcd.kv().delete(p + "k");
        assertThat(etcd.kv().putIfAbsent(p + "k", "again")).isTrue();
        assertThat(etcd.kv().get(p + "k").get(0).valueAsString()).isEqualTo("again");
    }

    @Test
    void bytesAndAsync() throws Exception {
        byte[] key = (p + "b").getBytes(StandardCharsets.UTF_8);
        assertThat(etcd.kv().putIfAbsent(key, new byte[] {1, 2})).isTrue();
        assertThat(etcd.kv().putIfAbsent(key, new byte[] {3})).isFalse();
        assertThat(etcd.kv().get(key).get(0).value()).containsExactly(1, 2);
        AsyncKv kv = etcd.async().kv();
        assertThat(kv.putIfAbsent(p + "a", "v").get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(kv.putIfAbsent((p + "a").getBytes(StandardCharsets.UTF_8), new byte[0]).get(5, TimeUnit.SECONDS))
                .isFalse();
    }

    @Test
    void withOptions() throws Exception {
        long lease = Gateway.grantLease(ETCD.endpoints().get(0), 60);
        PutOptions options = PutOptions.builder().leaseId(lease).timeout(Duration.ofSeconds(5)).idempotent().build();
        assertThat(etcd.kv().putIfAbsent(p + "l", "v", options)).isTrue();
        assertThat(etcd.kv().putIfAbsent((p + "l").getBytes(StandardCharsets.UTF_8), new byte[] {9}, options)).isFalse();
        KeyValue kv = etcd.kv().get(p + "l").get(0);
        assertThat(kv.lease()).isEqualTo(lease);
        assertThat(kv.valueAsString()).isEqualTo("v");
        assertThatThrownBy(() -> etcd.kv().putIfAbsent(p + "m", "v", PutOptions.builder().leaseId(0x7777777L).build()))
                .isInstanceOf(LeaseNotFoundException.class);
        assertThat(etcd.kv().get(p + "m").isEmpty()).isTrue();
    }

    @Test
    void badInputIsRejectedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> etcd.kv().putIfAbsent(p + "x", "v", PutOptions.builder().ignoreValue().build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                    assertThat(e.getMessage()).contains("ignoreValue()");
                });
        assertThatThrownBy(() -> etcd.kv().putIfAbsent(p + "x", "v", PutOptions.builder().ignoreLease().build()))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("ignoreLease()");
        assertThatThrownBy(() -> etcd.kv().putIfAbsent(p + "x", null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> etcd.kv().putIfAbsent((byte[]) null, new byte[0]))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> etcd.kv().putIfAbsent("", "v")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.kv().putIfAbsent(p + "x", "v", null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("options");
        assertThatThrownBy(() -> etcd.async().kv().putIfAbsent(p + "x", null).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InvalidArgumentException.class);
        assertThat(etcd.kv().get(p + "x").isEmpty()).isTrue();
    }
}
