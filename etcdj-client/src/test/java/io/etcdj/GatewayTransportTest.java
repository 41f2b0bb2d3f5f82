package io.etcdj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What is the gateway transport's own: the prefix, the headers, HTTP failures and the RPCs etcd's
 * gateway does not serve, against a real etcd and against a fake gateway. (The facet suites run
 * over the gateway too: see this module's pom.)
 */
class GatewayTransportTest extends SharedEtcd {
    private HttpServer fake;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    @AfterEach
    void stopFake() {
        if (fake != null) {
            fake.stop(0);
        }
    }

    private static EtcdClientBuilder gateway(String... endpoints) {
        return EtcdClient.builder().endpoints(endpoints).transport(EtcdTransport.HTTP_JSON);
    }

    @Test
    void anEtcd33GatewayGetsTheBetaPrefixAndCallMetadataGoesAsHeaders() throws Exception {
        String endpoint = fakeGateway("3.3.13", 200, "{\"header\":{\"revision\":\"9\"},\"kvs\":[{\"key\":\"aw==\","
                + "\"value\":\"dg==\",\"mod_revision\":\"9\"}],\"count\":\"1\"}");
        try (EtcdClient c = gateway(endpoint).header("x-team", "blue").build()) {
            var r = c.kv().get("k");
            assertThat(r.first().orElseThrow().valueAsString()).isEqualTo("v");
            assertThat(r.header().revision()).isEqualTo(9);
        }
        assertThat(seen).containsEntry("path", "/v3beta/kv/range").containsEntry("body", "{\"key\":\"aw==\"}")
                .containsEntry("content-type", "application/json").containsEntry("grpc-metadata-x-team", "blue")
                .doesNotContainKey("authorization");
    }

    @Test
    void theDocsExampleRuns() throws Exception {
        // docs/gateway.md, with the test's endpoint and prefix
        List<String> seenEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (EtcdClient etcd = EtcdClient.builder()
                .endpoints(ETCD.endpoints().get(0))
                .transport(EtcdTransport.HTTP_JSON)
                .build()) {
            etcd.kv().put(p + "config/db", "postgres://db:5432");
            assertThat(etcd.kv().get(p + "config/db").first().orElseThrow().valueAsString()).isEqualTo("postgres://db:5432");
            try (io.etcdj.watch.Watcher w = etcd.watch().watch(p + "config/",
                    io.etcdj.watch.WatchOptions.builder().prefix().build(),
                    r -> r.events().forEach(e -> seenEvents.add(e.type() + " " + e.keyValue().keyAsString())))) {
                w.created().get(5, java.util.concurrent.TimeUnit.SECONDS);
                etcd.kv().put(p + "config/db", "postgres://db2:5432");
                long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
                while (seenEvents.isEmpty() && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
            }
        }
        assertThat(seenEvents).containsExactly("PUT " + p + "config/db");
    }

    @Test
    void aProxyErrorPageAfterAWriteWasSentLeavesItsOutcomeUnknown() throws Exception {
        String endpoint = fakeGateway("3.4.23", 502, "<html><body>502 Bad Gateway</body></html>");
        try (EtcdClient c = gateway(endpoint).build()) {
            assertThatThrownBy(() -> c.kv().put("k", "v")).isInstanceOfSatisfying(EtcdException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
                assertThat(e.getMessage()).contains("HTTP 502");
            });
        }
    }

    @Test
    void aWrongPrefixIsATypedErrorAndTheRightOneWorks() {
        try (EtcdClient wrong = gateway(ETCD.endpoints().toArray(String[]::new)).gatewayPrefix("/nope").build();
                EtcdClient right = gateway(ETCD.endpoints().toArray(String[]::new)).gatewayPrefix("/v3").build()) {
            assertThatThrownBy(() -> wrong.kv().put(p + "k", "v")).isInstanceOfSatisfying(EtcdException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.UNIMPLEMENTED));
            right.kv().put(p + "k", "v");
            assertThat(etcd.kv().get(p + "k").first().orElseThrow().valueAsString()).isEqualTo("v");
        }
        assertThatThrownBy(() -> gateway(ETCD.endpoints().toArray(String[]::new)).gatewayPrefix("v3")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> gateway(ETCD.endpoints().toArray(String[]::new)).gatewayPrefix("/v3/")).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void hashKvHasNoGatewayPathInEtcd34SoItIsRefusedAndTheClientGoesOn() {
        try (EtcdClient c = gateway(ETCD.endpoints().toArray(String[]::new)).build()) {
            assertThatThrownBy(() -> c.maintenance().hashKv(ETCD.endpoints().get(0), 0))
                    .isInstanceOfSatisfying(EtcdException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNIMPLEMENTED);
                        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                        assertThat(e.getMessage()).contains("HashKV");
                    });
            c.kv().put(p + "after", "ok");
            assertThat(c.kv().get(p + "after").size()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedConnectionIsNeverSentSoWritesFailOverOrFailNotApplied() throws Exception {
        String dead = "http://127.0.0.1:" + freePort();
        try (EtcdClient both = gateway(dead, ETCD.endpoints().get(0)).build()) {
            for (int i = 0; i < 10; i++) {
                both.kv().put(p + "w" + i, "v");
            }
            assertThat(etcd.kv().get(p + "w", io.etcdj.kv.GetOptions.builder().prefix().build()).size()).isEqualTo(10);
        }
        try (EtcdClient deadOnly = gateway(dead).build()) {
            assertThatThrownBy(() -> deadOnly.kv().put(p + "never", "v"))
                    .isInstanceOfSatisfying(ConnectionException.class,
                            e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A gateway that says it is the given etcd release and answers every RPC with the status and body. */
    private String fakeGateway(String version, int status, String answer) throws IOException {
        fake = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/version", x -> reply(x, 200, "{\"etcdserver\":\"" + version + "\",\"etcdcluster\":\"3.0.0\"}"));
        fake.createContext("/v3", x -> {
            seen.put("path", x.getRequestURI().getPath());
            seen.put("body", new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            for (Map.Entry<String, List<String>> h : x.getRequestHeaders().entrySet()) {
                seen.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue().get(0));
            }
            reply(x, status, answer);
        });
        fake.start();
        return "http://127.0.0.1:" + fake.getAddress().getPort();
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "text/html");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
