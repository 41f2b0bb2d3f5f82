package io.etcdj.lease;

/** Where a kept-alive {@link Lease} stands. */
public enum LeaseState {
    /** The client keeps the lease alive. */
    KEPT_ALIVE,
    /** The caller stopped the keep-alive (or closed the lease); the lease lives on until its TTL runs out, unless revoked. */
    STOPPED,
    /** etcd answered that the lease does not exist: it expired, or was revoked (here or elsewhere). */
    GONE,
    /** The client could not refresh the lease before its TTL ran out: it has most likely expired. */
    LOST
}
