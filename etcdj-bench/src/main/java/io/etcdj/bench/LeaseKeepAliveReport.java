package io.etcdj.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text report of the {@code lease-keepalive} workload: per library the summed turns
 * (refreshes per second, client and etcd CPU per refresh in microseconds, heap after GC, peak
 * threads, leases alive at the end, errors) and the etcdj/jetcd ratios.
 */
final class LeaseKeepAliveReport {
    private final int leases;
    private final long ttlSeconds;
    private final PrintStream out;

    LeaseKeepAliveReport(int leases, long ttlSeconds, PrintStream out) {
        this.leases = leases;
        this.ttlSeconds = ttlSeconds;
        this.out = out;
    }

    /** Sums of one library's turns. */
    record Totals(long refreshes, double seconds, double clientCpuUs, double serverCpuUs, double stealPct,
            double heapMb, int minAlive, long errors) {
        double perSecond() {
            return refreshes / seconds;
        }

        double clientUsPerRefresh() {
            return refreshes == 0 ? Double.NaN : clientCpuUs / refreshes;
        }

        double serverUsPerRefresh() {
            return refreshes == 0 || serverCpuUs < 0 ? Double.NaN : serverCpuUs / refreshes;
        }
    }

    static Totals totals(List<LeaseKeepAliveBench.Turn> turns) {
        long refreshes = 0;
        long nanos = 0;
        long client = 0;
        long server = 0;
        long steal = 0;
        long heap = 0;
        int minAlive = Integer.MAX_VALUE;
        long errors = 0;
        for (LeaseKeepAliveBench.Turn t : turns) {
            refreshes += t.refreshes();
            nanos += t.windowNanos();
            client += t.clientCpuNanos();
            server = server < 0 || t.serverCpuNanos() < 0 ? -1 : server + t.serverCpuNanos();
            steal += Math.max(0, t.stealNanos());
            heap = Math.max(heap, t.heapBytes());
            minAlive = Math.min(minAlive, t.alive());
            errors += t.errors();
        }
        return new Totals(refreshes, nanos / 1e9, client / 1e3, server < 0 ? -1 : server / 1e3,
                100.0 * steal / Math.max(1, nanos * (long) Runtime.getRuntime().availableProcessors()), heap / 1e6,
                minAlive, errors);
    }

    void print(List<String> endpoints, boolean throwaway, Map<String, List<LeaseKeepAliveBench.Turn>> turns,
            Map<String, Integer> peaks) {
        out.printf(Locale.ROOT, "lease-keepalive: %d leases of TTL %d s kept alive on one client per library, "
                + "etcd at %s%s%n", leases, ttlSeconds, String.join(",", endpoints), throwaway ? " (throwaway)" : "");
        out.printf(Locale.ROOT, "%-6s %12s %10s %16s %14s %12s %8s %8s %7s%n", "client", "refreshes/s", "refreshes",
                "client CPU us/r", "etcd CPU us/r", "heap MB", "threads", "alive", "errors");
        for (Map.Entry<String, List<LeaseKeepAliveBench.Turn>> e : turns.entrySet()) {
            Totals t = totals(e.getValue());
            out.printf(Locale.ROOT, "%-6s %12.0f %10d %16.2f %14.2f %12.1f %8d %8s %7d%n", e.getKey(), t.perSecond(),
                    t.refreshes(), t.clientUsPerRefresh(), t.serverUsPerRefresh(), t.heapMb(), peaks.get(e.getKey()),
                    t.minAlive() + "/" + leases, t.errors());
        }
        out.printf(Locale.ROOT, "stolen CPU during the windows: %s%n", String.join(", ", turns.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), totals(e.getValue()).stealPct())).toList()));
        if (turns.containsKey("etcdj") && turns.containsKey("jetcd")) {
            Totals j = totals(turns.get("etcdj"));
            Totals k = totals(turns.get("jetcd"));
            out.printf(Locale.ROOT, "etcdj/jetcd: refreshes/s %.2f, client CPU per refresh %.2f, heap %.2f, threads %d/%d%n",
                    j.perSecond() / k.perSecond(), j.clientUsPerRefresh() / k.clientUsPerRefresh(), j.heapMb() / k.heapMb(),
                    peaks.get("etcdj"), peaks.get("jetcd"));
        }
    }
}
