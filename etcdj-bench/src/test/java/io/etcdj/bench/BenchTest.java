package io.etcdj.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.testing.EtcdCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs every workload for a few hundred requests through etcdj and jetcd against a real
 * throwaway etcd, checks the output's shape, that no request failed, and that the data is there.
 * Short on purpose: CI runs it. Real measurements are in docs/benchmarks.md.
 */
@Timeout(60)
class BenchTest {
    private static EtcdCluster etcd;
    private static EtcdClient client;

    @BeforeAll
    static void start() {
        etcd = EtcdCluster.builder().start();
        client = EtcdClient.builder().endpoints(etcd.clientEndpoints()).build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; stdout:%n%s%nstderr:%n%s", stdout, err.toString(StandardCharsets.UTF_8))
                .isZero();
        return stdout.split("\n");
    }

    private String[] csv(String workload, String... extra) {
        String[] base = {workload, "--endpoints", etcd.clientEndpointsCsv(), "--clients", "etcdj,jetcd",
            "--inflight", "8", "--total", "300", "--warmup", "0", "--rounds", "2", "--key-size", "10",
            "--val-size", "64", "--key-space", "200", "--format", "csv"};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        String[] lines = run(args);
        if (!Arrays.asList(extra).contains("--transport")) {
            assertThat(lines).hasSize(3);
        }
        assertThat(lines[0]).isEqualTo("client,workload,inflight,total,ops_per_sec,p50_us,p90_us,p99_us,p999_us,errors");
        return lines;
    }

    private static void assertRow(String line, String client, String workload) {
        String[] f = line.split(",", -1);
        assertThat(f).hasSize(10);
        assertThat(f[0]).isEqualTo(client);
        assertThat(f[1]).isEqualTo(workload);
        assertThat(f[2]).isEqualTo("8");
        assertThat(f[3]).isEqualTo("300");
        assertThat(Double.parseDouble(f[4])).isPositive();
        long p50 = Long.parseLong(f[5]);
        long p90 = Long.parseLong(f[6]);
        long p99 = Long.parseLong(f[7]);
        long p999 = Long.parseLong(f[8]);
        assertThat(p50).isPositive().isLessThanOrEqualTo(p90);
        assertThat(p90).isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(p999);
        assertThat(f[9]).isEqualTo("0");
    }

    /** The keys one client's write run left: min(requests, key space) of them, each with the run's value. */
    private static void assertWritten(String prefix, long count) {
        GetResponse r = client.kv().get(prefix, GetOptions.builder().prefix().build());
        assertThat(r.size()).isEqualTo(count);
        byte[] expected = Keys.of(prefix, 10, 200, 64).value();
        r.forEach(kv -> {
            assertThat(kv.key()).hasSize(10);
            assertThat(kv.value()).isEqualTo(expected);
        });
    }

    @Test
    void put() {
        String[] lines = csv("put");
        assertRow(lines[1], "etcdj", "put");
        assertRow(lines[2], "jetcd", "put");
        assertWritten("pe/", 200);
        assertWritten("pj/", 200);
    }

    @Test
    void putAndRangeOverBothTransportsSideBySide() {
        String[] lines = csv("put", "--transport", "grpc,http-json");
        assertThat(lines).hasSize(4);
        assertRow(lines[1], "etcdj", "put");
        assertRow(lines[2], "etcdj-http", "put");
        assertRow(lines[3], "jetcd", "put");
        assertWritten("pe/", 200);
        assertWritten("ph/", 200);
        lines = csv("range", "--transport", "http-json");
        assertThat(lines).hasSize(3);
        assertRow(lines[1], "etcdj-http", "range-l");
        assertRow(lines[2], "jetcd", "range-l");
    }

    @Test
    void txnPut() {
        String[] lines = csv("txn-put", "--txn-ops", "2");
        assertRow(lines[1], "etcdj", "txn-put");
        assertRow(lines[2], "jetcd", "txn-put");
        assertWritten("te/", 200);
        assertWritten("tj/", 200);
    }

    @Test
    void rangeLinearizable() {
        String[] lines = csv("range");
        assertRow(lines[1], "etcdj", "range-l");
        assertRow(lines[2], "jetcd", "range-l");
        assertWritten("r/", 200);
    }

    @Test
    void rangeSerializable() {
        String[] lines = csv("range", "--consistency", "s", "--no-compact-defrag");
        assertRow(lines[1], "etcdj", "range-s");
        assertRow(lines[2], "jetcd", "range-s");
    }

    @Test
    void textOutputHasATablePerInflightAndTheRatios() {
        // this run's key space is 100: the keys the other put runs left (200 under each tag) would fail its check
        for (String tag : List.of("pe/", "pj/")) {
            client.kv().delete(tag, io.etcdj.kv.DeleteOptions.builder().prefix().build());
        }
        String[] lines = run("put", "--endpoints", etcd.clientEndpointsCsv(), "--inflight", "1,4", "--total", "100",
                "--warmup", "0", "--rounds", "1", "--key-size", "10", "--key-space", "100");
        String text = String.join("\n", lines);
        assertThat(text).contains("inflight 1\n", "inflight 4\n", "etcdj/jetcd: throughput ",
                "compact+defrag after each warmup", "jit us/req");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("client ")).count()).isEqualTo(2);
        assertThat(text).containsPattern("etcdj threads \\(most alive at once.*\\): \\d+");
    }

    @Test
    void badCommandLinesAreRejected() {
        for (List<String> args : List.of(List.of("nosuch"), List.of("put", "--clients", "etcd3"),
                List.of("put", "--key-size", "3", "--endpoints", "http://127.0.0.1:1"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as("%s", args).isNotZero();
        }
    }
}
