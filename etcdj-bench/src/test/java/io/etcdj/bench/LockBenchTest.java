package io.etcdj.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lock workload, small: 4 contenders per library for 2 s through etcdj and jetcd against a
 * real throwaway etcd, checking the report's shape, that both acquired the lock many times, that
 * the counter kept under the lock ends at the number of acquisitions with no overlap, and that
 * nothing failed. Short on purpose: CI runs it. Real measurements are in docs/benchmarks.md.
 */
@Timeout(60)
class LockBenchTest {
    private static EtcdCluster etcd;

    @BeforeAll
    static void start() {
        etcd = EtcdCluster.builder().start();
    }

    @AfterAll
    static void stop() {
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void bothLibrariesAcquireUnderContentionWithoutOverlap() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"lock", "--endpoints", etcd.clientEndpointsCsv(), "--clients", "etcdj,jetcd",
            "--contenders", "4", "--ttl", "5", "--duration", "2", "--rounds", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; stdout:%n%s%nstderr:%n%s", stdout, stderr).isZero();
        assertRow(stdout, "etcdj");
        assertRow(stdout, "jetcd");
        assertThat(stdout).containsPattern("etcdj/jetcd: acquisitions/s \\d+\\.\\d\\d, p50 \\d+\\.\\d\\d");
        assertThat(stderr).containsPattern("round 1 etcdj: \\d+ acquisitions .*, 0 overlaps, 0 errors");
    }

    @Test
    void aBadContenderCountIsRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"lock", "--contenders", "0"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--contenders, --ttl and --duration must be positive");
    }

    private static void assertRow(String stdout, String client) {
        Matcher m = Pattern.compile("(?m)^" + client + " +(\\d+) +([\\d.]+) +([\\d.]+) +([\\d.]+) +([\\d.]+) +(-?[\\d.]+)"
                + " +(\\d+)/(\\d+) +(\\d+) +(\\d+)$").matcher(stdout);
        assertThat(m.find()).as(stdout).isTrue();
        // a round trip or two per hand-over on loopback: far more than 20 in 2 s
        assertThat(Long.parseLong(m.group(1))).as("acquisitions").isGreaterThan(20);
        assertThat(Double.parseDouble(m.group(5))).as("client CPU per acquisition").isPositive();
        assertThat(m.group(7)).as("counter equals acquisitions").isEqualTo(m.group(8));
        assertThat(m.group(9)).as("overlaps").isEqualTo("0");
        assertThat(m.group(10)).as("errors").isEqualTo("0");
    }
}
