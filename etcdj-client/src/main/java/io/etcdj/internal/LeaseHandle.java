package io.etcdj.internal;

import io.etcdj.exception.EtcdException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.lease.Lease;
import io.etcdj.lease.LeaseListener;
import io.etcdj.lease.LeaseState;

/**
 * One kept-alive lease: when to refresh it next, when it runs out if no refresh gets through,
 * and its listener behind a serial executor. The keep-alive engine changes it under its lock.
 */
final class LeaseHandle implements Lease {
    private final long id;
    private final LeaseListener listener;
    private final SerialExecutor delivery;
    private final KeepAliveEngine engine;
    private volatile long ttlSeconds;
    private volatile LeaseState state = LeaseState.KEPT_ALIVE;
    /** When to send the next keep-alive, System.nanoTime(); engine's lock. */
    long nextRefreshNanos;
    /** When the lease runs out unless a refresh gets through; Long.MAX_VALUE before the first answer. */
    long expiresNanos = Long.MAX_VALUE;

    LeaseHandle(long id, long ttlSeconds, LeaseListener listener, SerialExecutor delivery, KeepAliveEngine engine) {
        this.id = id;
        this.ttlSeconds = ttlSeconds;
        this.listener = listener;
        this.delivery = delivery;
        this.engine = engine;
        this.nextRefreshNanos = System.nanoTime();
        if (ttlSeconds > 0) {
            refreshed(ttlSeconds, System.nanoTime(), false);
        }
    }

    /** A refresh sent at sentNanos got through. */
    void refreshed(long ttl, long sentNanos, boolean tell) {
        ttlSeconds = ttl;
        long ttlNanos = ttl * 1_000_000_000L;
        nextRefreshNanos = sentNanos + ttlNanos / 3;
        expiresNanos = sentNanos + ttlNanos;
        if (tell) {
            delivery.execute(() -> listener.onRefreshed(this, ttl));
        }
    }

    /** The lease ended; told once. */
    void ended(LeaseState why, EtcdException cause) {
        if (state != LeaseState.KEPT_ALIVE) {
            return;
        }
        state = why;
        delivery.execute(() -> listener.onLost(this, cause));
    }

    void stopped() {
        if (state == LeaseState.KEPT_ALIVE) {
            state = LeaseState.STOPPED;
        }
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public long ttlSeconds() {
        return ttlSeconds;
    }

    @Override
    public LeaseState state() {
        return state;
    }

    @Override
    public void stopKeepAlive() {
        engine.stop(this);
    }

    @Override
    public void close() {
        engine.stop(this);
        try {
            engine.revoke(id);
        } catch (LeaseNotFoundException e) {
            // gone already: what closing wants
        }
    }

    @Override
    public String toString() {
        return "Lease{id=" + Long.toHexString(id) + ", ttl=" + ttlSeconds + "s, " + state + "}";
    }
}
