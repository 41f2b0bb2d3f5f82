package io.etcdj.bench;

import io.etcdj.testing.EtcdCluster;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * The {@code lock} workload: per library, one client and {@code --contenders} threads, each with a
 * session of its own (a kept-alive lease of {@code --ttl} seconds), acquiring and releasing one
 * lock name as fast as they can for {@code --duration} seconds split over {@code --rounds} turns;
 * the libraries take turns, the order reversed each round, each turn with a new client, new
 * sessions and a lock name of its own, and an unmeasured second of warm-up first. Measured:
 * acquisitions per second, acquire latency (from the call to holding the lock, so it includes the
 * wait behind the other contenders), the client's CPU time per acquisition (this JVM less its JIT
 * threads) and etcd's. Mutual exclusion is checked: inside the lock each contender reads a shared
 * counter, yields and writes it back plus one, and counts how many contenders are inside; after a
 * turn the counter must equal the number of acquisitions and no two contenders may have been inside
 * at once.
 */
final class LockBench {
    /** The workload's name on the command line. */
    static final String NAME = "lock";
    private static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final BenchOptions o;
    private final int contenders;
    private final long ttlSeconds;
    private final long durationSeconds;
    private final PrintStream out;
    private final PrintStream err;

    /** What one turn of one library measured. */
    record Turn(String client, long acquisitions, long windowNanos, Histogram latencyNanos, long clientCpuNanos,
            long serverCpuNanos, long allAcquisitions, long counter, long overlaps, long errors, String firstError) {
        boolean exclusive() {
            return overlaps == 0 && counter == allAcquisitions;
        }
    }

    LockBench(BenchOptions options, int contenders, long ttlSeconds, long durationSeconds, PrintStream out,
            PrintStream err) {
        this.o = options;
        this.contenders = contenders;
        this.ttlSeconds = ttlSeconds;
        this.durationSeconds = durationSeconds;
        this.out = out;
        this.err = err;
    }

    int run() throws Exception {
        EtcdCluster cluster = null;
        try {
            List<String> endpoints = o.endpoints();
            if (endpoints.isEmpty()) {
                cluster = EtcdCluster.builder().start();
                endpoints = cluster.clientEndpoints();
                err.println("# started a throwaway etcd at " + String.join(",", endpoints));
            }
            CpuMeter cpu = new CpuMeter(cluster != null ? cluster.member(0).pid() : -1);
            List<String> order = new ArrayList<>();
            for (String c : o.clients()) {
                if (c.equals("go")) {
                    err.println("# go has no lock workload: skipped");
                } else {
                    order.add(c);
                }
            }
            Map<String, List<Turn>> turns = new LinkedHashMap<>();
            order.forEach(c -> turns.put(c, new ArrayList<>()));
            long window = TimeUnit.SECONDS.toNanos(durationSeconds) / o.rounds();
            for (int r = 0; r < o.rounds(); r++) {
                for (String c : order) {
                    Turn t = turn(c, "bench-lock/" + c + "-" + r, endpoints, window, cpu);
                    turns.get(c).add(t);
                    err.printf(Locale.ROOT, "# round %d %s: %d acquisitions in %.1f s (%d with warm-up), counter %d, "
                            + "%d overlaps, %d errors%s%n", r + 1, c, t.acquisitions, t.windowNanos / 1e9,
                            t.allAcquisitions, t.counter, t.overlaps, t.errors,
                            t.firstError == null ? "" : ", first: " + t.firstError);
                }
                Collections.reverse(order);
            }
            new LockReport(contenders, ttlSeconds, out).print(endpoints, cluster != null, turns);
            boolean ok = turns.values().stream().flatMap(List::stream).allMatch(t -> t.errors == 0 && t.exclusive());
            return ok ? 0 : 1;
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private Turn turn(String client, String lockName, List<String> endpoints, long window, CpuMeter cpu)
            throws Exception {
        AtomicLong counter = new AtomicLong();
        AtomicInteger inside = new AtomicInteger();
        AtomicLong overlaps = new AtomicLong();
        AtomicLong all = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        long[] bounds = {Long.MAX_VALUE, Long.MAX_VALUE}; // measuring window [start, end), set below
        Object boundsLock = new Object();
        try (LockClient lib = LockClient.create(client, endpoints)) {
            List<LockClient.Contender> sessions = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                sessions.add(lib.contender(ttlSeconds));
            }
            List<Thread> threads = new ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            for (int i = 0; i < contenders; i++) {
                LockClient.Contender me = sessions.get(i);
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        Object held;
                        try {
                            held = me.acquire(lockName);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "acquire: " + e);
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (inside.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        long v = counter.get();
                        Thread.yield();
                        counter.set(v + 1);
                        inside.decrementAndGet();
                        all.incrementAndGet();
                        synchronized (boundsLock) {
                            if (t1 >= bounds[0] && t1 < bounds[1]) {
                                measured.incrementAndGet();
                                latency.recordValue(Math.min(t1 - t0, latency.getHighestTrackableValue()));
                            }
                        }
                        try {
                            me.release(held);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "release: " + e);
                        }
                    }
                }, "lock-contender-" + i);
                threads.add(t);
                t.start();
            }
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(WARMUP_NANOS));
            CpuMeter.Mark m0 = cpu.mark();
            long start = System.nanoTime();
            synchronized (boundsLock) {
                bounds[0] = start;
            }
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(window));
            long end = System.nanoTime();
            synchronized (boundsLock) {
                bounds[1] = end;
            }
            long[] used = cpu.mark().since(m0);
            stop.set(true);
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(40));
            }
            sessions.forEach(LockClient.Contender::close);
            return new Turn(client, measured.get(), end - start, latency, used[0], used[1], all.get(), counter.get(),
                    overlaps.get(), errors.get(), firstError.get());
        }
    }
}
