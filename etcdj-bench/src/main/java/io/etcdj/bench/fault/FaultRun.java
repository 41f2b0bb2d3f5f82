package io.etcdj.bench.fault;

import io.etcdj.EtcdClient;
import io.etcdj.KeyValue;
import io.etcdj.bench.fault.WriteHistory.Status;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
import io.etcdj.lease.Lease;
import io.etcdj.lease.LeaseListener;
import io.etcdj.lease.LeaseState;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdMember;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One fault run against a three-member cluster: worker threads put unique values, increment a
 * counter through guarded txns, read linearizably, watch the whole key space of the run, keep a
 * lease alive with a key attached, and take a lock in turns, while a fault thread kills, pauses
 * and restarts members one at a time (a follower, the leader). At the end it checks what etcdj
 * promises (docs/guarantees.md):
 *
 * <ul>
 *   <li>no call takes longer than its deadline plus the slack;
 *   <li>every linearizable read succeeds, and sees every write that completed before it began;
 *   <li>every write that returned success is in the store's history at the revision it reported,
 *       no write that failed with a definite outcome is there, and no write is there twice;
 *   <li>the counter, incremented only by txns guarded by its mod revision, counts exactly the
 *       increments in its history, one apart each, between the successful ones and those plus
 *       the unknown ones;
 *   <li>the watch sees every event of the history exactly once and in order;
 *   <li>the kept-alive lease is never reported lost and its key exists at the end;
 *   <li>no two lock holders overlap, and the lock log's fencing tokens never go back.
 * </ul>
 */
public final class FaultRun {
    private static final String PREFIX = "fault/";
    private static final String COUNTER = PREFIX + "counter";
    private static final String LEASE_KEY = PREFIX + "lease";
    private static final String LOCK_LOG = PREFIX + "locklog/";
    private static final String LOCK = "faultlock";

    private final FaultOptions options;
    private final EtcdCluster cluster;
    private final PrintStream log;
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final CallClock clock;
    private final WriteHistory history = new WriteHistory();
    private final AtomicLong lastCompletedWrite = new AtomicLong();
    private final List<WatchEvent> watched = new ArrayList<>();
    private final AtomicInteger holders = new AtomicInteger();
    private final AtomicLong sections = new AtomicLong();
    private final AtomicLong lockFailures = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();
    private final List<String> faults = new ArrayList<>();
    private volatile boolean running = true;
    private volatile boolean closing;

    /**
     * @param options how long and how hard
     * @param cluster a started cluster of three members, used by this run only
     * @param log where progress goes
     */
    public FaultRun(FaultOptions options, EtcdCluster cluster, PrintStream log) {
        if (cluster.size() != 3) {
            throw new IllegalArgumentException("a fault run needs a three-member cluster");
        }
        this.options = options;
        this.cluster = cluster;
        this.log = log;
        this.clock = new CallClock(options.slack(), this::violation);
    }

