package io.etcdj.internal;

import io.etcdj.lease.AsyncLeases;
import io.etcdj.lock.AsyncLocks;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.etcdj.kv.AsyncKv;
import io.etcdj.watch.AsyncWatch;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Locks as Go's {@code concurrency.Mutex}: an entry with an empty value in the {@link KeyQueue}
 * under {@code <name>/}; the first entry holds the lock.
 */
final class LocksImpl implements AsyncLocks {
    private final AsyncKv kv;
    private final AsyncWatch watch;
    private final AsyncLeases leases;
    private final KeyQueue queue;
    private final Duration requestTimeout;

    LocksImpl(AsyncKv kv, AsyncWatch watch, AsyncLeases leases, KeyQueue queue, Duration requestTimeout) {
        this.kv = kv;
        this.watch = watch;
        this.leases = leases;
        this.queue = queue;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public CompletableFuture<Session> newSession(long ttlSeconds) {
        return KvImpl.call(() -> {
            SessionImpl session = new SessionImpl();
            return leases.grantAndKeepAlive(ttlSeconds, session).thenApply(lease -> {
                session.attach(lease);
                return session;
            });
        });
    }

    @Override
    public CompletableFuture<Mutex> acquire(String name, Session session, Duration timeout) {
        CompletableFuture<Optional<KeyQueue.Entry>> join = KvImpl.call(
                () -> queue.join("lock", name, "", session, timeout, false));
        return Futures.cancelling(join, entry -> mutex(name, session, entry.orElseThrow()));
    }

    @Override
    public CompletableFuture<Optional<Mutex>> tryAcquire(String name, Session session) {
        CompletableFuture<Optional<KeyQueue.Entry>> join = KvImpl.call(
                () -> queue.join("lock", name, "", session, requestTimeout, true));
        return Futures.cancelling(join, entry -> entry.map(e -> mutex(name, session, e)));
    }

    private Mutex mutex(String name, Session session, KeyQueue.Entry entry) {
        MutexImpl m = new MutexImpl(name, entry.key(), entry.revision(), session, kv, requestTimeout);
        m.watchForLoss(watch, leases);
        return m;
    }
}
