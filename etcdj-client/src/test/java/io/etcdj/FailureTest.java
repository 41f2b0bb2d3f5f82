package io.etcdj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.Outcome;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.PutOptions;
import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.testing.EtcdMember;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Unreachable endpoints, deadlines and failover, against a three-member cluster of its own. */
class FailureTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().members(3).build();

    @BeforeEach
    void healthy() {
        // faults of an earlier test may have moved the leader; start from a cluster that has one
        ETCD.cluster().awaitHealthy(Duration.ofSeconds(20));
    }

    private static EtcdMember follower() {
        return ETCD.cluster().members().stream().filter(m -> !m.isLeader()).findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void anEndpointWhereNothingListensFailsWithinTheConnectTimeout() throws Exception {
        try (EtcdClient client = EtcdClient.builder().endpoints("http://127.0.0.1:" + freePort())
                .connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofSeconds(30)).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.kv().get("k")).isInstanceOfSatisfying(ConnectionException.class,
                    e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED));
            assertThatThrownBy(() -> client.kv().put("k", "v")).isInstanceOf(ConnectionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void aDeadlineShorterThanTheServerNeeds() {
        EtcdMember member = follower();
        try (EtcdClient client = EtcdClient.builder().endpoints(member.clientEndpoint()).build()) {
            client.kv().put("deadline", "before");
            member.pause();
            try {
                assertThatThrownBy(() -> client.kv().get("deadline",
                        GetOptions.builder().timeout(Duration.ofMillis(300)).build()))
                        .isInstanceOf(EtcdTimeoutException.class);
                assertThatThrownBy(() -> client.kv().put("deadline", "during",
                        PutOptions.builder().timeout(Duration.ofMillis(300)).build()))
                        .isInstanceOfSatisfying(EtcdTimeoutException.class,
                                e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN));
            } finally {
                member.resume();
            }
            // the client is usable again once the member answers
            client.kv().put("deadline", "after", PutOptions.builder().timeout(Duration.ofSeconds(10)).build());
            assertThat(client.kv().get("deadline").get(0).valueAsString()).isEqualTo("after");
        }
    }

    @Test
    void readsAndWritesGoOnWhenAMemberIsDown() {
        try (EtcdClient client = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            client.kv().put("failover", "0");
            // a follower: killing the leader would stall writes for an election, which is not this test
            EtcdMember victim = follower();
            victim.kill();
            try {
                for (int i = 1; i <= 20; i++) {
                    client.kv().put("failover", Integer.toString(i));
                    assertThat(client.kv().get("failover").get(0).valueAsString()).isEqualTo(Integer.toString(i));
                }
            } finally {
                victim.restart();
            }
            try (EtcdClient direct = EtcdClient.builder().endpoints(victim.clientEndpoint()).build()) {
                assertThat(direct.kv().get("failover").get(0).valueAsString()).isEqualTo("20");
            }
        }
    }

    @Test
    void readsAndIdempotentWritesGoAroundAHangingMember() {
        EtcdMember follower = follower();
        try (EtcdClient client = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            client.kv().put("hang", "0");
            follower.pause();
            try {
                for (int i = 1; i <= 6; i++) {
                    String v = Integer.toString(i);
                    client.kv().put("hang", v, PutOptions.builder().idempotent(true).build());
                    assertThat(client.kv().get("hang").get(0).valueAsString()).isEqualTo(v);
                }
            } finally {
                follower.resume();
            }
        }
    }

    @Test
    void aWriteWhoseOutcomeIsUnknownIsNotRetried() throws Exception {
        EtcdMember follower = follower();
        try (EtcdClient client = EtcdClient.builder().endpoints(follower.clientEndpoint()).build();
                EtcdClient all = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            client.kv().put("unknown", "before");
            follower.pause();
            try {
                assertThatThrownBy(() -> client.kv().put("unknown", "x",
                        PutOptions.builder().timeout(Duration.ofSeconds(2)).build()))
                        .isInstanceOfSatisfying(EtcdTimeoutException.class,
                                e -> assertThat(e.isOutcomeUnknown()).isTrue());
            } finally {
                follower.resume();
            }
            // The paused member still holds the request and may apply it once resumed. A client that
            // retried blindly would have queued the put more than once, raising the version past 2.
            ETCD.cluster().awaitHealthy(Duration.ofSeconds(20));
            Thread.sleep(1000);
            assertThat(all.kv().get("unknown").get(0).version()).isBetween(1L, 2L);
        }
    }

    @Test
    void aCancelledCallLeavesTheClientUsable() throws Exception {
        EtcdMember member = follower();
        try (EtcdClient client = EtcdClient.builder().endpoints(member.clientEndpoint()).build()) {
            client.kv().put("cancel", "v");
            member.pause();
            try {
                java.util.concurrent.CompletableFuture<?> f = client.async().kv().get("cancel",
                        GetOptions.builder().timeout(Duration.ofSeconds(30)).build());
                Thread.sleep(200);
                assertThat(f.cancel(true)).isTrue();
                assertThat(f.isCancelled()).isTrue();
            } finally {
                member.resume();
            }
            ETCD.cluster().awaitHealthy(Duration.ofSeconds(20));
            assertThat(client.kv().get("cancel").get(0).valueAsString()).isEqualTo("v");
        }
    }
}
