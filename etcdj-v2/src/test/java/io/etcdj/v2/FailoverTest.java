package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.testing.EtcdMember;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several endpoints: failover, writes never sent twice, the cluster id check, member changes. */
class FailoverTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().members(3).namePrefix("v2fo").build();

    @RegisterExtension
    static final EtcdClusterExtension OTHER = EtcdClusterExtension.shared();

    @BeforeEach
    void healthy() {
        EtcdCluster c = ETCD.cluster();
        for (EtcdMember m : c.members()) {
            if (m.isPaused()) {
                m.resume();
            }
            if (!m.isRunning()) {
                m.restart();
            }
        }
        c.awaitHealthy(Duration.ofSeconds(30));
    }

    /** A follower first, then the others: killing it leaves the cluster with its leader. */
    static List<String> followerFirst() {
        EtcdCluster c = ETCD.cluster();
        EtcdMember follower = c.members().stream().filter(m -> !m.isLeader()).findFirst().orElseThrow();
        List<String> eps = new ArrayList<>();
        eps.add(follower.clientEndpoint());
        c.members().stream().filter(m -> m != follower).forEach(m -> eps.add(m.clientEndpoint()));
        return eps;
    }

    @Test
    void failsOverWhenTheFirstMemberIsKilled() throws Exception {
        List<String> eps = followerFirst();
        EtcdMember first = ETCD.cluster().members().stream().filter(m -> m.clientEndpoint().equals(eps.get(0)))
                .findFirst().orElseThrow();
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(eps).autoSync(false).build()) {
            etcd.set("/fo/k", "before");
            assertThat(etcd.endpoints().get(0)).isEqualTo(eps.get(0));
            BlockingQueue<EtcdV2Response> events = new LinkedBlockingQueue<>();
            long next = etcd.get("/fo/k").etcdIndex() + 1;
            try (EtcdV2Watch watch = etcd.watch("/fo/k", WaitOptions.builder().waitIndex(next).build(), events::add)) {
                first.kill();
                assertThat(etcd.set("/fo/k", "after").node().value()).isEqualTo("after");
                assertThat(etcd.get("/fo/k", GetOptions.builder().quorum(true).build()).node().value())
                        .isEqualTo("after");
                assertThat(etcd.endpoints().get(0)).isNotEqualTo(eps.get(0));
                EtcdV2Response seen = events.poll(20, TimeUnit.SECONDS);
                assertThat(seen).as("the watch went on on another member").isNotNull();
                assertThat(seen.node().value()).isEqualTo("after");
            }
        }
    }

    @Test
    void writeSentToAHungMemberIsNotRetriedButAReadIs() {
        List<String> eps = followerFirst();
        EtcdMember first = ETCD.cluster().members().stream().filter(m -> m.clientEndpoint().equals(eps.get(0)))
                .findFirst().orElseThrow();
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(eps).autoSync(false)
                .timeout(Duration.ofMillis(1500)).build()) {
            etcd.set("/fo/hung", "0");
            first.pause();
            assertThatThrownBy(() -> etcd.set("/fo/hung", "1")).isInstanceOfSatisfying(EtcdV2TimeoutException.class,
                    e -> assertThat(e.isOutcomeUnknown()).isTrue());
            assertThat(etcd.get("/fo/hung").node().value()).isIn("0", "1");
            assertThat(etcd.endpoints().get(0)).isNotEqualTo(eps.get(0));
            assertThat(etcd.set("/fo/hung", "2").node().value()).isEqualTo("2");
        }
    }

    @Test
    void noReachableEndpointIsADefiniteConnectionError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints("http://127.0.0.1:" + port).build()) {
            assertThatThrownBy(() -> etcd.set("/fo/x", "1")).isInstanceOfSatisfying(EtcdV2ConnectionException.class,
                    e -> assertThat(e.isOutcomeUnknown()).isFalse());
        }
    }

    @Test
    void aClientNeverMixesTwoClusters() {
        List<String> eps = followerFirst();
        String foreign = OTHER.endpoints().get(0);
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(eps.get(0), foreign, eps.get(1)).autoSync(false)
                .build()) {
            etcd.set("/fo/mix", "1");
            memberAt(eps.get(0)).kill();
            // the next endpoint is of another cluster: checked before anything goes there, skipped
            assertThat(etcd.set("/fo/mix", "2").node().value()).isEqualTo("2");
            assertThat(etcd.endpoints()).doesNotContain(foreign);
        }
        try (EtcdV2Client probe = EtcdV2Client.builder().endpoints(foreign).autoSync(false).build()) {
            assertThatThrownBy(() -> probe.get("/fo/mix")).isInstanceOf(KeyNotFoundException.class);
        }
    }

    @Test
    void aWriteIsNotSentToAnotherClusterWhenItsOwnIsGone() {
        List<String> eps = followerFirst();
        String foreign = OTHER.endpoints().get(0);
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(eps.get(0), foreign).autoSync(false).build()) {
            etcd.set("/fo/only-mine", "1");
            memberAt(eps.get(0)).kill();
            assertThatThrownBy(() -> etcd.set("/fo/only-mine", "2")).isInstanceOf(ClusterMismatchException.class);
        }
        try (EtcdV2Client probe = EtcdV2Client.builder().endpoints(foreign).autoSync(false).build()) {
            assertThatThrownBy(() -> probe.get("/fo/only-mine")).isInstanceOf(KeyNotFoundException.class);
        }
    }

    /**
     * etcd refuses (HTTP 500) a member change until every member has been connected for a few
     * seconds (strict reconfiguration check); a member restarted by an earlier test may be too recent.
     */
    static EtcdV2Member addWhenTheClusterAllows(EtcdV2Client etcd, String peerUrl) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return etcd.addMember(List.of(peerUrl));
            } catch (EtcdV2HttpException e) {
                if (e.httpStatus() != 500 || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    static EtcdMember memberAt(String endpoint) {
        return ETCD.cluster().members().stream().filter(m -> m.clientEndpoint().equals(endpoint)).findFirst()
                .orElseThrow();
    }

    @Test
    void membersAddUpdateRemoveAndLeaderStatsOnAFollower() throws Exception {
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build()) {
            assertThat(etcd.members()).hasSize(3);
            assertThat(etcd.sync()).containsAll(ETCD.endpoints());
            int p1;
            int p2;
            try (ServerSocket s1 = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                    ServerSocket s2 = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                p1 = s1.getLocalPort();
                p2 = s2.getLocalPort();
            }
            EtcdV2Member added = addWhenTheClusterAllows(etcd, "http://127.0.0.1:" + p1);
            assertThat(added.id()).isNotBlank();
            assertThat(added.peerUrls()).containsExactly("http://127.0.0.1:" + p1);
            assertThat(etcd.members()).hasSize(4);
            etcd.updateMember(added.id(), List.of("http://127.0.0.1:" + p2));
            assertThat(etcd.members()).filteredOn(m -> m.id().equals(added.id())).singleElement()
                    .satisfies(m -> assertThat(m.peerUrls()).containsExactly("http://127.0.0.1:" + p2));
            etcd.removeMember(added.id());
            assertThat(etcd.members()).hasSize(3);
        }
        // only the leader answers leader statistics: ask it alone
        try (EtcdV2Client leader = EtcdV2Client.builder()
                .endpoints(ETCD.cluster().leader().orElseThrow().clientEndpoint()).autoSync(false).build()) {
            assertThat(leader.leaderStats().followers()).hasSize(2);
            assertThat(leader.leader().id()).isEqualTo(leader.leaderStats().leader());
        }
        try (EtcdV2Client follower = EtcdV2Client.builder().endpoints(followerFirst().get(0)).autoSync(false)
                .build()) {
            assertThat(follower.selfStats().state()).isEqualTo("StateFollower");
            assertThatThrownBy(follower::leaderStats).isInstanceOfSatisfying(EtcdV2HttpException.class,
                    e -> assertThat(e.httpStatus()).isEqualTo(403));
        }
    }
}
