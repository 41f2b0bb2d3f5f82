package io.etcdj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.Outcome;
import io.etcdj.testing.EtcdClusterExtension;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Building, charset and closing a client. */
class ClientLifecycleTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    @Test
    void callsAfterCloseFailWithClientClosed() {
        EtcdClient client = EtcdClient.builder().endpoints(ETCD.endpoints()).build();
        client.kv().put("lifecycle/k", "v");
        client.close();
        assertThatThrownBy(() -> client.kv().get("lifecycle/k")).isInstanceOfSatisfying(ClientClosedException.class,
                e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED));
        CompletableFuture<?> f = client.async().kv().put("lifecycle/k", "w");
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ClientClosedException.class);
        client.close(); // idempotent
    }

    @Test
    void theCharsetEncodesStringKeysAndValues() {
        try (EtcdClient latin = EtcdClient.builder().endpoints(ETCD.endpoints())
                .charset(StandardCharsets.ISO_8859_1).build();
                EtcdClient utf8 = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            latin.kv().put("lifecycle/\u00e9", "\u00fc");
            byte[] raw = utf8.kv().get(new byte[] {'l', 'i', 'f', 'e', 'c', 'y', 'c', 'l', 'e', '/', (byte) 0xe9})
                    .get(0).value();
            assertThat(raw).isEqualTo(new byte[] {(byte) 0xfc});
            assertThat(latin.kv().get("lifecycle/\u00e9").get(0).valueAsString()).isEqualTo("\u00fc");
            assertThat(latin.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void closingFailsCallsThatAreWaitingToRetry() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        EtcdClient client = EtcdClient.builder().endpoints("http://127.0.0.1:" + port)
                .connectTimeout(java.time.Duration.ofSeconds(30)).requestTimeout(java.time.Duration.ofSeconds(30)).build();
        CompletableFuture<?> f = client.async().kv().get("nothing-listens");
        Thread.sleep(300); // connection refused, the read is retrying with backoff
        assertThat(f).isNotDone();
        client.close();
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ClientClosedException.class);
    }
}
