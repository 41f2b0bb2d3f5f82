package io.etcdj.bench;

import io.etcdj.EtcdClient;
import io.etcdj.testing.EtcdCluster;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The {@code watch} workload, which has another shape than the request workloads of
 * {@link Workload}: per library, one client holding {@code --watchers} watches, each on its own
 * key, opened once and kept open; one separate etcdj writer client puts on the watched keys with
 * {@code --inflight} puts outstanding, and the listeners record put-to-event latency. Each
 * library's client is created and its watches opened one after the other (the time until etcd
 * confirmed them all, and the heap the client and its watches keep after a GC); then the
 * libraries take turns over {@code --rounds} rounds, the order reversed each round, as the other
 * workloads do. At the end every watcher must have received exactly the events of the puts on its
 * key.
 */
final class WatchBench {
    /** The workload's name on the command line. */
    static final String NAME = "watch";

    private final BenchOptions o;
    private final int watchers;
    private final PrintStream out;
    private final PrintStream err;

    /** One library under test: its client and watches, and what was measured when they opened. */
    static final class Side {
        final String name;
        final Keys keys;
        final WatchSink sink;
        WatchClient client;
        long sent;
        long putErrors;
        long createNanos = -1;
        long heapBytes = -1;

        Side(String name, Keys keys, WatchSink sink) {
            this.name = name;
            this.keys = keys;
            this.sink = sink;
        }
    }

    WatchBench(BenchOptions options, int watchers, PrintStream out, PrintStream err) {
        this.o = options;
        this.watchers = watchers;
        this.out = out;
        this.err = err;
    }

