package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code snapshot save} against etcdctl 3.4's on a member of its own with auth on: root saves
 * the same file with the same lines; without credentials both fail alike (exit 5, etcd's raw
 * auth error as gRPC words it) and leave no file.
 */
class SnapshotAuthCompatTest {
    static EtcdCluster cluster;
    static String eps;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        Runner.assumeEtcdctl();
        cluster = EtcdCluster.builder().namePrefix("sac").auth("rootpw").start();
        eps = "--endpoints=" + cluster.clientEndpoints().get(0).replace("http://", "");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void rootSavesTheSameSnapshot() throws Exception {
        Path ctl = dir.resolve("ctl.db");
        Path ours = dir.resolve("etcdj.db");
        CliResult r = SnapshotCompatTest.same(List.of(eps, "--user=root:rootpw", "snapshot", "save", ctl.toString()),
                List.of(eps, "--user=root:rootpw", "snapshot", "save", ours.toString()),
                s -> s.replace(ctl.toString(), "<file>").replace(ours.toString(), "<file>"));
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(ctl));
    }

    @Test
    void withoutCredentialsTheStreamIsRefusedAlike() throws Exception {
        Path ctl = dir.resolve("ctl.db");
        Path ours = dir.resolve("etcdj.db");
        CliResult r = SnapshotCompatTest.same(List.of(eps, "snapshot", "save", ctl.toString()),
                List.of(eps, "snapshot", "save", ours.toString()),
                s -> s.replace(ctl.toString(), "<file>").replace(ours.toString(), "<file>"));
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err()).endsWith("Error: rpc error: code = Unknown desc = auth: user name is empty\n");
        assertThat(files()).isEmpty();
    }
}
