package io.etcdj.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the watch workload's results: a table per number in flight, the watchers' table and the ratios. */
final class WatchReport {
    /** The CSV header; one row follows per client and number in flight. */
    static final String CSV_HEADER = "client,workload,inflight,events,events_per_sec,p50_us,p90_us,p99_us,p999_us,"
            + "errors,watchers,create_ms,heap_bytes,threads,cpu_us_per_event";

    private final BenchOptions o;
    private final int watchers;
    private final PrintStream out;
    private final PrintStream err;

    WatchReport(BenchOptions options, int watchers, PrintStream out, PrintStream err) {
        this.o = options;
        this.watchers = watchers;
        this.out = out;
        this.err = err;
    }

    void start(List<String> endpoints, boolean throwaway) {
        String setup = String.format(Locale.ROOT,
                "watch: %d watchers on one client per library, each on its own key; %d puts per client at each "
                        + "in-flight level from one etcdj writer client, in %d rounds (clients alternating), warmup %d, "
                        + "key %d B, value %d B, etcd %s%s",
                watchers, o.total(), o.rounds(), o.warmup(), o.keySize(), Math.max(8, o.valSize()),
                String.join(",", endpoints), throwaway ? " (throwaway)" : "");
        if (o.csv()) {
            err.println("# " + setup);
            out.println(CSV_HEADER);
        } else {
            out.println(setup);
        }
    }

    /**
     * @param inflight the writer's puts in flight
     * @param rounds each side's results, one per round
     * @param threadPeaks each client's peak thread count so far
     * @return the number of errors
     */
    long inflight(int inflight, Map<WatchBench.Side, List<RunResult>> rounds, Map<String, Integer> threadPeaks) {
        long errors = 0;
        if (!o.csv()) {
            out.println();
            out.printf(Locale.ROOT, "inflight %d (writer)%n", inflight);
            out.printf(Locale.ROOT, "%-7s %9s %8s %8s %8s %8s %8s %6s %11s %13s %9s%n", "client", "events/s", "events",
                    "p50 us", "p90 us", "p99 us", "p99.9 us", "errors", "alloc/event", "cpu/event us", "etcd cpu");
        }
        RunResult first = null;
        List<RunResult> firstRounds = null;
        for (Map.Entry<WatchBench.Side, List<RunResult>> e : rounds.entrySet()) {
            RunResult r = e.getValue().stream().reduce(RunResult::plus).orElse(null);
            if (r == null) {
                continue;
            }
            WatchBench.Side s = e.getKey();
            errors += r.errors();
            if (o.csv()) {
                out.printf(Locale.ROOT, "%s,watch,%d,%d,%.0f,%s,%s,%s,%s,%d,%d,%.0f,%d,%d,%s%n", r.client(), inflight,
                        r.requests(), r.opsPerSecond(), us(r, 50), us(r, 90), us(r, 99), us(r, 99.9), r.errors(),
                        watchers, s.createNanos / 1e6, s.heapBytes, threadPeaks.getOrDefault(s.name, 0), cpu(r, 0));
            } else {
                long a = r.allocatedPerRequest();
                out.printf(Locale.ROOT, "%-7s %9.0f %8d %8s %8s %8s %8s %6d %11s %13s %9s%n", r.client(),
                        r.opsPerSecond(), r.requests(), us(r, 50), us(r, 90), us(r, 99), us(r, 99.9), r.errors(),
                        a < 0 ? "-" : a + " B", cpu(r, 0), cpu(r, 1));
            }
            double stolen = r.stolenShare(Runtime.getRuntime().availableProcessors());
            if (stolen > 0.05) {
                err.printf(Locale.ROOT, "# %s at %d in flight: %.0f%% of the CPU was stolen by the hypervisor: noisy%n",
                        r.client(), inflight, stolen * 100);
            }
            if (r.jvmMillis() != null) {
                err.printf(Locale.ROOT, "# %s at %d in flight: JVM busy compiling (JIT) %d ms and collecting garbage "
                        + "%d ms during %d ms of measured runs%n", r.client(), inflight, r.jvmMillis()[0],
                        r.jvmMillis()[1], r.elapsedNanos() / 1_000_000);
            }
            if (r.firstError() != null) {
                err.println("# " + r.client() + " at " + inflight + " in flight: " + r.errors() + " errors, first: "
                        + r.firstError());
            }
            if (first == null) {
                first = r;
                firstRounds = e.getValue();
            } else {
                ratio(first, firstRounds, r, e.getValue());
            }
        }
        return errors;
    }

    private void ratio(RunResult a, List<RunResult> aRounds, RunResult b, List<RunResult> bRounds) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < Math.min(aRounds.size(), bRounds.size()); i++) {
            double x = aRounds.get(i).opsPerSecond() / bRounds.get(i).opsPerSecond();
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        String line = String.format(Locale.ROOT, "%s/%s: events/s %.2fx (per round %.2fx..%.2fx), p50 latency %s, "
                + "p99 latency %s, client cpu/event %s", a.client(), b.client(), a.opsPerSecond() / b.opsPerSecond(),
                min, max, ratio(a.percentileMicros(50), b.percentileMicros(50)),
                ratio(a.percentileMicros(99), b.percentileMicros(99)),
                ratio(a.cpuMicrosPerRequest(0), b.cpuMicrosPerRequest(0)));
        (o.csv() ? err : out).println(o.csv() ? "# " + line : line);
    }

    /** The watchers' table: time to open them, heap and threads, and each client's threads by name. */
    void watchers(Collection<WatchBench.Side> all, ThreadAccounting threads) {
        PrintStream p = o.csv() ? err : out;
        String prefix = o.csv() ? "# " : "";
        p.println(o.csv() ? "#" : "");
        p.printf(Locale.ROOT, "%s%d watchers%n", prefix, watchers);
        p.printf(Locale.ROOT, "%s%-7s %10s %9s %13s %8s%n", prefix, "client", "create ms", "heap MB", "heap/watcher",
                "threads");
        WatchBench.Side first = null;
        for (WatchBench.Side s : all) {
            p.printf(Locale.ROOT, "%s%-7s %10.0f %9.1f %11d B %8d%n", prefix, s.name, s.createNanos / 1e6,
                    s.heapBytes / 1e6, s.heapBytes / watchers, threads.peak(s.name));
            if (first == null) {
                first = s;
            } else {
                p.printf(Locale.ROOT, "%s%s/%s: create time %s, heap %s, threads %s%n", prefix, first.name, s.name,
                        ratio(first.createNanos, s.createNanos), ratio(first.heapBytes, s.heapBytes),
                        ratio(threads.peak(first.name), threads.peak(s.name)));
            }
        }
        for (WatchBench.Side s : all) {
            p.println(prefix + s.name + " threads (most alive at once): " + threads.peak(s.name) + " = "
                    + threads.peakNames(s.name).entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
    }

    private static String ratio(double a, double b) {
        return a < 0 || b <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    private static String cpu(RunResult r, int which) {
        double v = r.cpuMicrosPerRequest(which);
        return v < 0 ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String us(RunResult r, double percentile) {
        long v = r.percentileMicros(percentile);
        return v < 0 ? "-" : Long.toString(v);
    }
}
