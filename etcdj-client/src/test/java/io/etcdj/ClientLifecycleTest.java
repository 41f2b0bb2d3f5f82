package io.etcdj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.ResourceExhaustedException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
        EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints()).build();
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
        try (EtcdClient latin = TestClients.builder().endpoints(ETCD.endpoints())
                .charset(StandardCharsets.ISO_8859_1).build();
                EtcdClient utf8 = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
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
        EtcdClient client = TestClients.builder().endpoints("http://127.0.0.1:" + port)
                .connectTimeout(java.time.Duration.ofSeconds(30)).requestTimeout(java.time.Duration.ofSeconds(30)).build();
        CompletableFuture<?> f = client.async().kv().get("nothing-listens");
        Thread.sleep(300); // connection refused, the read is retrying with backoff
        assertThat(f).isNotDone();
        client.close();
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ClientClosedException.class);
    }

    @Test
    void aResponseLargerThanTheClientAcceptsIsResponseTooLargeAndTheClientStaysUsable() {
        try (EtcdClient small = TestClients.builder().endpoints(ETCD.endpoints()).maxInboundMessageSize(1024).build()) {
            small.kv().put("lifecycle/big", "x".repeat(10_000));
            assertThatThrownBy(() -> small.kv().get("lifecycle/big")).isInstanceOfSatisfying(ResourceExhaustedException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.RESPONSE_TOO_LARGE);
                        assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
                    });
            small.kv().put("lifecycle/small", "y");
            assertThat(small.kv().get("lifecycle/small").get(0).valueAsString()).isEqualTo("y");
        }
    }

    @Test
    void keepAliveSettingsAreChecked() {
        assertThatThrownBy(() -> TestClients.builder().keepAlive(java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(1)))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().keepAlive(java.time.Duration.ofSeconds(5), java.time.Duration.ZERO))
                .isInstanceOf(InvalidArgumentException.class);
        try (EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints())
                .keepAlive(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(2)).build()) {
            client.kv().put("lifecycle/ka", "v");
            assertThat(client.kv().get("lifecycle/ka").get(0).valueAsString()).isEqualTo("v");
        }
    }

    @Test
    void headersAreCheckedAndSentWithEveryCall() {
        assertThatThrownBy(() -> TestClients.builder().header("token", "x")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().header("grpc-timeout", "1S")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().header("bad name", "x")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().header("x-ok", "line\nbreak")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().header("x-ok", null)).isInstanceOf(InvalidArgumentException.class);
        try (EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints()).header("X-Request-Source", "test").build()) {
            client.kv().put("lifecycle/h", "v");
            assertThat(client.kv().get("lifecycle/h").get(0).valueAsString()).isEqualTo("v");
        }
    }

    @Test
    void futuresCompleteOnTheCallbackExecutorAndBlockingCallsWorkInsideIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger ran = new AtomicInteger();
        Executor counting = r -> {
            ran.incrementAndGet();
            pool.execute(r);
        };
        try (EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints()).callbackExecutor(counting).build()) {
            client.kv().put("lifecycle/cb", "v");
            // a blocking call inside a dependent stage would throw on an I/O thread; here it runs on the executor
            String nested = client.async().kv().get("lifecycle/cb")
                    .thenApply(r -> client.kv().get("lifecycle/cb").get(0).valueAsString())
                    .get(5, TimeUnit.SECONDS);
            assertThat(nested).isEqualTo("v");
            assertThat(ran.get()).isGreaterThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
