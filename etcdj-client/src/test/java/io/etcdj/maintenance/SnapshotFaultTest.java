package io.etcdj.maintenance;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdMember;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of a member of its own, loaded with about 24 MB so that a snapshot takes long enough
 * to be cut: identical bytes through both variants, a deadline, and a member killed mid-stream.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnapshotFaultTest {
    private static final int VALUES = 24;
    private static EtcdCluster cluster;
    private static EtcdClient etcd;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        cluster = EtcdCluster.builder().members(1).namePrefix("snap").start();
        // generous: 24 MB of writes on a busy machine
        etcd = TestClients.builder().endpoints(cluster.clientEndpoints()).requestTimeout(Duration.ofSeconds(60)).build();
        String value = "v".repeat(1_000_000);
        for (int i = 0; i < VALUES; i++) {
            etcd.kv().put("big/" + i, value);
        }
    }

    @AfterAll
    static void stop() {
        if (etcd != null) {
            etcd.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    @Order(1)
    void fileAndStreamGetIdenticalBytes() throws Exception {
        Path file = dir.resolve("a.db");
        List<long[]> progress = new CopyOnWriteArrayList<>();
        SnapshotInfo fromFile = etcd.maintenance().snapshot(file, SnapshotOptions.builder()
                .progress((r, left) -> progress.add(new long[] {r, left})).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotInfo fromStream = etcd.maintenance().snapshot(out, SnapshotOptions.builder()
                .endpoint(cluster.clientEndpoints().get(0)).build());
        assertThat(fromFile.dbSize()).isGreaterThan(VALUES * 1_000_000L);
        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(file));
        assertThat(fromStream.sha256()).isEqualTo(fromFile.sha256());
        SnapshotTest.assertProgress(progress, fromFile.totalSize());
        assertThat(progress.size()).isGreaterThan(100); // etcd sends 32 KiB per message
    }

    @Test
    @Order(2)
    void deadlinePassesOnAPausedMemberAndLeavesNoFile() throws Exception {
        EtcdMember m = cluster.member(0);
        m.pause();
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> etcd.maintenance().snapshot(dir.resolve("late.db"),
                    SnapshotOptions.builder().timeout(Duration.ofMillis(800)).build()))
                    .isInstanceOf(EtcdTimeoutException.class)
                    .hasMessageContaining("did not complete within its timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(files()).isEmpty();
        } finally {
            m.resume();
        }
    }

    @Test
    @Order(3)
    void memberKilledMidStreamFailsTypedAndLeavesNoFile() throws Exception {
        EtcdMember m = cluster.member(0);
        Path file = dir.resolve("cut.db");
        List<long[]> progress = new CopyOnWriteArrayList<>();
        try {
            assertThatThrownBy(() -> etcd.maintenance().snapshot(file, SnapshotOptions.builder()
                    .progress((received, remaining) -> {
                        if (progress.isEmpty()) {
                            m.pause(); // stops the sender at once; what is in flight still arrives
                            m.kill();
                        }
                        progress.add(new long[] {received, remaining});
                    }).build()))
                    .isInstanceOf(ConnectionException.class)
                    .hasMessageContaining("snapshot cut short after");
            assertThat(files()).isEmpty();
            long[] last = progress.get(progress.size() - 1);
            assertThat(last[1]).isGreaterThan(0); // it was cut short indeed
        } finally {
            m.restart();
        }
        // the member is back, and so are snapshots
        SnapshotInfo again = etcd.maintenance().snapshot(file);
        assertThat(Files.size(file)).isEqualTo(again.totalSize());
    }
}
