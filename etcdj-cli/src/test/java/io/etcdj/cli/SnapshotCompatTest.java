package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdCluster;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * etcdj's {@code snapshot save} against etcdctl 3.4's on the same idle single-member server of
 * this class's own. Exit codes, stdout and stderr (etcdctl's JSON log lines included) are compared
 * after masking the timestamps, the time taken and each tool's own file name; the two files must
 * be byte for byte the same snapshot.
 */
class SnapshotCompatTest {
    static EtcdCluster cluster;
    static String eps;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        Runner.assumeEtcdctl();
        cluster = EtcdCluster.builder().namePrefix("sc").start();
        eps = "--endpoints=" + cluster.clientEndpoints().get(0).replace("http://", "");
        CliResult put = Runner.etcdj(eps, "put", "k", "v");
        assertThat(put.exitCode()).isZero();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Masks what differs between two runs: timestamps and the time taken. */
    static String mask(String s) {
        return s.replaceAll("\"ts\":(\"[^\"]*\"|[0-9.]+)", "\"ts\":<ts>")
                .replaceAll("\"took\":[0-9.e-]+", "\"took\":<took>");
    }

    /**
     * Runs etcdctl with {@code ctlArgs} and etcdj with {@code jArgs}; compares exit codes, stdout
     * and stderr after {@link #mask} and {@code names} (which replaces each tool's own file name).
     */
    static CliResult same(List<String> ctlArgs, List<String> jArgs, UnaryOperator<String> names) {
        CliResult expected = Runner.etcdctl(ctlArgs, new byte[0], Map.of());
        CliResult actual = Runner.etcdj(jArgs, new byte[0], Map.of());
        String what = "etcdj " + jArgs + "\nexpected (etcdctl " + ctlArgs + "):\n" + expected + "\nactual (etcdj):\n" + actual;
        assertThat(mask(names.apply(actual.errNormalised()))).as("stderr of " + what)
                .isEqualTo(mask(names.apply(expected.errNormalised())));
        assertThat(names.apply(actual.out())).as("stdout of " + what).isEqualTo(names.apply(expected.out()));
        assertThat(actual.exitCode()).as("exit code of " + what).isEqualTo(expected.exitCode());
        return actual;
    }

    static CliResult same(String... args) {
        return same(List.of(args), List.of(args), UnaryOperator.identity());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void saveWritesTheSameSnapshotAndTheSameLines() throws Exception {
        Path ctl = dir.resolve("ctl.db");
        Path ours = dir.resolve("etcdj.db");
        CliResult r = same(List.of(eps, "snapshot", "save", ctl.toString()),
                List.of(eps, "snapshot", "save", ours.toString()),
                s -> s.replace(ctl.toString(), "<file>").replace(ours.toString(), "<file>"));
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("\"msg\":\"fetched snapshot\"").contains("\"msg\":\"saved\"");
        assertThat(files()).containsExactly(ctl, ours); // no .part file left
        byte[] bytes = Files.readAllBytes(ours);
        assertThat(bytes).isEqualTo(Files.readAllBytes(ctl));
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(bytes, bytes.length - 32));
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length)).isEqualTo(sha);
    }

    @Test
    void saveNeedsExactlyOneFile() throws Exception {
        same(eps, "snapshot", "save");
        same(eps, "snapshot", "save", dir.resolve("a").toString(), dir.resolve("b").toString());
        assertThat(files()).isEmpty();
    }

    @Test
    void unwritablePathFailsLikeEtcdctl() throws Exception {
        same(eps, "snapshot", "save", dir.resolve("missing").resolve("x.db").toString());
        // a directory as the target: the snapshot is taken into "<dir>/.part", then cannot replace the directory
        Path sub = Files.createDirectory(dir.resolve("adir"));
        same(eps, "snapshot", "save", sub + "/");
        assertThat(files()).containsExactly(sub);
        try (Stream<Path> s = Files.list(sub)) {
            assertThat(s.toList()).isEmpty(); // the .part file is removed
        }
    }

    @Test
    void moreThanOneEndpointIsRefused() throws Exception {
        same(eps + ",127.0.0.1:1", "snapshot", "save", dir.resolve("x.db").toString());
        assertThat(files()).isEmpty();
    }

    @Test
    void unreachableEndpointFailsWithoutLeavingAFile() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // etcdctl waits for the endpoint forever without --command-timeout; etcdj fails at once
        Path file = dir.resolve("x.db");
        CliResult r = Runner.etcdj("--endpoints=127.0.0.1:" + port, "snapshot", "save", file.toString());
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err()).contains("created temporary db file").endsWith("Error: context deadline exceeded\n");
        assertThat(r.out()).isEmpty();
        assertThat(files()).isEmpty();
    }

    @Test
    void commandTimeoutIsTheSnapshotsDeadline() throws Exception {
        // etcdctl prints the same error, after a Go stack trace in a log line of its own
        cluster.member(0).pause();
        try {
            long start = System.nanoTime();
            CliResult r = Runner.etcdj(eps, "--command-timeout=1s", "snapshot", "save", dir.resolve("x.db").toString());
            assertThat(r.exitCode()).isEqualTo(5);
            assertThat(r.err()).contains("created temporary db file").endsWith("Error: context deadline exceeded\n");
            assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
            assertThat(files()).isEmpty();
        } finally {
            cluster.member(0).resume();
        }
    }

    @Test
    void statusAndRestoreAreNotSupported() {
        CliResult r = Runner.etcdj(eps, "snapshot", "status", "x.db");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("use etcdctl snapshot status");
        assertThat(Runner.etcdj(eps, "snapshot", "restore", "x.db").exitCode()).isEqualTo(4);
        assertThat(Runner.etcdj(eps, "snapshot").exitCode()).isZero(); // help
    }
}
