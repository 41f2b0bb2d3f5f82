package io.etcdj.bench;

import io.etcdj.EtcdClient;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.kv.CompactOptions;
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
 * in flight runs the rounds with the clients taking turns (the order reversed every round, so that
 * none always runs first), each timed round preceded by that client's warm-up until its JIT is
 * quiet and by a compaction and defragmentation of etcd; then checks the written data and reports.
 */
final class Bench {
    /** Consecutive warm-up slices in which the JIT must have been quiet before a timed round. */
    static final int QUIET_SLICES = 2;

    /** The most warmup batches per client and number in flight (the watch workload's). */
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
                        case Transports.GRPC_CLIENT, Transports.HTTP_CLIENT ->
                                new LibraryContender.Etcdj(endpoints, o.conns(), Transports.of(name));
                        case "jetcd" -> new LibraryContender.Jetcd(endpoints, o.conns());
                        case "go" -> new GoContender(o.gobench(), endpoints.get(0), o.valSize());
                        default -> throw new IllegalArgumentException(name);
                    };
                    contenders.add(c);
                } finally {
                    threads.exit();
                }
            }
            // prepare and verify through etcdj: the measured etcdj client over gRPC when there is one, so
            // that no second etcdj client's threads are counted as the measured one's (adminWork)
            EtcdClient shared = null;
            for (Contender c : contenders) {
                if (c instanceof LibraryContender.Etcdj e && c.name().equals(Transports.GRPC_CLIENT)) {
                    shared = e.first();
                }
            }
            try (EtcdClient own = shared != null ? null : EtcdClient.builder().endpoints(endpoints).build()) {
                EtcdClient admin = shared != null ? shared : own;
                if (cluster != null) {
                    // on a loaded machine the first connection to the throwaway etcd just started
                    // can take longer than a call's deadline
                    awaitServer(threads, shared, admin);
                }
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
                List<String> endpointList = endpoints;
                Report report = new Report(o, workload, out, err);
                report.start(endpoints, cluster != null);
                Map<Contender, Long> sent = new LinkedHashMap<>();
                long totalErrors = 0;
                jdk.jfr.Recording recording = null;
                jdk.jfr.Recording instrumented = null;
                for (int inflight : o.inflight()) {
                    Map<Contender, List<RunResult>> rounds = new LinkedHashMap<>();
                    for (Contender c : keys.keySet()) {
                        rounds.put(c, new ArrayList<>());
                    }
                    List<Contender> order = new ArrayList<>(keys.keySet());
                    for (int r = 0; r < o.rounds(); r++) {
                        long n = o.total() / o.rounds() + (r < o.total() % o.rounds() ? 1 : 0);
                        if (n == 0) {
                            continue;
                        }
                        for (Contender c : order) {
                            if (instrumented == null && o.jfr() != null) {
                                // JFR on during warm-up too: starting it loads and compiles its own code,
                                // which must be done before the rounds
                                instrumented = sampling();
                            }
                            if (c.inProcess() && o.warmup() > 0) {
                                totalErrors += warmup(c, workload, keys.get(c), inflight, r, sent, threads);
                            }
                            if (o.compactDefrag()) {
                                adminWork(threads, shared, () -> settle(admin, endpointList, c.name(), inflight));
                            }
                            if (recording == null && o.jfr() != null) {
                                recording = sampling();
                            }
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
                if (recording != null) {
                    recording.stop();
                    recording.dump(o.jfr());
                    recording.close();
                    instrumented.close();
                    err.println("# JFR recording of the measured rounds written to " + o.jfr());
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
     * Warms a client up before one timed round: unmeasured slices of {@code --warmup} requests until
     * two in a row during which the JIT compiler worked for at most {@code --jit-quiet} ms each (this JVM's
     * {@code CompilationMXBean} total compilation time), at most {@code --warmup-slices} slices,
     * always at least one. On 2 cores the compiler threads would otherwise take CPU from the
     * client and the server during the timed round; and a JVM that sat idle while another client
     * ran recompiles part of its I/O path when load returns, which the slice before every round
     * absorbs.
     */
    private long warmup(Contender c, Workload workload, Keys keys, int inflight, int round, Map<Contender, Long> sent,
            ThreadAccounting threads) throws Exception {
        threads.enter(c.name());
        try {
            long errors = 0;
            long requests = 0;
            long jit = 0;
            long lastSliceJit = -1;
            int slices = 0;
            int quiet = 0;
            while (slices < o.warmupSlices()) {
                RunResult w = c.run(workload, keys, sent.getOrDefault(c, 0L), o.warmup(), inflight, limit(),
                        Meters.NONE);
                slices++;
                sent.merge(c, w.requests(), Long::sum);
                requests += w.requests();
                errors += w.errors();
                if (w.errors() > 0) {
                    err.println("# " + c.name() + " warmup: " + w.errors() + " errors, first: " + w.firstError());
                }
                lastSliceJit = w.jvmMillis() == null ? -1 : w.jvmMillis()[0];
                jit += Math.max(0, lastSliceJit);
                // compilation comes in bursts: one quiet slice is not enough, two in a row are asked for
                quiet = lastSliceJit <= o.jitQuietMillis() ? quiet + 1 : 0;
                if (quiet >= QUIET_SLICES || lastSliceJit < 0) {
                    break;
                }
            }
            err.printf(java.util.Locale.ROOT, "# %s warmup before round %d at %d in flight: %d requests in %d slices, "
                    + "JIT %d ms, %d ms in the last slice%s%n", c.name(), round + 1, inflight, requests, slices, jit,
                    lastSliceJit, lastSliceJit > o.jitQuietMillis() ? " (cap reached: the JIT was still busy)" : "");
            return errors;
        } finally {
            threads.exit();
        }
    }

    /**
     * Compacts etcd to its current revision (waiting until the compaction is applied) and
     * defragments every endpoint, so that each timed round starts from the same server state. etcd
     * 3.4 copies its write buffer for every read transaction and only a commit shrinks it: without
     * this, read figures depend on what ran before them. Done with {@code etcdctl} in a child
     * process when it is on the PATH: through etcdj in this JVM, the maintenance calls would
     * change the type profiles of etcdj's call path, and the JIT would recompile it during the
     * round that follows.
     */
    private void settle(EtcdClient admin, List<String> endpoints, String client, int inflight) {
        long t0 = System.nanoTime();
        long revision;
        String how;
        java.nio.file.Path etcdctl = etcdctl();
        if (etcdctl != null) {
            String ep = String.join(",", endpoints);
            String json = etcdctl(etcdctl, true, "--endpoints", ep, "get", "bench-settle", "-w", "json");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"revision\":(\\d+)").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("etcdctl get: no revision in " + json);
            }
            revision = Long.parseLong(m.group(1));
            // fails harmlessly when nothing was written since the last compaction
            etcdctl(etcdctl, false, "--endpoints", ep, "compact", Long.toString(revision), "--physical");
            etcdctl(etcdctl, true, "--endpoints", ep, "defrag");
            how = "etcdctl";
        } else {
            revision = admin.kv().get("bench-settle").header().revision();
            try {
                admin.kv().compact(revision, CompactOptions.builder().physical().build());
            } catch (RevisionCompactedException e) {
                // nothing written since the last compaction
            }
            for (String endpoint : endpoints) {
                admin.maintenance().defragment(endpoint);
            }
            how = "etcdj";
        }
        err.printf(java.util.Locale.ROOT, "# compacted at revision %d and defragmented (%s) before %s's round at %d in "
                + "flight (%d ms)%n", revision, how, client, inflight, (System.nanoTime() - t0) / 1_000_000);
    }

    /** @return etcdctl on the PATH, or null */
    private static java.nio.file.Path etcdctl() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            java.nio.file.Path p = java.nio.file.Path.of(dir, "etcdctl");
            if (java.nio.file.Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Runs etcdctl (API 3) and returns its output; throws when {@code check} and it failed. */
    private static String etcdctl(java.nio.file.Path etcdctl, boolean check, String... args) {
        List<String> command = new ArrayList<>();
        command.add(etcdctl.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("ETCDCTL_API", "3");
        try {
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("etcdctl " + String.join(" ", args) + " did not finish in 60 s");
            }
            if (check && p.exitValue() != 0) {
                throw new IllegalStateException("etcdctl " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return a started JFR recording of execution samples only (every 2 ms, with stacks): no
     *     instrumented events, so it changes no compiled code
     */
    private static jdk.jfr.Recording sampling() {
        jdk.jfr.Recording r = new jdk.jfr.Recording();
        r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2)).withStackTrace();
        r.start();
        return r;
    }

    /** Reads a key through the admin client until the server answers, for at most a minute. */
    private static void awaitServer(ThreadAccounting threads, EtcdClient shared, EtcdClient admin) {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try {
                adminWork(threads, shared, () -> admin.kv().get("bench-settle"));
                return;
            } catch (io.etcdj.exception.EtcdException e) {
                if (System.nanoTime() - giveUp > 0) {
                    throw e;
                }
            }
        }
    }

    /** Work through the admin client, whose threads are etcdj's when it is the measured etcdj client over gRPC. */
    private static void adminWork(ThreadAccounting threads, EtcdClient shared, Runnable work) {
        if (shared != null) {
            threads.enter(Transports.GRPC_CLIENT);
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
