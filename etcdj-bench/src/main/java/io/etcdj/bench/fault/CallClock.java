package io.etcdj.bench.fault;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Times every call of the fault run, per kind (put, get, txn, lock, ...): how many, the longest,
 * and each one that took longer than its deadline plus the stated slack. Thread-safe.
 */
final class CallClock {
    private final long slackNanos;
    private final Consumer<String> violation;
    private final Map<String, long[]> stats = new TreeMap<>(); // kind -> {count, max nanos, failures}

    /**
     * @param slack how much longer than its deadline a call may take
     * @param violation told of each call that took too long
     */
    CallClock(Duration slack, Consumer<String> violation) {
        this.slackNanos = slack.toNanos();
        this.violation = violation;
    }

    /**
     * Runs a call and records how long it took, whether it returned or threw.
     *
     * @param kind what the call is
     * @param deadline its deadline
     * @param call the call
     * @param <T> its result
     * @return its result
     * @throws Exception what the call threw
     */
    <T> T time(String kind, Duration deadline, Callable<T> call) throws Exception {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            T result = call.call();
            failed = false;
            return result;
        } finally {
            long took = System.nanoTime() - start;
            synchronized (stats) {
                long[] s = stats.computeIfAbsent(kind, k -> new long[3]);
                s[0]++;
                s[1] = Math.max(s[1], took);
                if (failed) {
                    s[2]++;
                }
            }
            if (took > deadline.toNanos() + slackNanos) {
                violation.accept(String.format("deadline: a %s call took %d ms, more than its deadline %d ms + slack %d ms"
                        + (failed ? " (it failed)" : ""), kind, took / 1_000_000, deadline.toMillis(),
                        slackNanos / 1_000_000));
            }
        }
    }

    /** @return one line per kind: calls, failures, longest */
    String summary() {
        StringBuilder b = new StringBuilder();
        synchronized (stats) {
            stats.forEach((kind, s) -> b.append(String.format("  %-8s %7d calls, %5d failed, longest %5d ms%n", kind, s[0],
                    s[2], s[1] / 1_000_000)));
        }
        return b.toString();
    }
}
