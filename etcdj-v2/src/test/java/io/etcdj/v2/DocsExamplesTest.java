package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.testing.EtcdClusterExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The examples of docs/v2.md, as written there, on a cluster of their own (they use fixed keys). */
class DocsExamplesTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().namePrefix("v2docs").build();

    @Test
    void examplesRunAsDocumented() throws Exception {
        try (EtcdV2Client etcd = EtcdV2Client.builder()
                .endpoints(ETCD.endpoints().get(0))
                .timeout(Duration.ofSeconds(5))
                .build()) {
            EtcdV2Response set = etcd.set("/config/db", "postgres://db:5432");
            assertThat(set.action()).isEqualTo("set");
            EtcdV2Response get = etcd.get("/config/db");
            assertThat(get.node().value()).isEqualTo("postgres://db:5432");
            assertThat(get.etcdIndex()).isPositive();

            etcd.set("/app/lock", "me", SetOptions.builder().ttl(30).build());
            etcd.refresh("/app/lock", 30);
            etcd.create("/app/leader", "node-1");
            assertThatThrownBy(() -> etcd.create("/app/leader", "node-1")).isInstanceOf(NodeExistsException.class);
            etcd.compareAndSwap("/app/leader", "node-2", "node-1");
            assertThatThrownBy(() -> etcd.compareAndSwap("/app/leader", "node-2", "node-1"))
                    .isInstanceOf(CompareFailedException.class);

            etcd.mkdir("/jobs");
            etcd.createInOrder("/jobs", "first");
            etcd.createInOrder("/jobs", "second");
            List<EtcdV2Node> jobs = etcd.get("/jobs", GetOptions.builder().sorted(true).build()).node().nodes();
            assertThat(jobs).extracting(EtcdV2Node::value).containsExactly("first", "second");
            etcd.rmdir("/jobs", true);

            long next = etcd.set("/app/config", "v1").node().modifiedIndex() + 1;
            etcd.set("/app/config", "v2");
            EtcdV2Response change = etcd.waitFor("/app/config", WaitOptions.builder().waitIndex(next).build());
            assertThat(change.action() + " " + change.node().value()).isEqualTo("set v2");

            List<String> seen = new CopyOnWriteArrayList<>();
            try (EtcdV2Watch watch = etcd.watch("/app", WaitOptions.builder().recursive(true).build(),
                    event -> seen.add(event.action() + " " + event.node().key()))) {
                Thread.sleep(300); // the watch has no waitIndex: it must be waiting before the change
                etcd.set("/app/a", "1");
                etcd.set("/app/tmp", "x", SetOptions.builder().ttl(1).build());
                Thread.sleep(3000);
            }
            assertThat(seen).containsExactly("set /app/a", "set /app/tmp", "expire /app/tmp");

            assertThat(etcd.members()).hasSize(1);
            assertThat(etcd.leader().name()).isEqualTo(ETCD.cluster().member(0).name());
            assertThat(etcd.selfStats().state()).isEqualTo("StateLeader");
            assertThat(etcd.storeStats().get("setsSuccess")).isPositive();
            assertThat(etcd.machines()).containsExactly(ETCD.endpoints().get(0));
            assertThat(etcd.version().server()).isEqualTo("3.4.23");
            assertThat(etcd.health()).isTrue();
        }
    }
}
