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
 * The lease-keepalive workload, small: 200 leases of TTL 3 s per library kept alive for 4 s
 * through etcdj and jetcd against a real throwaway etcd, checking the report's shape, that every
 * lease was refreshed and is still alive, and that nothing failed. Short on purpose: CI runs it.
 * Real measurements are in docs/benchmarks.md.
 */
@Timeout(60)
class LeaseKeepAliveBenchTest {
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
    void everyLeaseStaysAliveThroughBothClients() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"lease-keepalive", "--endpoints", etcd.clientEndpointsCsv(), "--clients",
            "etcdj,jetcd", "--leases", "200", "--ttl", "3", "--duration", "4", "--rounds", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; stdout:%n%s%nstderr:%n%s", stdout, stderr).isZero();
        assertRow(stdout, "etcdj");
        assertRow(stdout, "jetcd");
        assertThat(stdout).containsPattern("etcdj/jetcd: refreshes/s \\d+\\.\\d\\d, client CPU per refresh \\d+\\.\\d\\d");
        assertThat(stderr).contains("200 of 200 leases alive, 0 errors");
    }

    private static void assertRow(String stdout, String client) {
        Matcher m = Pattern.compile("(?m)^" + client + " +(\\d+) +(\\d+) +([\\d.]+) +(\\S+) +(-?[\\d.]+) +(\\d+) +(\\d+)/200 +(\\d+)$")
                .matcher(stdout);
        assertThat(m.find()).as(stdout).isTrue();
        // 200 leases refreshed every second or so for 4 s: at least two refreshes each
        assertThat(Long.parseLong(m.group(2))).as("refreshes").isGreaterThanOrEqualTo(400);
        assertThat(Double.parseDouble(m.group(3))).as("client CPU per refresh").isPositive();
        assertThat(Integer.parseInt(m.group(6))).as("threads").isPositive();
        assertThat(m.group(7)).as("leases alive").isEqualTo("200");
        assertThat(m.group(8)).as("errors").isEqualTo("0");
    }
}
