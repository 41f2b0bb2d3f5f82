package io.etcdj.internal;

import io.etcdj.kv.AsyncKv;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.watch.AsyncWatch;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.Watcher;
import java.util.concurrent.CompletableFuture;
import io.etcdj.kv.Cmp;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import java.time.Duration;

/** A held lock: its key and fencing token; releasing deletes the key. */
final class MutexImpl implements Mutex {
    private final String name;
    private final String key;
    private final long token;
    private final Session session;
    private final AsyncKv kv;
    private final Duration timeout;
    private final CompletableFuture<Void> lost = new CompletableFuture<>();
    private volatile Watcher watcher;
    private volatile boolean released;

    MutexImpl(String name, String key, long token, Session session, AsyncKv kv, Duration timeout) {
        this.name = name;
        this.key = key;
        this.token = token;
        this.session = session;
        this.kv = kv;
        this.timeout = timeout;
    }

    /**
     * Watches the lock's key from just after its creation: a delete that is not ours means the
     * lock is lost, and the session is asked about its lease at once.
     */
    void watchForLoss(AsyncWatch watch, AsyncLeases leases) {
        watcher = watch.watch(key, WatchOptions.builder().startRevision(token + 1).noPut().build(), r -> {
            if (!r.events().isEmpty() && !released) {
                lost.complete(null);
                watcher.close();
                leases.keepAliveOnce(session.leaseId()); // a gone lease ends the session now, not at its next refresh
            }
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public long fencingToken() {
        return token;
    }

    @Override
    public Cmp ownership() {
        return Cmp.createRevision(key).equalTo(token);
    }

    @Override
    public boolean isHeld() {
        return !released && !lost.isDone() && session.isAlive();
    }

    @Override
    public CompletableFuture<Void> lost() {
        return lost;
    }

    @Override
    public void release() {
        if (released) {
            return;
        }
        released = true;
        Watcher w = watcher;
        if (w != null) {
            w.close();
        }
        Blocking.await(kv.delete(key, KeyQueue.OWN_KEY), timeout.toNanos());
    }

    @Override
    public void close() {
        release();
    }

    @Override
    public String toString() {
        return "Mutex{key=" + key + ", fencingToken=" + token + (isHeld() ? "" : ", not held") + "}";
    }
}
