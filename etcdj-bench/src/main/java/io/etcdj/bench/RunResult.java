package io.etcdj.bench;

import org.HdrHistogram.Histogram;

/**
 * What one client did in one or more runs of a workload at one number of requests in flight.
 *
 * @param client the client's name
 * @param requests requests that completed, successfully or not
 * @param errors requests that failed, timed out or got an unexpected response
 * @param elapsedNanos wall time of the runs, first request sent to last response received
 * @param latencyNanos latencies of every completed request, in nanoseconds; null when the client
 *     reports only percentiles (the Go tool)
 * @param reportedPercentiles {@code {p50, p90, p99, p99.9}} in microseconds, -1 where unknown; used
 *     when {@code latencyNanos} is null
 * @param allocatedBytes bytes allocated by the whole JVM during the runs, -1 when not measured
 * @param firstError the first error seen, or null
 * @param cpuNanos CPU time during the runs, {@code {client, server, stolen[, jit]}} in nanoseconds, -1
 *     where unknown (see {@link CpuMeter}); the client's excludes its JVM's JIT compiler threads,
 *     which are the fourth figure
 * @param jvmMillis {@code {jit, gc}} milliseconds the JVM spent during the runs, or null
 */
public record RunResult(String client, long requests, long errors, long elapsedNanos, Histogram latencyNanos,
        long[] reportedPercentiles, long allocatedBytes, String firstError, long[] cpuNanos, long[] jvmMillis) {

    /** @return completed requests per second */
    public double opsPerSecond() {
        return elapsedNanos <= 0 ? 0 : requests * 1e9 / elapsedNanos;
    }

    /**
     * @param percentile 50, 90, 99 or 99.9
     * @return the latency at that percentile in microseconds, or -1 when unknown
     */
    public long percentileMicros(double percentile) {
        if (latencyNanos != null) {
            return latencyNanos.getTotalCount() == 0 ? -1
                    : Math.round(latencyNanos.getValueAtPercentile(percentile) / 1000.0);
        }
        int i = percentile == 50 ? 0 : percentile == 90 ? 1 : percentile == 99 ? 2 : 3;
        return reportedPercentiles == null ? -1 : reportedPercentiles[i];
    }

    /** @return bytes allocated per request, or -1 when not measured */
    public long allocatedPerRequest() {
        return allocatedBytes < 0 || requests == 0 ? -1 : allocatedBytes / requests;
    }

    /**
     * @param which 0 for the client, 1 for the server, 3 for the client JVM's JIT compiler threads
     * @return CPU microseconds per request, or -1 when unknown
     */
    public double cpuMicrosPerRequest(int which) {
        return cpuNanos == null || which >= cpuNanos.length || cpuNanos[which] < 0 || requests == 0 ? -1
                : cpuNanos[which] / 1000.0 / requests;
    }

    /** @return the share of the machine's CPU time stolen by the hypervisor during the runs, or -1 */
    public double stolenShare(int cores) {
        return cpuNanos == null || cpuNanos[2] < 0 || elapsedNanos <= 0 ? -1
                : cpuNanos[2] / (double) (elapsedNanos * (long) cores);
    }

    /**
     * @param other a later run of the same client
     * @return the two runs as one: requests, errors and time added, histograms merged
     */
    public RunResult plus(RunResult other) {
        Histogram h = null;
        if (latencyNanos != null && other.latencyNanos != null) {
            h = latencyNanos.copy();
            h.add(other.latencyNanos);
        }
        long[] p = null;
        if (reportedPercentiles != null && other.reportedPercentiles != null) {
            p = new long[4];
            for (int i = 0; i < 4; i++) {
                // the Go tool gives no histogram: weight its per-run percentiles by requests
                p[i] = reportedPercentiles[i] < 0 || other.reportedPercentiles[i] < 0 ? -1
                        : (reportedPercentiles[i] * requests + other.reportedPercentiles[i] * other.requests)
                                / Math.max(1, requests + other.requests);
            }
        }
        long alloc = allocatedBytes < 0 || other.allocatedBytes < 0 ? -1 : allocatedBytes + other.allocatedBytes;
        long[] cpu = null;
        if (cpuNanos != null && other.cpuNanos != null) {
            cpu = new long[Math.min(cpuNanos.length, other.cpuNanos.length)];
            for (int i = 0; i < cpu.length; i++) {
                cpu[i] = cpuNanos[i] < 0 || other.cpuNanos[i] < 0 ? -1 : cpuNanos[i] + other.cpuNanos[i];
            }
        }
        long[] jvm = jvmMillis == null || other.jvmMillis == null ? null
                : new long[] {jvmMillis[0] + other.jvmMillis[0], jvmMillis[1] + other.jvmMillis[1]};
        return new RunResult(client, requests + other.requests, errors + other.errors,
                elapsedNanos + other.elapsedNanos, h, p, alloc, firstError != null ? firstError : other.firstError,
                cpu, jvm);
    }
}
