package io.etcdj;

import io.etcdj.testing.TestDnsServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.cluster.Member;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.kv.GetOptions;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdMember;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Endpoints across a 3-member cluster: a paused first endpoint costs a fresh client no timeout, a
 * restarted member is used again, DNS SRV discovery finds the members, and member-list sync
 * follows a removal. One cluster for the class; the removal comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndpointDiscoveryTest {
    private static EtcdCluster cluster;
    private static TestDnsServer dns;

    @BeforeAll
    static void start() throws Exception {
        cluster = EtcdCluster.builder().members(3).namePrefix("endpoints").start();
        dns = new TestDnsServer();
    }

    @AfterAll
    static void stop() {
        if (dns != null) {
            dns.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static EtcdMember follower() {
        return cluster.members().stream().filter(m -> m.isRunning() && !m.isLeader()).findFirst().orElseThrow();
    }

    private static long idOf(EtcdClient client, EtcdMember member) {
        return client.cluster().memberList().members().stream().filter(m -> m.name().equals(member.name()))
                .findFirst().map(Member::id).orElseThrow();
    }

    /** Waits for a condition, polling every 50 ms, failing after the timeout. */
    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    @Order(1)
    void aFreshClientWhoseFirstEndpointIsPausedWritesThroughTheOthersAtOnce() throws Exception {
        EtcdMember paused = follower();
        List<String> endpoints = new ArrayList<>();
        endpoints.add(paused.clientEndpoint());
        for (EtcdMember m : cluster.members()) {
            if (m != paused) {
                endpoints.add(m.clientEndpoint());
            }
        }
        try (EtcdClient warmUp = TestClients.builder().endpoints(endpoints.subList(1, 3)).build()) {
            warmUp.kv().put("paused-first", "v0"); // the first client of a JVM loads and compiles a lot
        }
        paused.pause();
        try (EtcdClient client = TestClients.builder().endpoints(endpoints).requestTimeout(Duration.ofSeconds(5))
                .build()) {
            long start = System.nanoTime();
            client.kv().put("paused-first", "v1"); // a write: an attempt queued on the paused member would be unknown
            long putMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(putMillis).as("put took %d ms", putMillis).isLessThan(1500);
            start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                client.kv().put("paused-first", "v" + i);
            }
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1500);
            assertThat(client.kv().get("paused-first").get(0).valueAsString()).isEqualTo("v9");
        } finally {
            paused.resume();
        }
    }

    @Test
    @Order(2)
    void aMemberKilledAndRestartedIsUsedAgain() throws Exception {
        EtcdMember victim = follower();
        try (EtcdClient client = TestClients.builder().endpoints(cluster.clientEndpoints()).build()) {
            long victimId = idOf(client, victim);
            client.kv().put("restarted", "before");
            victim.kill();
            for (int i = 0; i < 5; i++) { // reads are retried: they find the dead connection, writes then avoid it
                client.kv().get("restarted");
            }
            for (int i = 0; i < 20; i++) { // writes go to the others, without a timeout or an unknown outcome
                client.kv().put("restarted", "during-" + i);
            }
            victim.restart();
            GetOptions serializable = GetOptions.builder().serializable().build();
            await(Duration.ofSeconds(15), "a read served by the restarted member",
                    () -> client.kv().get("restarted", serializable).header().memberId() == victimId);
            assertThat(client.kv().get("restarted").get(0).valueAsString()).isEqualTo("during-19");
        }
    }

    @Test
    @Order(3)
    void aClientGivenOnlyAnSrvDomainFindsTheMembers() throws Exception {
        List<String> expected = new ArrayList<>();
        int priority = 0;
        for (EtcdMember m : cluster.members()) {
            dns.srv("_etcd-client._tcp.cluster.test.", priority++, 10, m.clientPort(), "127.0.0.1.");
            expected.add("http://127.0.0.1:" + m.clientPort());
        }
        try (EtcdClient client = TestClients.builder().discoverySrv("cluster.test").dnsServer(dns.address())
                .build()) {
            assertThat(client.endpoints()).containsExactlyElementsOf(expected);
            client.kv().put("discovered", "yes");
            assertThat(client.kv().get("discovered").get(0).valueAsString()).isEqualTo("yes");
            assertThat(client.cluster().memberList().members()).hasSize(3);
        }
    }

    @Test
    @Order(4)
    void sslRecordsGiveHttpsEndpointsFirstAndAServiceNameChangesTheNames() throws Exception {
        dns.srv("_etcd-client-ssl._tcp.tls.test.", 0, 10, 2379, "etcd-a.tls.test.");
        try (EtcdClient client = TestClients.builder().discoverySrv("tls.test").dnsServer(dns.address()).build()) {
            assertThat(client.endpoints()).containsExactly("https://etcd-a.tls.test:2379");
        }
        dns.srv("_etcd-client-blue._tcp.named.test.", 0, 10, 2380, "plain.named.test.");
        dns.srv("_etcd-client-ssl-blue._tcp.named.test.", 20, 10, 2381, "late.named.test.");
        dns.srv("_etcd-client-ssl-blue._tcp.named.test.", 10, 10, 2382, "early.named.test.");
        dns.srv("_etcd-client-ssl._tcp.named.test.", 0, 10, 9999, "unnamed.named.test.");
        try (EtcdClient client = TestClients.builder().discoverySrv("named.test", "blue").dnsServer(dns.address())
                .build()) {
            assertThat(client.endpoints()).containsExactly("https://early.named.test:2382",
                    "https://late.named.test:2381", "http://plain.named.test:2380");
        }
    }

    @Test
    @Order(5)
    void discoveryFailuresAreTyped() throws Exception {
        String server = "127.0.0.1:" + dns.address().getPort();
        assertThatThrownBy(() -> TestClients.builder().discoverySrv("missing.test").dnsServer(dns.address()).build())
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("dns lookup errors: lookup _etcd-client-ssl._tcp.missing.test on " + server
                        + ": no such host and lookup _etcd-client._tcp.missing.test on " + server + ": no such host");
        assertThatThrownBy(() -> TestClients.builder().discoverySrv(" ")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().build()).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("at least one endpoint");
        InetSocketAddress silent;
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            silent = new InetSocketAddress(InetAddress.getLoopbackAddress(), s.getLocalPort());
        }
        assertThatThrownBy(() -> TestClients.builder().discoverySrv("cluster.test").dnsServer(silent).build())
                .isInstanceOf(ConnectionException.class).hasMessageStartingWith("dns lookup errors: ");
    }

    @Test
    @Order(6)
    void aClientGivenOneEndpointWithMemberSyncKeepsWorkingAfterThatMemberIsRemoved() throws Exception {
        assertThatThrownBy(() -> TestClients.builder().autoSyncInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidArgumentException.class);
        EtcdMember removed = follower();
        try (EtcdClient client = TestClients.builder().endpoints(removed.clientEndpoint())
                .autoSyncInterval(Duration.ofMillis(200)).build()) {
            await(Duration.ofSeconds(10), "all members as endpoints", () -> client.endpoints().size() == 3);
            assertThat(client.endpoints()).containsExactlyInAnyOrderElementsOf(cluster.clientEndpoints());
            client.kv().put("synced", "before");
            long id = idOf(client, removed);
            // etcd refuses (unhealthy cluster) while a member has been connected for less than 5 s
            await(Duration.ofSeconds(15), "the member removed", () -> {
                try {
                    client.cluster().memberRemove(id);
                    return true;
                } catch (ConnectionException unhealthy) {
                    return false;
                }
            });
            await(Duration.ofSeconds(10), "the removed member dropped",
                    () -> !client.endpoints().contains(removed.clientEndpoint()));
            assertThat(client.endpoints()).hasSize(2);
            client.kv().put("synced", "after");
            assertThat(client.kv().get("synced").get(0).valueAsString()).isEqualTo("after");
            assertThat(client.cluster().memberList().members()).hasSize(2);
        }
    }
}
