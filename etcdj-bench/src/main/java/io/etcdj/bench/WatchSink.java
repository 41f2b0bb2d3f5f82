package io.etcdj.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Where the watchers of one client report, the same for every library: watcher {@code i} watches
 * key {@code i} of the client's {@link Keys}, and put number {@code seq} writes key
 * {@code seq % watchers} with a value that starts with {@code seq} (see {@link #value}). The
 * writer stores each put's send time by {@code seq}; a listener hands each event's value here,
 * which finds the send time from the value and records put-to-event latency, and counts the
 * events of each watcher so that a run can check every watcher got exactly its own.
 */
final class WatchSink {
    private final int watchers;
    private final AtomicLongArray sentAt;
    private final AtomicIntegerArray events;
    private final AtomicIntegerArray confirmedOnce;
    private final AtomicInteger confirmations = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();
    private final LongAdder errors = new LongAdder();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final Recorder recorder = new Recorder(3);
    private volatile long lastConfirmNanos;
    private volatile long lastEventNanos;
    private volatile boolean recording;
    private volatile boolean closing;

    /**
     * @param watchers the number of watchers
     * @param maxPuts the most puts the run may send
     */
    WatchSink(int watchers, long maxPuts) {
        if (maxPuts > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many puts for one run: " + maxPuts);
        }
        this.watchers = watchers;
        this.sentAt = new AtomicLongArray((int) maxPuts);
        this.events = new AtomicIntegerArray(watchers);
        this.confirmedOnce = new AtomicIntegerArray(watchers);
    }

    /**
     * @param seq a put's number
     * @param size the value's size; at least 8 bytes are written
     * @return the value of that put: {@code seq} big-endian, then filler up to {@code size} bytes
     */
    static byte[] value(long seq, int size) {
        byte[] v = new byte[Math.max(Long.BYTES, size)];
        ByteBuffer.wrap(v).putLong(seq);
        for (int i = Long.BYTES; i < v.length; i++) {
            v[i] = (byte) ('a' + i % 26);
        }
        return v;
    }

    /** @return the number of watchers */
    int watchers() {
        return watchers;
    }

    /**
     * @param seq a put about to be sent
     * @param nanos its send time, {@link System#nanoTime()}
     */
    void sent(long seq, long nanos) {
        sentAt.set((int) seq, nanos);
    }

    /** @param on whether events from now on are recorded in the latency histogram (not in warmup) */
    void recording(boolean on) {
        recording = on;
    }

    /** @param watcher a watcher etcd confirmed; a second confirmation of it (after a resume) is ignored */
    void confirmed(int watcher) {
        if (confirmedOnce.compareAndSet(watcher, 0, 1)) {
            lastConfirmNanos = System.nanoTime();
            confirmations.incrementAndGet();
        }
    }

    /**
     * One event delivered to a listener.
     *
     * @param watcher the watcher
     * @param put whether it is a put event
     * @param value the key-value's value
     */
    void event(int watcher, boolean put, byte[] value) {
        long now = System.nanoTime();
        if (!put || value.length < Long.BYTES) {
            error("watcher " + watcher + ": unexpected event (put " + put + ", value of " + value.length + " bytes)");
            return;
        }
        long seq = ByteBuffer.wrap(value).getLong();
        if (seq < 0 || seq >= sentAt.length() || seq % watchers != watcher) {
            error("watcher " + watcher + ": event of put " + seq + ", which wrote another key");
            return;
        }
        events.incrementAndGet(watcher);
        long t = sentAt.get((int) seq);
        if (recording && t != 0) {
            recorder.recordValue(Math.max(0, now - t));
        }
        lastEventNanos = now;
        delivered.incrementAndGet();
    }

    /** @param what an error reported by a watcher or its library */
    void error(String what) {
        if (closing) {
            return;
        }
        errors.increment();
        firstError.compareAndSet(null, what);
    }

    /** Errors from now on are the ones closing the client causes, not failures. */
    void closing() {
        closing = true;
    }

    /**
     * @param timeoutNanos how long to wait
     * @return whether every watcher was confirmed in time
     * @throws InterruptedException when interrupted
     */
    boolean awaitConfirmed(long timeoutNanos) throws InterruptedException {
        return await(() -> confirmations.get() >= watchers, timeoutNanos);
    }

    /**
     * @param count the number of events delivered so far that is waited for
     * @param timeoutNanos how long to wait
     * @return whether that many were delivered in time
     * @throws InterruptedException when interrupted
     */
    boolean awaitDelivered(long count, long timeoutNanos) throws InterruptedException {
        return await(() -> delivered.get() >= count, timeoutNanos);
    }

    private static boolean await(java.util.function.BooleanSupplier done, long timeoutNanos)
            throws InterruptedException {
        long end = System.nanoTime() + timeoutNanos;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            TimeUnit.MICROSECONDS.sleep(200);
        }
        return true;
    }

    /** @return watchers confirmed so far */
    int confirmations() {
        return confirmations.get();
    }

    /** @return when the last watcher was confirmed, {@link System#nanoTime()} */
    long lastConfirmNanos() {
        return lastConfirmNanos;
    }

    /** @return events delivered so far, all watchers */
    long delivered() {
        return delivered.get();
    }

    /** @return when the latest event was delivered, {@link System#nanoTime()} */
    long lastEventNanos() {
        return lastEventNanos;
    }

    /** @return latencies recorded since the last call, in nanoseconds */
    Histogram latencies() {
        return recorder.getIntervalHistogram();
    }

    /** @return errors so far */
    long errors() {
        return errors.sum();
    }

    /** @return the first error, or null */
    String firstError() {
        return firstError.get();
    }

    /**
     * Checks that every watcher got exactly the events of the puts on its key.
     *
     * @param puts how many puts were sent, numbers {@code 0..puts-1}
     * @return the number of watchers with another count; the first is reported as an error
     */
    long checkCounts(long puts) {
        long wrong = 0;
        for (int i = 0; i < watchers; i++) {
            long expected = puts / watchers + (i < puts % watchers ? 1 : 0);
            int got = events.get(i);
            if (got != expected) {
                if (wrong == 0) {
                    firstError.compareAndSet(null, "watcher " + i + " got " + got + " events, expected " + expected);
                }
                wrong++;
            }
        }
        return wrong;
    }
}
