package io.etcdj.bench;

import io.etcdj.kv.AsyncKv;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The watch workload's writer: one etcdj client, separate from the watching clients and the same
 * for every library under test, sending puts through etcdj's async KV with a window of
 * {@code inflight} outstanding (as {@link LoadLoop} does). Put {@code seq} writes key
 * {@code seq % watchers} with {@link WatchSink#value}, its send time stored in the sink just
 * before it is sent.
 */
final class WatchWriter {
    private final AsyncKv kv;
    private final int valSize;

    /**
     * @param kv the writer client's async KV
     * @param valSize bytes per value (at least 8 are written)
     */
    WatchWriter(AsyncKv kv, int valSize) {
        this.kv = kv;
        this.valSize = valSize;
    }

    /** What a writer run did: puts sent and failed, and the first failure. */
    record Result(long sent, long errors, String firstError) {
    }

    /**
     * @param keys the watched keys
     * @param sink where send times go
     * @param from the first put's number
     * @param to the number after the last put's
     * @param inflight the most puts outstanding at once
     * @param stopSendingAt no put is sent after this {@link System#nanoTime()}
     * @return the result, once every put sent has completed or the drain time is over
     * @throws InterruptedException when interrupted
     */
    Result run(Keys keys, WatchSink sink, long from, long to, int inflight, long stopSendingAt)
            throws InterruptedException {
        Semaphore window = new Semaphore(inflight);
        LongAdder errors = new LongAdder();
        AtomicReference<Throwable> first = new AtomicReference<>();
        long seq = from;
        while (seq < to) {
            long remaining = stopSendingAt - System.nanoTime();
            if (remaining <= 0 || !window.tryAcquire(remaining, TimeUnit.NANOSECONDS)) {
                break;
            }
            byte[] value = WatchSink.value(seq, valSize);
            sink.sent(seq, System.nanoTime());
            kv.put(keys.key(seq), value).whenComplete((r, t) -> {
                if (t != null) {
                    errors.increment();
                    first.compareAndSet(null, t);
                }
                window.release();
            });
            seq++;
        }
        long sent = seq - from;
        if (!window.tryAcquire(inflight, LoadLoop.DRAIN_NANOS, TimeUnit.NANOSECONDS)) {
            errors.add(inflight - window.availablePermits());
            first.compareAndSet(null, new IllegalStateException("puts without a response after 30 s"));
        }
        Throwable t = first.get();
        return new Result(sent, errors.sum(), t == null ? null : t.toString());
    }
}
