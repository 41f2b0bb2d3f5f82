package io.etcdj.lease;

/**
 * A lease the client keeps alive: it sends etcd a keep-alive every third of the lease's TTL on
 * the client's one keep-alive stream, which survives reconnects, member loss and leader changes.
 * When the lease expires, is revoked (here or by another client), or cannot be refreshed before
 * its TTL runs out, its {@link #state()} changes and its listener is told. Its {@link #id()} is
 * what {@link io.etcdj.kv.PutOptions.Builder#leaseId(long)} takes.
 */
public interface Lease extends AutoCloseable {
    /**
     * The lease id.
     *
     * @return the id
     */
    long id();

    /**
     * The TTL etcd reported last (at grant or at the last refresh).
     *
     * @return seconds; 0 before the first answer for a lease the client did not grant
     */
    long ttlSeconds();

    /**
     * Where the lease stands.
     *
     * @return the state
     */
    LeaseState state();

    /** Stops keeping the lease alive; it then expires after its TTL unless revoked. Idempotent. */
    void stopKeepAlive();

    /**
     * Stops keeping the lease alive and revokes it, deleting its keys; waits for etcd's answer up
     * to the client's request timeout. A lease that is gone already is not an error.
     *
     * @throws io.etcdj.exception.EtcdException when the revoke fails otherwise
     */
    @Override
    void close();
}
