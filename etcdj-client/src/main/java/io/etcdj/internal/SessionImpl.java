package io.etcdj.internal;

import io.etcdj.exception.EtcdException;
import io.etcdj.lease.Lease;
import io.etcdj.lease.LeaseListener;
import io.etcdj.lease.LeaseState;
import io.etcdj.lock.Session;
import java.util.concurrent.CompletableFuture;

/** A session: one kept-alive lease; {@link #done()} completes when it is lost or closed. */
final class SessionImpl implements Session, LeaseListener {
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Lease lease;

    void attach(Lease l) {
        lease = l;
    }

    @Override
    public void onLost(Lease l, EtcdException cause) {
        done.complete(null);
    }

    @Override
    public long leaseId() {
        return lease.id();
    }

    @Override
    public boolean isAlive() {
        return !done.isDone() && lease.state() == LeaseState.KEPT_ALIVE;
    }

    @Override
    public CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void close() {
        try {
            lease.close();
        } finally {
            done.complete(null);
        }
    }

    @Override
    public String toString() {
        return "Session{lease=" + Long.toHexString(lease.id()) + (isAlive() ? "" : ", ended") + "}";
    }
}
