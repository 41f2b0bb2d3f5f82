package io.etcdj.lease;

import io.etcdj.exception.EtcdException;

/**
 * Hears what happens to a kept-alive lease. Runs on the client's callback executor, never on an
 * I/O thread, one call at a time per lease.
 */
public interface LeaseListener {
    /**
     * The lease is gone or lost, and the client no longer keeps it alive.
     *
     * @param lease the lease; its {@link Lease#state()} tells which
     * @param cause why: {@link io.etcdj.exception.LeaseNotFoundException} when etcd no longer
     *     knows it, {@link io.etcdj.exception.EtcdTimeoutException} when no refresh got through
     *     before its TTL ran out, {@link io.etcdj.exception.ClientClosedException} when the client closed
     */
    void onLost(Lease lease, EtcdException cause);

    /**
     * A refresh got through.
     *
     * @param lease the lease
     * @param ttlSeconds its TTL from now, in seconds
     */
    default void onRefreshed(Lease lease, long ttlSeconds) {
    }
}