    /**
     * Starts a three-member cluster, runs, and closes the cluster.
     *
     * @param options how long and how hard
     * @param log where progress goes
     * @return what the run found
     * @throws Exception when the run itself could not be carried out (not for a violated property)
     */
    public static FaultReport runOnNewCluster(FaultOptions options, PrintStream log) throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().members(3).namePrefix("fault").start()) {
            return new FaultRun(options, cluster, log).run();
        }
    }

    private void violation(String what) {
        violations.add(what);
        log.println("VIOLATION: " + what);
    }

    private EtcdClient client() {
        return EtcdClient.builder().endpoints(cluster.clientEndpoints()).requestTimeout(options.requestTimeout()).build();
    }

    /**
     * Runs the workers and the faults for the run's duration, then checks.
     *
     * @return what the run found
     * @throws Exception when the run itself could not be carried out
     */
    public FaultReport run() throws Exception {
        Duration rt = options.requestTimeout();
        try (EtcdClient kvClient = client(); EtcdClient watchClient = client(); EtcdClient leaseClient = client();
                EtcdClient lockClient = client()) {
            long startRevision = kvClient.kv().put(PREFIX + "start", "start|start").header().revision();

            Watcher watcher = watchClient.watch().watch(PREFIX, WatchOptions.builder().prefix()
                    .startRevision(startRevision + 1).build(), new WatchListener() {
                        @Override
                        public void onNext(WatchResponse r) {
                            synchronized (watched) {
                                watched.addAll(r.events());
                            }
                        }

                        @Override
                        public void onError(EtcdException error) {
                            violation("watch: ended with " + error);
                        }

                        @Override
                        public void onCompleted() {
                            if (!closing) {
                                violation("watch: completed before the run closed it");
                            }
                        }
                    });

            AtomicInteger leaseLost = new AtomicInteger();
            Lease lease = leaseClient.lease().grantAndKeepAlive(options.leaseTtlSeconds(), new LeaseListener() {
                @Override
                public void onLost(Lease l, EtcdException cause) {
                    if (!closing) {
                        leaseLost.incrementAndGet();
                        violation("lease: the kept-alive lease " + Long.toHexString(l.id()) + " was reported lost: " + cause);
                    }
                }
            });
            long leaseRevision = leaseClient.kv().put(LEASE_KEY, "held|lease", PutOptions.builder().leaseId(lease.id())
                    .build()).header().revision();
            history.applied("lease", LEASE_KEY, leaseRevision);

            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < options.writers(); i++) {
                int n = i;
                workers.add(thread("writer-" + i, () -> writer(kvClient, n)));
            }
            for (int i = 0; i < options.counters(); i++) {
                int n = i;
                workers.add(thread("counter-" + i, () -> counter(kvClient, n)));
            }
            workers.add(thread("reader", () -> reader(kvClient)));
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < options.lockers(); i++) {
                Session s = lockClient.lock().newSession(options.leaseTtlSeconds());
                sessions.add(s);
                int n = i;
                workers.add(thread("locker-" + i, () -> locker(lockClient, s, n)));
            }
            workers.forEach(Thread::start);

            long end = System.nanoTime() + options.duration().toNanos();
            injectFaults(end);
            long left = end - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
            running = false;
            for (Thread t : workers) {
                t.join(rt.toMillis() * 4 + 10_000);
                if (t.isAlive()) {
                    violation("worker " + t.getName() + " did not stop within " + (rt.toMillis() * 4 + 10_000) + " ms");
                }
            }
            cluster.awaitHealthy(Duration.ofSeconds(30));

            long finalRevision = kvClient.kv().put(PREFIX + "end", "end|end").header().revision();
            awaitWatched(finalRevision, Duration.ofSeconds(30));
            closing = true;
            watcher.close();

            List<WatchEvent> full = readHistory(watchClient, startRevision, finalRevision);
            List<WatchEvent> seen;
            synchronized (watched) {
                seen = new ArrayList<>(watched);
            }
            HistoryChecks checks = new HistoryChecks(history, this::violation);
            checks.watch(seen, full, finalRevision);
            checks.writes(full);
            checks.counter(full, COUNTER);
            checks.lockLog(full, LOCK_LOG);
            checkLease(leaseClient, lease, leaseLost.get());
            for (Session s : sessions) {
                s.close(); // a lost one was reported by its contender
            }
            lease.close();
            return new FaultReport(new ArrayList<>(violations), summary(full.size()));
        } finally {
            running = false;
            closing = true;
        }
    }

    private Thread thread(String name, Runnable body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                violation(name + ": crashed with " + e);
            }
        }, "fault-" + name);
        t.setDaemon(true);
        return t;
    }

    // ---- faults

    private void injectFaults(long endNanos) throws InterruptedException {
        // leave the end of the run without faults: the last fault must be over (and the member back)
        long lastStart = endNanos - options.downTime().toNanos() - TimeUnit.SECONDS.toNanos(5);
        int n = 0;
        while (true) {
            TimeUnit.NANOSECONDS.sleep(options.quietTime().toNanos());
            if (System.nanoTime() > lastStart) {
                return;
            }
            switch (n++ % 3) {
                case 0 -> killAndRestart(follower(), "follower");
                case 1 -> pauseAndResume(leader(), "leader");
                default -> killAndRestart(leader(), "leader");
            }
        }
    }

    private EtcdMember leader() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            Optional<EtcdMember> l = cluster.leader();
            if (l.isPresent()) {
                return l.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no leader within 10 s");
    }

    private EtcdMember follower() throws InterruptedException {
        EtcdMember leader = leader();
        return cluster.members().stream().filter(m -> m != leader).findFirst().orElseThrow();
    }

    private void killAndRestart(EtcdMember m, String role) throws InterruptedException {
        long t = System.nanoTime();
        m.kill();
        log.printf("fault: killed the %s %s%n", role, m.name());
        TimeUnit.NANOSECONDS.sleep(options.downTime().toNanos());
        m.restart();
        cluster.awaitHealthy(Duration.ofSeconds(30));
        String what = String.format("kill %s %s, restart (%d ms)", role, m.name(), (System.nanoTime() - t) / 1_000_000);
        faults.add(what);
        log.println("fault: " + what + ", healthy again");
    }

    private void pauseAndResume(EtcdMember m, String role) throws InterruptedException {
        long t = System.nanoTime();
        m.pause();
        log.printf("fault: paused the %s %s%n", role, m.name());
        TimeUnit.NANOSECONDS.sleep(options.downTime().toNanos());
        m.resume();
        cluster.awaitHealthy(Duration.ofSeconds(30));
        String what = String.format("pause %s %s, resume (%d ms)", role, m.name(), (System.nanoTime() - t) / 1_000_000);
        faults.add(what);
        log.println("fault: " + what + ", healthy again");
    }

    // ---- workers

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void wrote(long revision) {
        lastCompletedWrite.accumulateAndGet(revision, Math::max);
    }

    /** Puts unique values to a key of its own. */
    private void writer(EtcdClient client, int n) {
        String key = PREFIX + "w/" + n;
        for (long seq = 0; running; seq++) {
            String tag = "w" + n + "-" + seq;
            try {
                PutResponse r = clock.time("put", options.requestTimeout(), () -> client.kv().put(key, "v|" + tag));
                history.applied(tag, key, r.header().revision());
                wrote(r.header().revision());
            } catch (EtcdException e) {
                history.failed(tag, key, e.outcome(), e.toString());
            } catch (Exception e) {
                violation("writer: " + e);
            }
            pause();
        }
    }

    /** Reads the counter, then increments it in a txn guarded by the mod revision it read. */
    private void counter(EtcdClient client, int n) {
        for (long seq = 0; running; seq++) {
            GetResponse g;
            try {
                g = read(client, COUNTER);
            } catch (Exception e) {
                continue;
            }
            long value = g.first().map(kv -> Long.parseLong(kv.valueAsString().substring(0,
                    kv.valueAsString().indexOf('|')))).orElse(0L);
            long modRevision = g.first().map(KeyValue::modRevision).orElse(0L);
            String tag = "c" + n + "-" + seq;
            Txn txn = Txn.builder().when(Cmp.modRevision(COUNTER).equalTo(modRevision))
                    .then(Op.put(COUNTER, (value + 1) + "|" + tag)).build();
            try {
                TxnResponse r = clock.time("txn", options.requestTimeout(), () -> client.kv().txn(txn));
                if (r.succeeded()) {
                    history.applied(tag, COUNTER, r.header().revision());
                    wrote(r.header().revision());
                } else {
                    history.notApplied(tag, COUNTER, "compare failed");
                }
            } catch (EtcdException e) {
                history.failed(tag, COUNTER, e.outcome(), e.toString());
            } catch (Exception e) {
                violation("counter: " + e);
            }
            pause();
        }
    }

    /**
     * A linearizable read: it must succeed whichever single member is down, and see every write
     * completed before it began.
     */
    private GetResponse read(EtcdClient client, String key) throws Exception {
        long before = lastCompletedWrite.get();
        try {
            GetResponse r = clock.time("get", options.requestTimeout(), () -> client.kv().get(key));
            reads.incrementAndGet();
            if (r.header().revision() < before) {
                violation("read: a linearizable read of " + key + " answered at revision " + r.header().revision()
                        + ", older than a write completed before it began (" + before + ")");
            }
            return r;
        } catch (EtcdException e) {
            violation("read: a linearizable read of " + key + " failed: " + e);
            throw e;
        }
    }

    private void reader(EtcdClient client) {
        for (long seq = 0; running; seq++) {
            try {
                read(client, seq % 2 == 0 ? COUNTER : PREFIX + "w/0");
            } catch (Exception e) {
                // counted as a violation by read
            }
            pause();
        }
    }

    /**
     * Takes the lock in turns with the other contenders; inside, appends an entry on entering and
     * one on leaving to the lock log, each guarded by the lock's ownership compare.
     */
    private void locker(EtcdClient client, Session first, int n) {
        Duration timeout = options.requestTimeout();
        Session session = first;
        for (long seq = 0; running; seq++) {
            if (!session.isAlive()) { // a violation (checked at the end); go on with a new session
                violation("lock: contender " + n + "'s session (lease " + Long.toHexString(session.leaseId())
                        + ") was lost during the run");
                try {
                    session = client.lock().newSession(options.leaseTtlSeconds());
                } catch (EtcdException e) {
                    pause();
                    continue;
                }
            }
            Session s = session;
            Mutex m;
            try {
                m = clock.time("lock", timeout, () -> client.lock().acquire(LOCK, s, timeout));
            } catch (EtcdException e) {
                lockFailures.incrementAndGet();
                pause();
                continue;
            } catch (Exception e) {
                violation("locker: " + e);
                continue;
            }
            try {
                if (holders.incrementAndGet() != 1) {
                    violation("lock: contender " + n + " holds the lock (token " + m.fencingToken()
                            + ") while another contender holds it too");
                }
                sections.incrementAndGet();
                append(client, m, "enter", "l" + n + "-" + seq + "-in");
                Thread.sleep(20);
                append(client, m, "exit", "l" + n + "-" + seq + "-out");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                holders.decrementAndGet();
                try {
                    clock.time("unlock", timeout, () -> {
                        m.release();
                        return null;
                    });
                } catch (Exception e) {
                    lockFailures.incrementAndGet();
                }
            }
        }
        if (!session.isAlive()) {
            violation("lock: contender " + n + "'s session (lease " + Long.toHexString(session.leaseId())
                    + ") was lost during the run");
        }
    }

    private void append(EtcdClient client, Mutex m, String what, String tag) {
        String key = LOCK_LOG + tag;
        Txn txn = Txn.builder().when(m.ownership()).then(Op.put(key, m.fencingToken() + ":" + what + "|" + tag)).build();
        try {
            TxnResponse r = clock.time("txn", options.requestTimeout(), () -> client.kv().txn(txn));
            if (r.succeeded()) {
                history.applied(tag, key, r.header().revision());
                wrote(r.header().revision());
            } else {
                history.notApplied(tag, key, "ownership compare failed");
                violation("lock: the holder with token " + m.fencingToken() + " failed its ownership compare");
            }
        } catch (EtcdException e) {
            history.failed(tag, key, e.outcome(), e.toString());
        } catch (Exception e) {
            violation("locker: " + e);
        }
    }

    // ---- checks

    private void awaitWatched(long revision, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            synchronized (watched) {
                if (!watched.isEmpty() && watched.get(watched.size() - 1).revision() >= revision) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        violation("watch: did not reach revision " + revision + " within " + timeout.toSeconds() + " s after the faults");
    }

    /** Everything the run wrote, read back with a fresh watch from the start, once the cluster is whole. */
    private List<WatchEvent> readHistory(EtcdClient client, long startRevision, long finalRevision)
            throws InterruptedException {
        List<WatchEvent> events = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Watcher w = client.watch().watch(PREFIX, WatchOptions.builder().prefix().startRevision(startRevision + 1).build(),
                r -> {
                    synchronized (events) {
                        events.addAll(r.events());
                        if (!events.isEmpty() && events.get(events.size() - 1).revision() >= finalRevision) {
                            done.countDown();
                        }
                    }
                });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not read the run's history back within 60 s");
        }
        w.close();
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    private void checkLease(EtcdClient client, Lease lease, int lost) {
        try {
            GetResponse r = client.kv().get(LEASE_KEY);
            if (r.first().isEmpty()) {
                violation("lease: the key attached to the kept-alive lease is gone");
            }
            if (lease.state() != LeaseState.KEPT_ALIVE) {
                violation("lease: the kept-alive lease is in state " + lease.state());
            }
            long ttl = client.lease().timeToLive(lease.id(), false).ttlSeconds();
            if (ttl <= 0) {
                violation("lease: etcd says the kept-alive lease has TTL " + ttl);
            }
        } catch (EtcdException e) {
            violation("lease: could not check the lease after the run: " + e);
        }
    }

    private String summary(int events) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("fault run: %d s, deadline %d ms, slack %d ms, lease TTL %d s%n", options.duration()
                .toSeconds(), options.requestTimeout().toMillis(), options.slack().toMillis(), options.leaseTtlSeconds()));
        b.append("faults (").append(faults.size()).append("):\n");
        faults.forEach(f -> b.append("  ").append(f).append('\n'));
        b.append("calls:\n").append(clock.summary());
        b.append(String.format("writes: %d applied, %d not applied, %d unknown; %d events in the history%n",
                history.count(Status.APPLIED), history.count(Status.NOT_APPLIED), history.count(Status.UNKNOWN), events));
        b.append(String.format("reads: %d linearizable reads succeeded%n", reads.get()));
        b.append(String.format("locks: %d critical sections, %d failed acquires or releases%n", sections.get(),
                lockFailures.get()));
        return b.toString();
    }
}
