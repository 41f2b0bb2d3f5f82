package io.etcdj.bench;

import io.etcdj.EtcdClient;
import io.etcdj.testing.EtcdCluster;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The {@code lease-keepalive} workload: per library, one client that grants {@code --leases}
 * leases ({@code --inflight} grants outstanding) and keeps them all alive with its own automatic
 * keep-alive for {@code --duration} seconds; the libraries take turns over {@code --rounds}
 * rounds, the order reversed each round, each turn with a new client and new leases. Measured
 * while the leases are kept alive (after granting, which is not measured): refreshes per second
 * (keep-alive answers etcd sent), the client's CPU time per refresh (this JVM less its JIT
 * threads) and etcd's, the client's threads, and the heap the client and its leases keep after a
 * GC. At the end of each turn a separate etcdj client asks etcd for every lease's time to live:
 * every one must still exist, and no lease may have been reported lost.
 */
final class LeaseKeepAliveBench {
    /** The workload's name on the command line. */
    static final String NAME = "lease-keepalive";

    private final BenchOptions o;
    private final int leases;
    private final long ttlSeconds;
    private final long durationSeconds;
    private final PrintStream out;
    private final PrintStream err;

    /** What one turn of one library measured. */
    record Turn(String client, long refreshes, long windowNanos, long clientCpuNanos, long serverCpuNanos,
            long stealNanos, long heapBytes, int alive, long errors, String firstError) {
    }

    LeaseKeepAliveBench(BenchOptions options, int leases, long ttlSeconds, long durationSeconds, PrintStream out,
            PrintStream err) {
        this.o = options;
        this.leases = leases;
        this.ttlSeconds = ttlSeconds;
        this.durationSeconds = durationSeconds;
        this.out = out;
        this.err = err;
    }

    int run() throws Exception {
        EtcdCluster cluster = null;
        try (ThreadAccounting threads = new ThreadAccounting()) {
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
                    err.println("# go has no lease-keepalive workload: skipped");
                } else {
                    order.add(c);
                }
            }
            Map<String, List<Turn>> turns = new LinkedHashMap<>();
            order.forEach(c -> turns.put(c, new ArrayList<>()));
            long window = TimeUnit.SECONDS.toNanos(durationSeconds) / o.rounds();
            try (EtcdClient checker = EtcdClient.builder().endpoints(endpoints).build()) {
                checker.kv().get("lk/connect");
                for (int r = 0; r < o.rounds(); r++) {
                    for (String c : order) {
                        Turn t = turn(c, endpoints, window, cpu, threads, checker);
                        turns.get(c).add(t);
                        err.printf(Locale.ROOT, "# round %d %s: %d refreshes in %.1f s, %d of %d leases alive, "
                                + "%d errors%s%n", r + 1, c, t.refreshes, t.windowNanos / 1e9, t.alive, leases,
                                t.errors, t.firstError == null ? "" : ", first: " + t.firstError);
                        // the turn's leases expire on their own; let etcd finish with them before the next turn
                        Thread.sleep(TimeUnit.SECONDS.toMillis(ttlSeconds) + 1000);
                    }
                    Collections.reverse(order);
                }
            }
            long errors = 0;
            for (List<Turn> ts : turns.values()) {
                for (Turn t : ts) {
                    errors += t.errors + (leases - t.alive);
                }
            }
            Map<String, Integer> peaks = new LinkedHashMap<>();
            turns.keySet().forEach(c -> peaks.put(c, threads.peak(c)));
            new LeaseKeepAliveReport(leases, ttlSeconds, out).print(endpoints, cluster != null, turns, peaks);
            return errors == 0 ? 0 : 1;
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private Turn turn(String name, List<String> endpoints, long window, CpuMeter cpu, ThreadAccounting threads,
            EtcdClient checker) throws Exception {
        long heapBefore = heapAfterGc();
        KeepAliveClient client;
        threads.enter(name);
        try {
            client = KeepAliveClient.create(name, endpoints);
            grantAll(client);
        } finally {
            threads.exit();
        }
        try {
            long heap = heapAfterGc() - heapBefore;
            threads.enter(name);
            long refreshes0 = client.refreshes.get();
            CpuMeter.Mark m0 = cpu.mark();
            long start = System.nanoTime();
            try {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(window));
            } finally {
                threads.exit();
            }
            long[] used = cpu.mark().since(m0);
            long elapsed = System.nanoTime() - start;
            long refreshes = client.refreshes.get() - refreshes0;
            int alive = countAlive(checker, client);
            return new Turn(name, refreshes, elapsed, used[0], used[1], used[2], heap, alive, client.errors.get(),
                    client.firstError.get());
        } finally {
            client.close();
        }
    }

    /** Grants the leases with at most {@code --inflight} grants outstanding. */
    private void grantAll(KeepAliveClient client) throws InterruptedException {
        Semaphore window = new Semaphore(o.inflight().get(0));
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < leases; i++) {
            window.acquire();
            CompletableFuture<?> f = client.grantAndKeepAlive(ttlSeconds).whenComplete((v, e) -> {
                window.release();
                if (e != null) {
                    client.error("grant failed: " + e);
                }
            });
            pending.add(f);
        }
        for (CompletableFuture<?> f : pending) {
            try {
                f.get(o.maxSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                // counted in whenComplete
            }
        }
    }

    /** @return how many of the client's leases etcd still has, asked through the checker */
    private int countAlive(EtcdClient checker, KeepAliveClient client) throws InterruptedException {
        Semaphore window = new Semaphore(64);
        List<CompletableFuture<Boolean>> checks = new ArrayList<>();
        for (long id : client.ids) {
            window.acquire();
            checks.add(checker.async().lease().timeToLive(id, false)
                    .whenComplete((v, e) -> window.release())
                    .thenApply(t -> t.exists() && t.ttlSeconds() > 0));
        }
        int alive = 0;
        for (CompletableFuture<Boolean> c : checks) {
            try {
                if (c.get(30, TimeUnit.SECONDS)) {
                    alive++;
                }
            } catch (Exception e) {
                client.error("time-to-live check failed: " + e);
            }
        }
        return alive;
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
