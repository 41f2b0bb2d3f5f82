package io.etcdj.bench;

import io.etcdj.EtcdClient;
import io.etcdj.testing.EtcdCluster;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One invocation: sets up the server and the clients, prepares the workload, and for each number
 * in flight warms the Java clients up, runs the rounds with the clients taking turns (the order
 * reversed every round, so that none always runs first), checks the written data and reports.
 */
final class Bench {
    /** The most warmup batches per client and number in flight. */
    static final int MAX_WARMUP_BATCHES = 20;

    private final BenchOptions o;
    private final PrintStream out;
    private final PrintStream err;

    Bench(BenchOptions options, PrintStream out, PrintStream err) {
        this.o = options;
        this.out = out;
        this.err = err;
    }

    int run() throws Exception {
        Workload workload = Workloads.create(o.workload(), o);
        EtcdCluster cluster = null;
        List<Contender> contenders = new ArrayList<>();
        try (ThreadAccounting threads = new ThreadAccounting()) {
            List<String> endpoints = o.endpoints();
            if (endpoints.isEmpty()) {
                cluster = EtcdCluster.builder().start();
                endpoints = cluster.clientEndpoints();
                err.println("# started a throwaway etcd at " + String.join(",", endpoints));
            }
            Allocation allocation = Allocation.create();
            CpuMeter cpu = new CpuMeter(cluster != null ? cluster.member(0).pid() : -1);
            Map<Contender, Keys> keys = new LinkedHashMap<>();
            for (String name : o.clients()) {
                threads.enter(name);
                try {
                    Contender c = switch (name) {
                        case "etcdj" -> new LibraryContender.Etcdj(endpoints, o.conns());
                        case "jetcd" -> new LibraryContender.Jetcd(endpoints, o.conns());
                        case "go" -> new GoContender(o.gobench(), endpoints.get(0), o.valSize());
                        default -> throw new IllegalArgumentException(name);
                    };
                    contenders.add(c);
                } finally {
                    threads.exit();
                }
            }
            // prepare and verify through etcdj: the measured etcdj client when there is one, so that
            // no second etcdj client's threads are counted as the measured one's
            EtcdClient shared = null;
            for (Contender c : contenders) {
                if (c instanceof LibraryContender.Etcdj e) {
                    shared = e.first();
                }
            }
            try (EtcdClient own = shared != null ? null : EtcdClient.builder().endpoints(endpoints).build()) {
                EtcdClient admin = shared != null ? shared : own;
                Set<String> prepared = new HashSet<>();
                for (Contender c : contenders) {
                    if (!c.supports(workload)) {
                        err.println("# " + c.name() + " has no " + workload.name() + " workload: skipped");
                        continue;
                    }
                    Keys k = Keys.of(workload.keyTag(c.name()), o.keySize(), o.keySpace(), o.valSize());
                    keys.put(c, k);
                    if (prepared.add(c.inProcess() ? k.tag() : c.name())) {
                        adminWork(threads, shared, () -> c.prepare(workload, k, admin));
                    }
                }
                Report report = new Report(o, workload, out, err);
                report.start(endpoints, cluster != null);
                Map<Contender, Long> sent = new LinkedHashMap<>();
                long totalErrors = 0;
                for (int inflight : o.inflight()) {
                    Map<Contender, List<RunResult>> rounds = new LinkedHashMap<>();
                    for (Contender c : keys.keySet()) {
                        rounds.put(c, new ArrayList<>());
                        if (c.inProcess() && o.warmup() > 0) {
                            totalErrors += warmup(c, workload, keys.get(c), inflight, sent, threads);
                        }
                    }
                    List<Contender> order = new ArrayList<>(keys.keySet());
                    for (int r = 0; r < o.rounds(); r++) {
                        long n = o.total() / o.rounds() + (r < o.total() % o.rounds() ? 1 : 0);
                        if (n == 0) {
                            continue;
                        }
                        for (Contender c : order) {
                            threads.enter(c.name());
                            try {
                                RunResult result = c.run(workload, keys.get(c), sent.getOrDefault(c, 0L), n, inflight, limit(),
                                        new Meters(c.inProcess() ? allocation : null, cpu));
                                rounds.get(c).add(result);
                                sent.merge(c, result.requests(), Long::sum);
                            } finally {
                                threads.exit();
                            }
                        }
                        java.util.Collections.reverse(order);
                    }
                    Map<String, Integer> threadPeaks = new LinkedHashMap<>();
                    for (Contender c : rounds.keySet()) {
                        if (c.inProcess()) {
                            threadPeaks.put(c.name(), threads.peak(c.name()));
                        }
                    }
                    totalErrors += report.inflight(inflight, rounds, threadPeaks);
                }
                for (Contender c : keys.keySet()) {
                    if (c.inProcess()) {
                        try {
                            adminWork(threads, shared, () -> workload.verify(admin, keys.get(c),
                                    sent.getOrDefault(c, 0L)));
                        } catch (RuntimeException e) {
                            err.println("# " + c.name() + ": the data read back is wrong: " + e.getMessage());
                            totalErrors++;
                        }
                    }
                }
                for (Contender c : keys.keySet()) {
                    if (c.inProcess()) {
                        report.threads(c.name(), threads.peak(c.name()), threads.peakNames(c.name()));
                    }
                }
                return totalErrors == 0 ? 0 : 1;
            }
        } finally {
            for (Contender c : contenders) {
                c.close();
            }
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    /**
     * Runs unmeasured batches of {@code --warmup} requests until the JIT compiler is nearly done
     * (compiling for less than 5% of a batch's wall time), at most {@link #MAX_WARMUP_BATCHES}.
     * Until then the compiler threads take a large share of this 2-core machine's CPU from the
     * client and the server, which would measure the JIT rather than the client.
     */
    private long warmup(Contender c, Workload workload, Keys keys, int inflight, Map<Contender, Long> sent,
            ThreadAccounting threads) throws Exception {
        threads.enter(c.name());
        try {
            long errors = 0;
            long requests = 0;
            long jit = 0;
            int batch = 0;
            while (batch < MAX_WARMUP_BATCHES) {
                RunResult w = c.run(workload, keys, sent.getOrDefault(c, 0L), o.warmup(), inflight, limit(),
                        Meters.NONE);
                batch++;
                sent.merge(c, w.requests(), Long::sum);
                requests += w.requests();
                errors += w.errors();
                if (w.errors() > 0) {
                    err.println("# " + c.name() + " warmup: " + w.errors() + " errors, first: " + w.firstError());
                }
                long batchJit = w.jvmMillis() == null ? -1 : w.jvmMillis()[0];
                jit += Math.max(0, batchJit);
                if (batchJit < 0 || batchJit < 0.05 * w.elapsedNanos() / 1e6) {
                    break;
                }
            }
            err.printf(java.util.Locale.ROOT, "# %s warmup at %d in flight: %d requests in %d batches, JIT %d ms%n",
                    c.name(), inflight, requests, batch, jit);
            return errors;
        } finally {
            threads.exit();
        }
    }

    /** Work through the admin client, whose threads are etcdj's when it is the measured etcdj client. */
    private static void adminWork(ThreadAccounting threads, EtcdClient shared, Runnable work) {
        if (shared != null) {
            threads.enter("etcdj");
        }
        try {
            work.run();
        } finally {
            if (shared != null) {
                threads.exit();
            }
        }
    }

    private long limit() {
        return TimeUnit.SECONDS.toNanos(o.maxSeconds());
    }
}
