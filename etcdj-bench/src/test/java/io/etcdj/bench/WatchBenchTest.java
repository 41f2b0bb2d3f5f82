package io.etcdj.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The watch workload, small: 200 watchers per library and 2,000 puts each through etcdj and jetcd
 * against a real throwaway etcd, checking the output's shape, that nothing failed and that every
 * event arrived. Short on purpose: CI runs it. Real measurements are in docs/benchmarks.md.
 */
@Timeout(60)
class WatchBenchTest {
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
    void everyWatcherGetsItsEventsThroughBothClients() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"watch", "--endpoints", etcd.clientEndpointsCsv(), "--clients", "etcdj,jetcd",
            "--watchers", "200", "--total", "2000", "--inflight", "64", "--warmup", "0", "--rounds", "2",
            "--format", "csv"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; stdout:%n%s%nstderr:%n%s", stdout, stderr).isZero();
        String[] lines = stdout.split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(WatchReport.CSV_HEADER);
        assertRow(lines[1], "etcdj");
        assertRow(lines[2], "jetcd");
        assertThat(stderr).contains("etcdj/jetcd: events/s ", "etcdj/jetcd: create time ")
                .containsPattern("etcdj threads \\(most alive at once\\): \\d+")
                .doesNotContain("wrong number of events");
    }

    private static void assertRow(String line, String client) {
        String[] f = line.split(",", -1);
        assertThat(f).hasSize(15);
        assertThat(f[0]).isEqualTo(client);
        assertThat(f[1]).isEqualTo("watch");
        assertThat(f[2]).isEqualTo("64");
        assertThat(f[3]).as("events delivered, one per put").isEqualTo("2000");
        assertThat(Double.parseDouble(f[4])).isPositive();
        long p50 = Long.parseLong(f[5]);
        long p90 = Long.parseLong(f[6]);
        long p99 = Long.parseLong(f[7]);
        long p999 = Long.parseLong(f[8]);
        assertThat(p50).isPositive().isLessThanOrEqualTo(p90);
        assertThat(p90).isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(p999);
        assertThat(f[9]).as("errors").isEqualTo("0");
        assertThat(f[10]).isEqualTo("200");
        assertThat(Double.parseDouble(f[11])).as("create ms").isPositive();
        assertThat(Long.parseLong(f[12])).as("heap bytes").isPositive();
        assertThat(Integer.parseInt(f[13])).as("threads").isPositive();
    }

    @Test
    void aMissingOrForeignEventIsCounted() {
        WatchSink sink = new WatchSink(3, 10);
        for (long seq = 0; seq < 6; seq++) {
            sink.sent(seq, System.nanoTime());
            if (seq != 4) {
                sink.event((int) (seq % 3), true, WatchSink.value(seq, 8));
            }
        }
        assertThat(sink.checkCounts(6)).isEqualTo(1);
        assertThat(sink.firstError()).isEqualTo("watcher 1 got 1 events, expected 2");
        sink.event(0, true, WatchSink.value(4, 8));
        assertThat(sink.errors()).as("put 4 wrote watcher 1's key, not watcher 0's").isEqualTo(1);
        sink.event(1, true, WatchSink.value(4, 8));
        assertThat(sink.checkCounts(6)).isZero();
    }
}
