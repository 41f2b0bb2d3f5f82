package io.etcdj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.grpc.RangeRequest;
import io.etcdj.grpc.StatusRequest;
import io.etcdj.internal.CallTarget;
import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.transport.Rpcs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

/**
 * Unreachable endpoints, deadlines, failover, endpoint pinning and endpoint changes, against a
 * three-member cluster of its own.
 */
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
        try (EtcdClient client = TestClients.builder().endpoints("http://127.0.0.1:" + freePort())
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
        try (EtcdClient client = TestClients.builder().endpoints(member.clientEndpoint()).build()) {
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
        try (EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
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
            try (EtcdClient direct = TestClients.builder().endpoints(victim.clientEndpoint()).build()) {
                assertThat(direct.kv().get("failover").get(0).valueAsString()).isEqualTo("20");
            }
        }
    }

    @Test
    void readsAndIdempotentWritesGoAroundAHangingMember() {
        EtcdMember follower = follower();
        try (EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
            client.kv().put("hang", "0");
            follower.pause();
            try {
                for (int i = 1; i <= 6; i++) {
                    String v = Integer.toString(i);
                    client.kv().put("hang", v, PutOptions.builder().idempotent().build());
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
        try (EtcdClient client = TestClients.builder().endpoints(follower.clientEndpoint()).build();
                EtcdClient all = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
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
        try (EtcdClient client = TestClients.builder().endpoints(member.clientEndpoint()).build()) {
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

    private static long memberId(EtcdClient client, String endpoint) throws Exception {
        return client.runtime().pipeline().unary(Rpcs.STATUS, StatusRequest.getDefaultInstance(), null, true,
                CallTarget.endpoint(EndpointAddress.parse(endpoint)), r -> r.getHeader().getMemberId())
                .get(10, TimeUnit.SECONDS);
    }

    private static long rangeServedBy(EtcdClient client, CallTarget target) throws Exception {
        return client.runtime().pipeline().unary(Rpcs.KV_RANGE,
                RangeRequest.newBuilder().setKey(ByteString.copyFromUtf8("pin")).build(), null, true, target,
                r -> r.getHeader().getMemberId()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCallPinnedToAMemberOrToTheLeaderIsServedThere() throws Exception {
        try (EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
            Set<Long> ids = new HashSet<>();
            for (EtcdMember m : ETCD.cluster().members()) {
                long id = memberId(client, m.clientEndpoint());
                ids.add(id);
                for (int i = 0; i < 3; i++) {
                    assertThat(rangeServedBy(client, CallTarget.endpoint(EndpointAddress.parse(m.clientEndpoint()))))
                            .isEqualTo(id);
                }
            }
            assertThat(ids).hasSize(3);
            EtcdMember leader = ETCD.cluster().members().stream().filter(EtcdMember::isLeader).findFirst().orElseThrow();
            assertThat(rangeServedBy(client, CallTarget.LEADER)).isEqualTo(memberId(client, leader.clientEndpoint()));
        }
    }

    @Test
    void changingTheEndpointsDropsNoCallInFlight() throws Exception {
        List<EtcdMember> members = ETCD.cluster().members();
        try (EtcdClient client = TestClients.builder().endpoints(members.get(0).clientEndpoint()).build()) {
            client.kv().put("moving", "v");
            long first = memberId(client, members.get(0).clientEndpoint());
            List<CompletableFuture<?>> inFlight = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                inFlight.add(client.async().kv().get("moving"));
            }
            client.setEndpoints(members.get(1).clientEndpoint(), members.get(2).clientEndpoint());
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            assertThat(client.endpoints()).containsExactly(members.get(1).clientEndpoint(), members.get(2).clientEndpoint());
            for (int i = 0; i < 10; i++) {
                assertThat(rangeServedBy(client, CallTarget.ANY)).isNotEqualTo(first);
            }
            assertThatThrownBy(() -> client.setEndpoints()).isInstanceOf(InvalidArgumentException.class);
            assertThatThrownBy(() -> client.setEndpoints("ftp://x:1")).isInstanceOf(InvalidArgumentException.class);
            assertThat(client.kv().get("moving").get(0).valueAsString()).isEqualTo("v");
        }
    }

    @Test
    void closingTheClientReportsAWriteThatWasSentAsUnknown() throws Exception {
        EtcdMember member = follower();
        try (EtcdClient client = TestClients.builder().endpoints(member.clientEndpoint()).build()) {
            client.kv().put("closing", "before"); // connected
            member.pause();
            try {
                CompletableFuture<?> put = client.async().kv().put("closing", "during");
                Thread.sleep(300); // the request is on the wire; the paused member does not answer
                client.close();
                assertThatThrownBy(() -> put.get(5, TimeUnit.SECONDS)).cause()
                        .isInstanceOfSatisfying(ClientClosedException.class,
                                e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN));
            } finally {
                member.resume();
            }
        }
    }

    @Test
    void tenThousandKeptAliveLeasesSurviveTheLossOfMembersAndTheLeader() throws Exception {
        // 10,000 grants queue up behind each other: their deadline is not what this test is about
        try (EtcdClient client = TestClients.builder().endpoints(ETCD.endpoints())
                .requestTimeout(java.time.Duration.ofSeconds(30)).build()) {
            List<CompletableFuture<io.etcdj.lease.Lease>> granted = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                granted.add(client.async().lease().grantAndKeepAlive(10, (lease, cause) -> { }));
            }
            CompletableFuture.allOf(granted.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            List<io.etcdj.lease.Lease> leases = new ArrayList<>();
            for (CompletableFuture<io.etcdj.lease.Lease> f : granted) {
                leases.add(f.get());
            }
            for (int round = 0; round < 3; round++) {
                final int r = round;
                EtcdMember victim = ETCD.cluster().members().stream().filter(m -> m.isLeader() == (r == 0))
                        .findFirst().orElse(ETCD.cluster().members().get(r));
                victim.kill();
                Thread.sleep(1500);
                victim.restart();
                ETCD.cluster().awaitHealthy(Duration.ofSeconds(30));
            }
            for (io.etcdj.lease.Lease l : leases) {
                assertThat(l.state()).as(l.toString()).isEqualTo(io.etcdj.lease.LeaseState.KEPT_ALIVE);
            }
            assertThat(client.lease().timeToLive(leases.get(0).id(), false).exists()).isTrue();
            assertThat(client.lease().timeToLive(leases.get(9_999).id(), false).exists()).isTrue();
            List<CompletableFuture<?>> revokes = new ArrayList<>();
            for (io.etcdj.lease.Lease l : leases) {
                l.stopKeepAlive();
                revokes.add(client.async().lease().revoke(l.id()));
            }
            CompletableFuture.allOf(revokes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
    }
}
