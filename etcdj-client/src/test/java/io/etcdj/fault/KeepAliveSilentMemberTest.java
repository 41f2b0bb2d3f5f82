package io.etcdj.fault;

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
 * (SIGSTOP), whichever member the keep-alive stream is on: each member in turn, leader included,
 * is paused for longer than the lease's TTL. The keep-alive pings would notice only after tens of
 * seconds; the keep-alive loop must notice its unanswered refreshes and move the stream.
 */
class KeepAliveSilentMemberTest {
    private static final long TTL_SECONDS = 3;

    @Test
    void aLeaseSurvivesEachMemberPausedForLongerThanItsTtl() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().members(3).namePrefix("silent").start();
                EtcdClient etcd = EtcdClient.builder().endpoints(cluster.clientEndpoints()).build()) {
            List<EtcdException> lost = new CopyOnWriteArrayList<>();
            Lease lease = etcd.lease().grantAndKeepAlive(TTL_SECONDS, new LeaseListener() {
                @Override
                public void onLost(Lease l, EtcdException cause) {
                    lost.add(cause);
                }
            });
            etcd.kv().put("silent/key", "v", PutOptions.builder().leaseId(lease.id()).build());

            for (EtcdMember m : cluster.members()) {
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
}
