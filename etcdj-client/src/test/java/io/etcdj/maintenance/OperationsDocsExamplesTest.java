package io.etcdj.maintenance;

import io.etcdj.TestClients;
import io.etcdj.ChangeOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.cluster.Member;
import io.etcdj.cluster.MemberAddResponse;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.testing.EtcdClusterExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The examples of docs/operations.md, as written there (endpoints and printing aside), on a
 * single-member cluster of their own: they raise alarms and change the membership. The
 * move-leader example needs several members and runs in {@link MaintenanceClusterTest}.
 */
class OperationsDocsExamplesTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().namePrefix("opsdocs").build();

    @Test
    void examplesRunAsDocumented() throws Exception {
        List<String> lines = new ArrayList<>();
        try (EtcdClient etcd = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
            // Membership
            for (Member m : etcd.cluster().memberList().members()) {
                lines.add(String.format("%s %s %s learner=%s started=%s",
                        m.idHex(), m.name(), m.peerUrls(), m.isLearner(), m.isStarted()));
            }
            MemberAddResponse added = addLearnerWhenReady(etcd, "http://10.0.0.4:2380");
            long id = added.member().id();
            boolean notReady = false;
            try {
                etcd.cluster().memberPromote(id);
            } catch (PreconditionFailedException e) {
                notReady = e.code() == ErrorCode.LEARNER_NOT_READY;
            }
            assertThat(notReady).isTrue();
            etcd.cluster().memberUpdate(id, List.of("http://10.0.0.5:2380"));
            etcd.cluster().memberRemove(id);
            assertThat(etcd.cluster().memberList().members()).hasSize(1);

            // Status, hashes, version
            for (String ep : etcd.endpoints()) {
                StatusResponse s = etcd.maintenance().status(ep);
                lines.add(String.format("%s id=%x version=%s db=%d bytes (in use %d) leader=%s raft term=%d index=%d applied=%d learner=%s errors=%s",
                        ep, s.header().memberId(), s.version(), s.dbSize(), s.dbSizeInUse(), s.leaderHex(),
                        s.raftTerm(), s.raftIndex(), s.raftAppliedIndex(), s.isLearner(), s.errors()));
            }
            String version = etcd.maintenance().version(etcd.endpoints().get(0));
            assertThat(version).isEqualTo("3.4.23");
            long rev = etcd.kv().get("any").header().revision();
            for (String ep : etcd.endpoints()) {
                HashKvResponse h = etcd.maintenance().hashKv(ep, rev);
                lines.add(ep + " " + h.hash() + " (compacted at " + h.compactRevision() + ")");
            }

            // Defragment
            ChangeOptions generous = ChangeOptions.builder().timeout(Duration.ofMinutes(5)).build();
            for (String ep : etcd.endpoints()) {
                etcd.maintenance().defragment(ep, generous);
            }

            // Alarms
            long memberId = etcd.cluster().memberList().members().get(0).id();
            etcd.maintenance().alarmActivate(memberId, AlarmType.NOSPACE);
            try {
                AlarmResponse active = etcd.maintenance().alarmList();
                for (Alarm a : active.alarms()) {
                    lines.add(a.memberIdHex() + " " + a.type());
                }
                assertThat(active.alarms()).hasSize(1);
            } finally {
                etcd.maintenance().alarmDisarmAll();
            }
            etcd.maintenance().alarmActivate(memberId, AlarmType.NOSPACE);
            etcd.maintenance().alarmDisarm(memberId, AlarmType.NOSPACE);
            assertThat(etcd.maintenance().alarmList().alarms()).isEmpty();

            // Health
            for (String ep : etcd.endpoints()) {
                EndpointHealth h = etcd.maintenance().health(ep);
                lines.add(ep + (h.isHealthy() ? " healthy, took " + h.took()
                        : " unhealthy: " + h.failure().orElseThrow().getMessage()));
                assertThat(h.isHealthy()).isTrue();
            }

            // Metrics
            String text = etcd.maintenance().metrics(etcd.endpoints().get(0));
            List<MetricSample> samples = MetricsText.parse(text);
            double hasLeader = MetricsText.value(samples, "etcd_server_has_leader").orElse(0.0);
            assertThat(hasLeader).isEqualTo(1.0);
            samples.stream()
                    .filter(s -> s.name().equals("etcd_disk_wal_fsync_duration_seconds_bucket"))
                    .forEach(s -> lines.add("le=" + s.label("le") + " " + s.value()));
        }
        assertThat(lines).anyMatch(l -> l.startsWith("le=+Inf "));
        assertThat(lines).anyMatch(l -> l.contains(" healthy, took "));
    }

    /** A fresh cluster refuses membership changes for about 5 s ("unhealthy cluster"). */
    private static MemberAddResponse addLearnerWhenReady(EtcdClient etcd, String peer) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return etcd.cluster().memberAddAsLearner(List.of(peer));
            } catch (io.etcdj.exception.ConnectionException e) {
                if (e.code() != ErrorCode.UNHEALTHY || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
