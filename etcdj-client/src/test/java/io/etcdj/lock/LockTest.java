package io.etcdj.lock;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.Op;
import io.etcdj.kv.Txn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Sessions and locks against a real etcd, in Go's concurrency layout, and beside etcdctl's lock. */
class LockTest extends SharedEtcd {
    private long keysUnder(String name) {
        return etcd.kv().get(name + "/", GetOptions.builder().prefix().countOnly().build()).count();
    }

    @Test
    void aLockIsAKeyNamedAfterTheSessionLeaseAndItsCreateRevisionIsTheFencingToken() throws Exception {
        try (Session session = etcd.lock().newSession(30);
                Mutex m = etcd.lock().acquire(p + "lock", session, Duration.ofSeconds(5))) {
            assertThat(m.key()).isEqualTo(p + "lock/" + Long.toHexString(session.leaseId()));
            assertThat(m.fencingToken()).isEqualTo(etcd.kv().get(m.key()).get(0).createRevision());
            assertThat(m.isHeld()).isTrue();
            assertThat(etcd.kv().txn(Txn.builder().when(m.ownership()).then(Op.put(p + "guarded", "1")).build())
                    .succeeded()).isTrue();
            m.release();
            assertThat(m.isHeld()).isFalse();
            assertThat(etcd.kv().txn(Txn.builder().when(m.ownership()).then(Op.put(p + "guarded", "2")).build())
                    .succeeded()).as("a write guarded by a released lock").isFalse();
            assertThat(keysUnder(p + "lock")).isZero();
        }
    }