    int run() throws Exception {
        EtcdCluster cluster = null;
        EtcdClient writerClient = null;
        Map<String, Side> sides = new LinkedHashMap<>();
        try (ThreadAccounting threads = new ThreadAccounting()) {
            List<String> endpoints = o.endpoints();
            if (endpoints.isEmpty()) {
                cluster = EtcdCluster.builder().start();
                endpoints = cluster.clientEndpoints();
                err.println("# started a throwaway etcd at " + String.join(",", endpoints));
            }
            CpuMeter cpu = new CpuMeter(cluster != null ? cluster.member(0).pid() : -1);
            Allocation allocation = Allocation.create();
            WatchReport report = new WatchReport(o, watchers, out, err);
            report.start(endpoints, cluster != null);
            long maxPuts = o.inflight().size() * (o.warmup() * Bench.MAX_WARMUP_BATCHES + o.total());
            // the watching clients first, each in its own period: the threads that appear belong to it
            for (String name : o.clients()) {
                if (name.equals("go")) {
                    err.println("# go has no watch workload: skipped");
                    continue;
                }
                Side side = new Side(name, Keys.of("w" + name.charAt(0) + "/", o.keySize(), watchers, o.valSize()),
                        new WatchSink(watchers, maxPuts));
                sides.put(name, side);
                open(side, endpoints, threads);
            }
            // the writer last, outside any client's period, connected before any measurement
            writerClient = EtcdClient.builder().endpoints(endpoints).build();
            writerClient.kv().put("ww/connect", "x");
            WatchWriter writer = new WatchWriter(writerClient.async().kv(), o.valSize());
            long errors = 0;
            for (int inflight : o.inflight()) {
                Map<Side, List<RunResult>> rounds = new LinkedHashMap<>();
                for (Side s : sides.values()) {
                    rounds.put(s, new ArrayList<>());
                    if (o.warmup() > 0) {
                        errors += warmup(s, writer, inflight, threads);
                    }
                }
                List<Side> order = new ArrayList<>(sides.values());
                for (int r = 0; r < o.rounds(); r++) {
                    long n = o.total() / o.rounds() + (r < o.total() % o.rounds() ? 1 : 0);
                    if (n == 0) {
                        continue;
                    }
                    for (Side s : order) {
                        threads.enter(s.name);
                        try {
                            rounds.get(s).add(phase(s, writer, n, inflight, new Meters(allocation, cpu), true));
                        } finally {
                            threads.exit();
                        }
                    }
                    Collections.reverse(order);
                }
                Map<String, Integer> peaks = new LinkedHashMap<>();
                for (Side s : sides.values()) {
                    peaks.put(s.name, threads.peak(s.name));
                }
                errors += report.inflight(inflight, rounds, peaks);
            }
            for (Side s : sides.values()) {
                s.sink.awaitDelivered(s.sent - s.putErrors, LoadLoop.DRAIN_NANOS);
                long wrong = s.sink.checkCounts(s.sent);
                if (wrong > 0 || s.sink.errors() > 0) {
                    err.println("# " + s.name + ": " + wrong + " watchers with a wrong number of events, "
                            + s.sink.errors() + " watch errors; first: " + s.sink.firstError());
                }
                errors += wrong + s.sink.errors();
            }
            report.watchers(sides.values(), threads);
            return errors == 0 ? 0 : 1;
        } finally {
            for (Side s : sides.values()) {
                s.sink.closing();
                if (s.client != null) {
                    s.client.close();
                }
            }
            if (writerClient != null) {
                writerClient.close();
            }
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /** Creates the side's client, opens its watches and waits until etcd confirmed them all. */
    private void open(Side side, List<String> endpoints, ThreadAccounting threads) throws InterruptedException {
        Duration confirmTimeout = Duration.ofSeconds(o.maxSeconds());
        long heapBefore = heapAfterGc();
        threads.enter(side.name);
        try {
            side.client = WatchClient.create(side.name, endpoints);
            long start = System.nanoTime();
            side.client.open(side.keys, side.sink, confirmTimeout);
            if (side.sink.awaitConfirmed(confirmTimeout.toNanos() + TimeUnit.SECONDS.toNanos(5))) {
                side.createNanos = side.sink.lastConfirmNanos() - start;
            } else {
                side.sink.error("only " + side.sink.confirmations() + " of " + watchers + " watches confirmed in "
                        + confirmTimeout.toSeconds() + " s");
            }
        } finally {
            threads.exit();
        }
        side.heapBytes = heapAfterGc() - heapBefore;
        err.printf(Locale.ROOT, "# %s: %d watches confirmed in %.0f ms, heap %+.1f MB after GC%n", side.name,
                side.sink.confirmations(), side.createNanos / 1e6, side.heapBytes / 1e6);
    }

    /**
     * Sends {@code n} puts on the side's keys and waits for their events.
     *
     * @return the run: events delivered per second (first put sent to last event delivered),
     *     put-to-event latencies, and errors (failed puts, events that never came)
     */
    private RunResult phase(Side s, WatchWriter writer, long n, int inflight, Meters meters, boolean record)
            throws InterruptedException {
        s.sink.recording(record);
        long delivered = s.sink.delivered();
        Allocation.Mark alloc = meters.allocation() == null ? null : meters.allocation().mark();
        CpuMeter.Mark cpu = meters.cpu() == null ? null : meters.cpu().mark();
        long[] jvm = JvmActivity.now();
        long start = System.nanoTime();
        WatchWriter.Result w = writer.run(s.keys, s.sink, s.sent, s.sent + n, inflight,
                start + TimeUnit.SECONDS.toNanos(o.maxSeconds()));
        s.sent += w.sent();
        s.putErrors += w.errors();
        boolean all = s.sink.awaitDelivered(s.sent - s.putErrors, LoadLoop.DRAIN_NANOS);
        long end = all ? s.sink.lastEventNanos() : System.nanoTime();
        long[] cpuNanos = cpu == null ? null : meters.cpu().mark().since(cpu);
        long allocated = alloc == null ? -1 : alloc.allocatedSince();
        long[] jvmMillis = JvmActivity.since(jvm);
        long events = s.sink.delivered() - delivered;
        Histogram h = s.sink.latencies();
        long missing = all ? 0 : s.sent - s.putErrors - s.sink.delivered();
        String error = w.firstError() != null ? "put failed: " + w.firstError()
                : missing > 0 ? missing + " events not delivered within 30 s" : null;
        return new RunResult(s.name, events, w.errors() + missing, end - start, record ? h : null, null, allocated,
                error, cpuNanos, jvmMillis);
    }

    /** Unmeasured batches of {@code --warmup} puts until the JIT compiler is nearly done, as {@link Bench} does. */
    private long warmup(Side s, WatchWriter writer, int inflight, ThreadAccounting threads) throws InterruptedException {
        threads.enter(s.name);
        try {
            long errors = 0;
            long puts = 0;
            long jit = 0;
            int batch = 0;
            while (batch < Bench.MAX_WARMUP_BATCHES) {
                RunResult w = phase(s, writer, o.warmup(), inflight, Meters.NONE, false);
                batch++;
                puts += w.requests();
                errors += w.errors();
                if (w.errors() > 0) {
                    err.println("# " + s.name + " warmup: " + w.errors() + " errors, first: " + w.firstError());
                }
                long batchJit = w.jvmMillis()[0];
                jit += Math.max(0, batchJit);
                if (batchJit < 0 || batchJit < 0.05 * w.elapsedNanos() / 1e6) {
                    break;
                }
            }
            err.printf(Locale.ROOT, "# %s warmup at %d in flight: %d events in %d batches, JIT %d ms%n", s.name,
                    inflight, puts, batch, jit);
            return errors;
        } finally {
            threads.exit();
        }
    }

    /** @return heap bytes in use after full collections */
    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
