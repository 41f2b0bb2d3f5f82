package io.etcdj.fault;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.PutOptions;
import io.etcdj.lease.Lease;
import io.etcdj.lease.LeaseListener;
import io.etcdj.lease.LeaseState;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdMember;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A kept-alive lease outlives a member that stops answering without closing its connection
 * (SIGSTOP) while it holds the keep-alive stream. The client knows only the two followers, so the
 * stream is on one of them; each is paused in turn for longer than the lease's TTL. The keep-alive
 * pings would notice only after tens of seconds; the keep-alive loop must notice its unanswered
 * refreshes and move the stream. The leader is not paused: etcd 3.4.23 lets a leader paused for
 * longer than a TTL revoke the lease when it resumes (etcd issues 12528 and 15247, fixed in later
 * releases), which no client can prevent.
 */
class KeepAliveSilentMemberTest {
    private static final long TTL_SECONDS = 3;

    @Test
    void aLeaseSurvivesTheMemberOfItsStreamPausedForLongerThanItsTtl() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().members(3).namePrefix("silent").start()) {
            EtcdMember leader = cluster.leader().orElseThrow();
            List<EtcdMember> followers = cluster.members().stream().filter(m -> m != leader).toList();
            try (EtcdClient etcd = TestClients.builder()
                    .endpoints(followers.stream().map(EtcdMember::clientEndpoint).toList()).build()) {
                run(cluster, etcd, followers);
            }
        }
    }

    private static void run(EtcdCluster cluster, EtcdClient etcd, List<EtcdMember> followers) throws Exception {
        List<EtcdException> lost = new CopyOnWriteArrayList<>();
        Lease lease = etcd.lease().grantAndKeepAlive(TTL_SECONDS, new LeaseListener() {
            @Override
            public void onLost(Lease l, EtcdException cause) {
                lost.add(cause);
            }
        });
        etcd.kv().put("silent/key", "v", PutOptions.builder().leaseId(lease.id()).build());

        for (EtcdMember m : followers) {
            m.pause();
            try {
                Thread.sleep(Duration.ofSeconds(TTL_SECONDS + 2).toMillis());
            } finally {
                m.resume();
            }
            cluster.awaitHealthy(Duration.ofSeconds(30));
            assertThat(lost).as("lease lost while " + m.name() + " was paused").isEmpty();
        }

        assertThat(lease.state()).isEqualTo(LeaseState.KEPT_ALIVE);
        assertThat(etcd.lease().timeToLive(lease.id(), false).ttlSeconds()).isPositive();
        assertThat(etcd.kv().get("silent/key").first()).isPresent();
        lease.close();
    }
}
