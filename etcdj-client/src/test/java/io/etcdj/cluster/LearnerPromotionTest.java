package io.etcdj.cluster;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.testing.EtcdCluster;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A learner that really joins: added to a running 3-member cluster, its etcd process started
 * with {@code --initial-cluster-state existing}, promoted once it has caught up with the leader,
 * then removed. The launcher cannot add a member, so this test starts the fourth etcd itself.
 */
class LearnerPromotionTest {
    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aLearnerIsAddedStartedPromotedAndRemoved() throws Exception {
        Path dir = Files.createTempDirectory("etcdj-learner");
        Process learner = null;
        try (EtcdCluster cluster = EtcdCluster.builder().namePrefix("learn").members(3).start();
                EtcdClient etcd = TestClients.builder().endpoints(cluster.clientEndpoints()).build()) {
            String peer = "http://127.0.0.1:" + freePort();
            String client = "http://127.0.0.1:" + freePort();
            MemberAddResponse added = null;
            for (int attempt = 0; added == null; attempt++) {
                try {
                    added = etcd.cluster().memberAddAsLearner(List.of(peer));
                } catch (ConnectionException e) { // etcd's 5 s rule after members connect
                    if (e.code() != ErrorCode.UNHEALTHY || attempt > 5) {
                        throw e;
                    }
                }
            }
            long id = added.member().id();
            assertThat(added.member().isLearner()).isTrue();

            StringJoiner initial = new StringJoiner(",");
            for (Member m : added.members()) {
                initial.add((m.id() == id ? "learner" : m.name()) + "=" + m.peerUrls().get(0));
            }
            ProcessBuilder pb = new ProcessBuilder(Files.isExecutable(Path.of("/usr/bin/etcd")) ? "/usr/bin/etcd" : "etcd",
                    "--name=learner", "--data-dir=" + dir.resolve("data"),
                    "--listen-peer-urls=" + peer, "--initial-advertise-peer-urls=" + peer,
                    "--listen-client-urls=" + client, "--advertise-client-urls=" + client,
                    "--initial-cluster=" + initial, "--initial-cluster-state=existing",
                    "--initial-cluster-token=" + cluster.clusterToken());
            pb.redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "learner.log"));
            learner = pb.start();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            MembershipChangeResponse promoted = null;
            while (promoted == null) {
                try {
                    promoted = etcd.cluster().memberPromote(id);
                } catch (PreconditionFailedException e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.LEARNER_NOT_READY);
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the learner did not catch up in 30 s; log: "
                                + Files.readString(dir.resolve("learner.log")), e);
                    }
                    Thread.sleep(200);
                }
            }
            assertThat(promoted.members()).filteredOn(m -> m.id() == id).singleElement()
                    .satisfies(m -> assertThat(m.isLearner()).isFalse());
            try (EtcdClient viaNewMember = TestClients.builder().endpoints(client).build()) {
                etcd.kv().put("learner/k", "v");
                assertThat(viaNewMember.kv().get("learner/k").count()).isEqualTo(1);
            }

            MembershipChangeResponse removed = etcd.cluster().memberRemove(id);
            assertThat(removed.members()).extracting(Member::id).doesNotContain(id).hasSize(3);
            etcd.kv().put("learner/after", "ok");
        } finally {
            if (learner != null) {
                learner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
