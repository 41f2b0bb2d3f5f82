package io.etcdj.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Sends a bounded number of requests through the async API of a client, never more than
 * {@code inflight} outstanding at once (a window: a request is sent as soon as one completes),
 * from one thread, and records each request's latency, send to completion, in an HdrHistogram.
 */
final class LoadLoop {
    /** How long to wait for the requests still outstanding once all are sent or time is up. */
    static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(30);

    private LoadLoop() {
    }

    /**
     * @param client the client's name, for the result
     * @param request the request to send
     * @param firstSeq the number of the first request; the others follow
     * @param total how many requests to send
     * @param inflight at most this many outstanding at once
     * @param timeLimitNanos no request is sent after this much time
     * @param meters what to measure besides latency
     * @return the result; requests still outstanding after the drain time count as errors
     * @throws InterruptedException when interrupted
     */
    static RunResult run(String client, Request request, long firstSeq, long total, int inflight, long timeLimitNanos,
            Meters meters) throws InterruptedException {
        Semaphore window = new Semaphore(inflight);
        Recorder recorder = new Recorder(3);
        LongAdder errors = new LongAdder();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        Allocation.Mark mark = meters.allocation() == null ? null : meters.allocation().mark();
        CpuMeter.Mark cpu = meters.cpu() == null ? null : meters.cpu().mark();
        long[] jvm = JvmActivity.now();
        long start = System.nanoTime();
        long stopSending = start + timeLimitNanos;
        long sent = 0;
        while (sent < total) {
            long remaining = stopSending - System.nanoTime();
            if (remaining <= 0 || !window.tryAcquire(remaining, TimeUnit.NANOSECONDS)) {
                break;
            }
            long t0 = System.nanoTime();
            CompletableFuture<?> f;
            try {
                f = request.send(firstSeq + sent);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            sent++;
            f.whenComplete((r, t) -> {
                recorder.recordValue(System.nanoTime() - t0);
                if (t != null) {
                    errors.increment();
                    firstError.compareAndSet(null, t);
                }
                window.release();
            });
        }
        boolean drained = window.tryAcquire(inflight, DRAIN_NANOS, TimeUnit.NANOSECONDS);
        long elapsed = System.nanoTime() - start;
        long[] cpuNanos = cpu == null ? null : meters.cpu().mark().since(cpu);
        long alloc = mark == null ? -1 : mark.allocatedSince();
        long[] jvmMillis = JvmActivity.since(jvm);
        Histogram h = recorder.getIntervalHistogram();
        long completed = h.getTotalCount();
        long lost = drained ? 0 : sent - completed;
        Throwable t = firstError.get();
        String error = t == null ? (lost > 0 ? lost + " requests got no response within 30 s" : null) : describe(t);
        return new RunResult(client, completed + lost, errors.sum() + lost, elapsed, h, null, alloc, error, cpuNanos, jvmMillis);
    }

    private static String describe(Throwable t) {
        Throwable c = t;
        while ((c instanceof java.util.concurrent.CompletionException
                || c instanceof java.util.concurrent.ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }
}
