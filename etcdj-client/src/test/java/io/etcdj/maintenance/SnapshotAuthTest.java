package io.etcdj.maintenance;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.exception.PermissionDeniedException;
import io.etcdj.exception.UnauthenticatedException;
import io.etcdj.testing.EtcdCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots with auth on, on a member of its own whose tokens live one second: the stream carries
 * the client's token (refreshed when it expired), and etcd's refusals are typed and leave no file.
 */
class SnapshotAuthTest {
    private static EtcdCluster cluster;
    private static EtcdClient root;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        cluster = EtcdCluster.builder().namePrefix("snapauth").auth("rootpw").authTokenTtl(Duration.ofSeconds(1)).start();
        root = TestClients.builder().endpoints(cluster.clientEndpoints()).credentials("root", "rootpw").build();
        root.auth().userAdd("alice", "secret");
    }

    @AfterAll
    static void stop() {
        if (root != null) {
            root.close();
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
    void rootTakesSnapshotsAlsoAfterItsTokenExpired() throws Exception {
        SnapshotInfo first = root.maintenance().snapshot(dir.resolve("a.db"));
        Thread.sleep(2500); // the simple token expires after 1 s unused
        SnapshotInfo second = root.maintenance().snapshot(dir.resolve("b.db"));
        assertThat(Files.size(dir.resolve("a.db"))).isEqualTo(first.totalSize());
        assertThat(Files.size(dir.resolve("b.db"))).isEqualTo(second.totalSize());
    }

    @Test
    void withoutCredentialsTheSnapshotIsRefused() throws Exception {
        try (EtcdClient anonymous = TestClients.builder().endpoints(cluster.clientEndpoints()).build()) {
            assertThatThrownBy(() -> anonymous.maintenance().snapshot(dir.resolve("x.db")))
                    .isInstanceOf(UnauthenticatedException.class);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void aUserWhoIsNotRootIsDenied() throws Exception {
        try (EtcdClient alice = TestClients.builder().endpoints(cluster.clientEndpoints())
                .credentials("alice", "secret").build()) {
            assertThatThrownBy(() -> alice.maintenance().snapshot(dir.resolve("x.db")))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(files()).isEmpty();
    }
}