    @Test
    void waitersGetTheLockInTheOrderTheyAskedAndTryAcquireDoesNotWait() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        try (Session a = etcd.lock().newSession(30); Session b = etcd.lock().newSession(30);
                Session c = etcd.lock().newSession(30)) {
            Mutex held = etcd.lock().acquire(p + "fifo", a, null);
            CompletableFuture<Mutex> second = etcd.async().lock().acquire(p + "fifo", b, Duration.ofSeconds(20));
            Thread.sleep(200);
            CompletableFuture<Mutex> third = etcd.async().lock().acquire(p + "fifo", c, Duration.ofSeconds(20));
            second.thenAccept(m -> order.add("b"));
            third.thenAccept(m -> order.add("c"));
            Thread.sleep(300);
            assertThat(second).isNotDone();
            try (Session d = etcd.lock().newSession(30)) {
                assertThat(etcd.lock().tryAcquire(p + "fifo", d)).isEmpty();
                assertThat(keysUnder(p + "fifo")).as("the try left no key").isEqualTo(3);
            }
            held.release();
            Mutex m2 = second.get(10, TimeUnit.SECONDS);
            assertThat(third).isNotDone();
            assertThat(m2.fencingToken()).isGreaterThan(held.fencingToken());
            m2.release();
            third.get(10, TimeUnit.SECONDS).release();
            assertThat(order).containsExactly("b", "c");
            Optional<Mutex> free = etcd.lock().tryAcquire(p + "fifo", a);
            assertThat(free).isPresent();
            free.get().release();
        }
    }

    @Test
    void aTimedOutOrCancelledAcquireLeavesNoKeyBehind() throws Exception {
        try (Session a = etcd.lock().newSession(30); Session b = etcd.lock().newSession(30)) {
            Mutex held = etcd.lock().acquire(p + "timeout", a, Duration.ofSeconds(5));
            long start = System.nanoTime();
            assertThatThrownBy(() -> etcd.lock().acquire(p + "timeout", b, Duration.ofMillis(500)))
                    .isInstanceOf(EtcdTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            Thread.sleep(300);
            assertThat(keysUnder(p + "timeout")).isEqualTo(1);
            CompletableFuture<Mutex> waiting = etcd.async().lock().acquire(p + "timeout", b, null);
            Thread.sleep(300);
            assertThat(keysUnder(p + "timeout")).isEqualTo(2);
            waiting.cancel(true);
            Thread.sleep(500);
            assertThat(keysUnder(p + "timeout")).isEqualTo(1);
            held.release();
        }
        assertThatThrownBy(() -> etcd.lock().acquire("", null, null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.lock().newSession(0)).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void twentyContendingClientsNeverOverlapAndAllFinish() throws Exception {
        int clients = 20;
        int rounds = 5;
        String counter = p + "counter";
        etcd.kv().put(counter, "0");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                done.add(pool.submit(() -> {
                    try (EtcdClient c = TestClients.builder().endpoints(ETCD.endpoints()).build();
                            Session s = c.lock().newSession(30)) {
                        for (int r = 0; r < rounds; r++) {
                            try (Mutex m = c.lock().acquire(p + "contended", s, Duration.ofSeconds(60))) {
                                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                int v = Integer.parseInt(c.kv().get(counter).get(0).valueAsString());
                                boolean written = c.kv().txn(Txn.builder().when(m.ownership())
                                        .then(Op.put(counter, Integer.toString(v + 1))).build()).succeeded();
                                if (!written) {
                                    throw new AssertionError("a guarded write of a held lock was rejected");
                                }
                                inside.decrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(maxInside.get()).isEqualTo(1);
        assertThat(etcd.kv().get(counter).get(0).valueAsString()).isEqualTo(Integer.toString(clients * rounds));
    }

    @Test
    void aHolderWhoseSessionIsLostIsToldAndItsGuardedWriteIsRejected() throws Exception {
        try (Session session = etcd.lock().newSession(30)) {
            Mutex m = etcd.lock().acquire(p + "lost", session, Duration.ofSeconds(5));
            try (EtcdClient other = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
                other.lease().revoke(session.leaseId());
            }
            long start = System.nanoTime();
            m.lost().get(5, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("told within a second").isLessThan(Duration.ofSeconds(1));
            session.done().get(5, TimeUnit.SECONDS);
            assertThat(session.isAlive()).isFalse();
            assertThat(m.isHeld()).isFalse();
            assertThat(etcd.kv().txn(Txn.builder().when(m.ownership()).then(Op.put(p + "after", "x")).build())
                    .succeeded()).isFalse();
        }
    }

    @Test
    void etcdjAndEtcdctlLocksOnTheSameNameExcludeEachOther() throws Exception {
        String name = p + "interop";
        // etcdctl holds the lock while its command runs
        Process ctl = new ProcessBuilder("etcdctl", "--endpoints", String.join(",", ETCD.endpoints()), "lock", name, "--",
                "sh", "-c", "echo held; sleep 2").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(ctl.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("held");
        long heldAt = System.nanoTime();
        try (Session s = etcd.lock().newSession(30)) {
            Mutex m = etcd.lock().acquire(name, s, Duration.ofSeconds(20));
            // etcdctl's command sleeps 2 s holding the lock; etcdctl releases it when the command ends
            assertThat(Duration.ofNanos(System.nanoTime() - heldAt)).as("etcdj got the lock only after etcdctl's command ended")
                    .isGreaterThan(Duration.ofMillis(1800));
            assertThat(ctl.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // and etcdctl waits for etcdj
            Process waiting = new ProcessBuilder("etcdctl", "--endpoints", String.join(",", ETCD.endpoints()), "lock",
                    name, "echo", "got it").redirectErrorStream(true).start();
            assertThat(waiting.waitFor(1500, TimeUnit.MILLISECONDS)).as("etcdctl waits while etcdj holds the lock").isFalse();
            m.release();
            assertThat(waiting.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(waiting.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("got it\n");
        }
    }

    @Test
    void closingTheClientRevokesItsSessionLeases() throws Exception {
        EtcdClient own = TestClients.builder().endpoints(ETCD.endpoints()).build();
        Session s = own.lock().newSession(60);
        Mutex m = own.lock().acquire(p + "closing", s, Duration.ofSeconds(5));
        own.close();
        assertThat(etcd.lease().timeToLive(s.leaseId(), false).exists()).isFalse();
        assertThat(etcd.kv().get(m.key()).kvs()).as("the lock went with the client").isEmpty();
    }

    @Test
    void etcdsLockServiceAndTheClientRecipeExcludeEachOther() throws Exception {
        try (Session a = etcd.lock().newSession(30); Session b = etcd.lock().newSession(30)) {
            Mutex held = etcd.lock().acquire(p + "server", a, Duration.ofSeconds(5));
            CompletableFuture<String> viaServer = etcd.async().lock().serverLock(p + "server", b.leaseId(), Duration.ofSeconds(20));
            Thread.sleep(500);
            assertThat(viaServer).as("the server's lock waits for the client's").isNotDone();
            held.release();
            String key = viaServer.get(10, TimeUnit.SECONDS);
            assertThat(key).isEqualTo(p + "server/" + Long.toHexString(b.leaseId()));
            assertThat(etcd.lock().tryAcquire(p + "server", a)).as("and the client's waits for the server's").isEmpty();
            etcd.lock().serverUnlock(key);
            assertThat(keysUnder(p + "server")).isZero();
            Mutex again = etcd.lock().acquire(p + "server", a, Duration.ofSeconds(5));
            assertThatThrownBy(() -> etcd.lock().serverLock(p + "server", b.leaseId(), Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(EtcdTimeoutException.class,
                            e -> assertThat(e.outcome()).as("the server may have queued it").isEqualTo(io.etcdj.exception.Outcome.UNKNOWN));
            again.release();
            assertThatThrownBy(() -> etcd.lock().serverLock("", b.leaseId(), null)).isInstanceOf(InvalidArgumentException.class);
            assertThatThrownBy(() -> etcd.lock().serverLock(p + "x", 0, null)).isInstanceOf(InvalidArgumentException.class);
        }
    }
}
