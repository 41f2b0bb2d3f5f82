package io.etcdj.maintenance;

import io.etcdj.TestClients;
import io.etcdj.RequestOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The maintenance facet against the run-wide single-member etcd: metrics, health, and unreachable endpoints. */
class MaintenanceTest extends SharedEtcd {

    @AfterEach
    void clientStillWorks() {
        etcd.kv().put(p + "after", "ok");
        assertThat(etcd.kv().get(p + "after").get(0).valueAsString()).isEqualTo("ok");
    }

    private static String endpoint() {
        return ETCD.endpoints().get(0);
    }

    @Test
    void metricsTextHasTheLeaderGauge() {
        String text = etcd.maintenance().metrics(endpoint());
        assertThat(text).contains("etcd_server_has_leader");
        List<MetricSample> samples = MetricsText.parse(text);
        assertThat(MetricsText.value(samples, "etcd_server_has_leader")).contains(1.0);
        assertThat(samples).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("etcd_server_version");
            assertThat(s.label("server_version")).isEqualTo("3.4.23");
        });
    }

    @Test
    void asyncMetricsAndVersion() throws Exception {
        assertThat(etcd.async().maintenance().metrics(endpoint()).get()).contains("etcd_server_has_leader");
        assertThat(etcd.async().maintenance().version(endpoint()).get()).isEqualTo("3.4.23");
    }

    @Test
    void singleMemberIsHealthyAndLeader() {
        assertThat(etcd.maintenance().health(endpoint()).isHealthy()).isTrue();
        StatusResponse s = etcd.maintenance().status(endpoint(),
                RequestOptions.builder().timeout(Duration.ofSeconds(2)).build());
        assertThat(s.isLeader()).isTrue();
        assertThat(etcd.maintenance().hash(endpoint()).hash()).isBetween(0L, 0xffff_ffffL);
        if (TestClients.overGateway()) { // etcd 3.4's gateway has no HashKV path: GatewayTransportTest
            return;
        }
        assertThat(etcd.maintenance().hashKv(endpoint(), 0).hash()).isBetween(0L, 0xffff_ffffL);
    }

    @Test
    void unreachableEndpointIsUnhealthyAndItsCallsFailTyped() throws Exception {
        String dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = "http://127.0.0.1:" + s.getLocalPort();
        }
        try (EtcdClient two = TestClients.builder().endpoints(endpoint(), dead)
                .connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofSeconds(1)).build()) {
            EndpointHealth h = two.maintenance().health(dead);
            assertThat(h.isHealthy()).isFalse();
            assertThat(h.failure()).isPresent();
            assertThat(h.failure().get()).isInstanceOfAny(ConnectionException.class, EtcdTimeoutException.class);
            assertThatThrownBy(() -> two.maintenance().metrics(dead)).isInstanceOf(ConnectionException.class);
            assertThatThrownBy(() -> two.maintenance().status(dead))
                    .isInstanceOfAny(ConnectionException.class, EtcdTimeoutException.class);
            // the live endpoint still answers through the same client
            assertThat(two.maintenance().health(endpoint()).isHealthy()).isTrue();
            assertThat(two.maintenance().status(endpoint()).isLeader()).isTrue();
        }
    }

    /** Stand-ins for a member whose /metrics answers 404, and one that never answers. */
    @Test
    void metricsHttpErrorsAreTyped() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/metrics", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        String fake = "http://127.0.0.1:" + server.getAddress().getPort();
        try (EtcdClient two = TestClients.builder().endpoints(endpoint(), fake).build()) {
            assertThatThrownBy(() -> two.maintenance().metrics(fake))
                    .isInstanceOf(io.etcdj.exception.InternalException.class).hasMessageContaining("HTTP 404");
            assertThat(two.maintenance().metrics(endpoint())).contains("etcd_server_has_leader");
        } finally {
            server.stop(0);
        }
        java.net.ServerSocket silent = new java.net.ServerSocket(0); // accepts connections, never answers
        try (EtcdClient two = TestClients.builder().endpoints(endpoint(), "http://127.0.0.1:" + silent.getLocalPort()).build()) {
            assertThatThrownBy(() -> two.maintenance().metrics("http://127.0.0.1:" + silent.getLocalPort(),
                    RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
                    .isInstanceOf(EtcdTimeoutException.class);
        } finally {
            silent.close();
        }
    }

    @Test
    void closedClientFailsHealthInsteadOfReportingUnhealthy() {
        EtcdClient closed = TestClients.builder().endpoints(endpoint()).build();
        closed.close();
        assertThatThrownBy(() -> closed.maintenance().health(endpoint())).isInstanceOf(EtcdException.class);
    }
}
