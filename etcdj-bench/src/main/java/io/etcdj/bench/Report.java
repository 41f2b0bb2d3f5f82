package io.etcdj.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints results: a table per number in flight and the ratios (text), or CSV rows. */
final class Report {
    /** The CSV header; one row follows per client and number in flight. */
    static final String CSV_HEADER = "client,workload,inflight,total,ops_per_sec,p50_us,p90_us,p99_us,p999_us,errors";

    private final BenchOptions o;
    private final Workload workload;
    private final PrintStream out;
    private final PrintStream err;

    Report(BenchOptions options, Workload workload, PrintStream out, PrintStream err) {
        this.o = options;
        this.workload = workload;
        this.out = out;
        this.err = err;
    }

    void start(List<String> endpoints, boolean throwaway) {
        String setup = String.format(Locale.ROOT,
                "%s: %d requests per client at each in-flight level in %d rounds (clients alternating), "
                        + "%s, %s, %d conns, key %d B (space %d), value %d B, etcd %s%s",
                workload.name(), o.total(), o.rounds(),
                o.warmup() == 0 ? "no warmup" : String.format(Locale.ROOT, "before each round warmup in slices of %d "
                        + "until two in a row compile <= %d ms each (at most %d)", o.warmup(), o.jitQuietMillis(), o.warmupSlices()),
                o.compactDefrag() ? "compact+defrag after each warmup" : "no compact+defrag (--no-compact-defrag)",
                o.conns(), o.keySize(), o.keySpace(),
                o.valSize(), String.join(",", endpoints), throwaway ? " (throwaway)" : "");
        String columns = "cpu/req us: the client's CPU per request (Java: this JVM's process CPU less its JIT compiler "
                + "threads, the harness's load loop included, the same for every Java client; go: the gobench process); "
                + "jit us/req: this JVM's JIT compiler threads' CPU per request; jit ms: compilation time (JVM counter) "
                + "during the timed rounds";
        if (o.csv()) {
            err.println("# " + setup);
            err.println("# " + columns);
            out.println(CSV_HEADER);
        } else {
            out.println(setup);
            out.println(columns);
        }
    }

    /**
     * @param inflight the number in flight
     * @param rounds each client's results, one per round
     * @param threadPeaks each in-process client's peak thread count so far
     * @return the number of errors
     */
    long inflight(int inflight, Map<Contender, List<RunResult>> rounds, Map<String, Integer> threadPeaks) {
        long errors = 0;
        if (!o.csv()) {
            out.println();
            out.printf(Locale.ROOT, "inflight %d%n", inflight);
            out.printf(Locale.ROOT, "%-10s %9s %8s %8s %8s %8s %6s %7s %9s %11s %9s %10s %7s%n", "client", "ops/s",
                    "p50 us", "p90 us", "p99 us", "p99.9 us", "errors", "threads", "alloc/req", "cpu/req us", "etcd cpu",
                    "jit us/req", "jit ms");
        }
        RunResult first = null;
        List<RunResult> firstRounds = null;
        for (Map.Entry<Contender, List<RunResult>> e : rounds.entrySet()) {
            RunResult r = merge(e.getValue());
            if (r == null) {
                continue;
            }
            errors += r.errors();
            if (o.csv()) {
                out.printf(Locale.ROOT, "%s,%s,%d,%d,%.0f,%s,%s,%s,%s,%d%n", r.client(), workload.name(), inflight,
                        r.requests(), r.opsPerSecond(), us(r, 50), us(r, 90), us(r, 99), us(r, 99.9), r.errors());
            } else {
                Integer t = threadPeaks.get(r.client());
                long a = r.allocatedPerRequest();
                out.printf(Locale.ROOT, "%-10s %9.0f %8s %8s %8s %8s %6d %7s %9s %11s %9s %10s %7s%n", r.client(),
                        r.opsPerSecond(), text(us(r, 50)), text(us(r, 90)), text(us(r, 99)), text(us(r, 99.9)),
                        r.errors(), t == null ? "-" : t.toString(), a < 0 ? "-" : a + " B", cpu(r, 0), cpu(r, 1),
                        cpu(r, 3), r.jvmMillis() == null || r.jvmMillis()[0] < 0 ? "-" : Long.toString(r.jvmMillis()[0]));
            }
            double stolen = r.stolenShare(Runtime.getRuntime().availableProcessors());
            if (stolen > 0.05) {
                err.printf(Locale.ROOT, "# %s at %d in flight: %.0f%% of the CPU was stolen by the hypervisor "
                        + "(other machines on the host): noisy%n", r.client(), inflight, stolen * 100);
            }
            if (r.jvmMillis() != null) {
                err.printf(Locale.ROOT, "# %s at %d in flight: JVM busy compiling (JIT) %d ms and collecting garbage %d ms "
                        + "during %d ms of measured runs%n", r.client(), inflight, r.jvmMillis()[0], r.jvmMillis()[1],
                        r.elapsedNanos() / 1_000_000);
            }
            if (r.firstError() != null) {
                err.println("# " + r.client() + " at " + inflight + " in flight: " + r.errors()
                        + " errors, first: " + r.firstError());
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
        long ap = a.percentileMicros(99);
        long bp = b.percentileMicros(99);
        String line = String.format(Locale.ROOT, "%s/%s: throughput %.2fx (per round %.2fx..%.2fx), p99 latency %s",
                a.client(), b.client(), a.opsPerSecond() / b.opsPerSecond(), min, max,
                ap < 0 || bp <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", (double) ap / bp));
        (o.csv() ? err : out).println(o.csv() ? "# " + line : line);
    }

    void threads(String client, int peak, Map<String, Integer> names) {
        String line = client + " threads (most alive at once, 1 client x " + o.conns() + " conns): " + peak + " = "
                + names.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                        .collect(Collectors.joining(", "));
        (o.csv() ? err : out).println(o.csv() ? "# " + line : (client.equals(o.clients().get(0)) ? "\n" : "") + line);
    }

    private static RunResult merge(List<RunResult> results) {
        RunResult r = null;
        for (RunResult x : results) {
            r = r == null ? x : r.plus(x);
        }
        return r;
    }

    private static String text(String s) {
        return s.isEmpty() ? "-" : s;
    }

    private static String cpu(RunResult r, int which) {
        double v = r.cpuMicrosPerRequest(which);
        return v < 0 ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String us(RunResult r, double percentile) {
        long v = r.percentileMicros(percentile);
        return v < 0 ? "" : Long.toString(v);
    }
}
