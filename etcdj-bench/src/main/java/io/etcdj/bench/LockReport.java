package io.etcdj.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The text report of the {@code lock} workload: one row per library over all its turns, and the etcdj/jetcd ratios. */
final class LockReport {
    private final int contenders;
    private final long ttlSeconds;
    private final PrintStream out;

    LockReport(int contenders, long ttlSeconds, PrintStream out) {
        this.contenders = contenders;
        this.ttlSeconds = ttlSeconds;
        this.out = out;
    }

    /** One library's turns added up. */
    record Sum(long acquisitions, double seconds, Histogram latency, long clientCpu, long serverCpu, long all,
            long counter, long overlaps, long errors) {
        static Sum of(List<LockBench.Turn> turns) {
            Histogram h = new Histogram(3);
            long acq = 0;
            long nanos = 0;
            long ccpu = 0;
            long scpu = 0;
            long all = 0;
            long counter = 0;
            long overlaps = 0;
            long errors = 0;
            for (LockBench.Turn t : turns) {
                h.add(t.latencyNanos());
                acq += t.acquisitions();
                nanos += t.windowNanos();
                ccpu += t.clientCpuNanos();
                scpu += t.serverCpuNanos();
                all += t.allAcquisitions();
                counter += t.counter();
                overlaps += t.overlaps();
                errors += t.errors();
            }
            return new Sum(acq, nanos / 1e9, h, ccpu, scpu, all, counter, overlaps, errors);
        }

        double perSecond() {
            return acquisitions / seconds;
        }

        double clientCpuMicros() {
            return acquisitions == 0 ? 0 : clientCpu / 1e3 / acquisitions;
        }

        double serverCpuMicros() {
            return acquisitions == 0 || serverCpu < 0 ? -1 : serverCpu / 1e3 / acquisitions;
        }
    }

    void print(List<String> endpoints, boolean throwaway, Map<String, List<LockBench.Turn>> turns) {
        out.printf(Locale.ROOT, "lock: %d contenders per library, each with its own session (lease TTL %d s) on one "
                + "client, one lock name per turn; etcd %s%s%n", contenders, ttlSeconds, String.join(",", endpoints),
                throwaway ? " (throwaway)" : "");
        out.printf(Locale.ROOT, "%-6s %12s %8s %10s %10s %12s %12s %12s %8s %7s%n", "client", "acquisitions",
                "acq/s", "p50_ms", "p99_ms", "cpu_us/acq", "etcd_us/acq", "counter", "overlap", "errors");
        Map<String, Sum> sums = new java.util.LinkedHashMap<>();
        turns.forEach((c, ts) -> sums.put(c, Sum.of(ts)));
        sums.forEach((c, s) -> out.printf(Locale.ROOT, "%-6s %12d %8.1f %10.2f %10.2f %12.1f %12.1f %12s %8d %7d%n", c,
                s.acquisitions, s.perSecond(), s.latency.getValueAtPercentile(50) / 1e6,
                s.latency.getValueAtPercentile(99) / 1e6, s.clientCpuMicros(), s.serverCpuMicros(),
                s.counter + "/" + s.all, s.overlaps, s.errors));
        Sum j = sums.get("etcdj");
        Sum k = sums.get("jetcd");
        if (j != null && k != null && k.acquisitions > 0 && j.acquisitions > 0) {
            out.printf(Locale.ROOT, "etcdj/jetcd: acquisitions/s %.2f, p50 %.2f, p99 %.2f, client CPU per acquisition "
                    + "%.2f, etcd CPU per acquisition %.2f%n", j.perSecond() / k.perSecond(),
                    (double) j.latency.getValueAtPercentile(50) / k.latency.getValueAtPercentile(50),
                    (double) j.latency.getValueAtPercentile(99) / k.latency.getValueAtPercentile(99),
                    j.clientCpuMicros() / k.clientCpuMicros(), j.serverCpuMicros() / k.serverCpuMicros());
        }
    }
}
