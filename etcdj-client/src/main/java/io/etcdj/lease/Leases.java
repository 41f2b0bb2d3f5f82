package io.etcdj.lease;

import io.etcdj.ResponseHeader;

/**
 * The lease facet, etcd's {@code Lease} service, blocking: the same methods as {@link AsyncLeases}.
 */
public interface Leases {
    /**
     * Grants a lease with an id etcd chooses ({@code LeaseGrant}). Not retried after an unknown outcome.
     *
     * @param ttlSeconds the TTL in seconds; positive (etcd raises a TTL below its minimum, about 1.5 election timeouts, to that minimum)
     * @return the granted lease
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a TTL that is not positive or too large, {@link io.etcdj.exception.DuplicateLeaseException} for an id in use
     */
    LeaseGrant grant(long ttlSeconds);

    /**
     * Grants a lease with a chosen id ({@code LeaseGrant}); repeatable, since a second grant of the same id fails with {@link io.etcdj.exception.DuplicateLeaseException}.
     *
     * @param ttlSeconds the TTL in seconds; positive (etcd raises a TTL below its minimum, about 1.5 election timeouts, to that minimum)
     * @param leaseId the lease id; positive
     * @return the granted lease
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a TTL that is not positive or too large, {@link io.etcdj.exception.DuplicateLeaseException} for an id in use
     */
    LeaseGrant grant(long ttlSeconds, long leaseId);

    /**
     * Revokes a lease, deleting every key attached to it ({@code LeaseRevoke}).
     *
     * @param leaseId the lease id; positive
     * @return the response header
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.LeaseNotFoundException} when the lease does not exist
     */
    ResponseHeader revoke(long leaseId);

    /**
     * Refreshes a lease once, on the client's keep-alive stream ({@code LeaseKeepAlive}).
     *
     * @param leaseId the lease id; positive
     * @return the lease's new TTL
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.LeaseNotFoundException} when the lease does not exist
     */
    LeaseKeepAliveResponse keepAliveOnce(long leaseId);

    /**
     * Reads a lease's remaining and granted TTL and, when asked, its keys ({@code LeaseTimeToLive}).
     *
     * @param leaseId the lease id; positive
     * @param withKeys true to list the keys attached to the lease
     * @return the lease's TTL (-1 when it does not exist)
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for an id that is not positive
     */
    LeaseTimeToLive timeToLive(long leaseId, boolean withKeys);

    /**
     * Lists the leases that exist ({@code LeaseLeases}).
     *
     * @return the lease ids
     */
    LeaseList leases();

    /**
     * Keeps an existing lease alive until stopped, closed, gone or lost.
     *
     * @param leaseId the lease id; positive
     * @param listener told when the lease is gone or lost; not null
     * @return the kept-alive lease
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for an id that is not positive or a null listener
     */
    Lease keepAlive(long leaseId, LeaseListener listener);

    /**
     * Grants a lease and keeps it alive until stopped, closed, gone or lost.
     *
     * @param ttlSeconds the TTL in seconds; positive (etcd raises a TTL below its minimum, about 1.5 election timeouts, to that minimum)
     * @param listener told when the lease is gone or lost; not null
     * @return the kept-alive lease
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a TTL that is not positive or a null listener
     */
    Lease grantAndKeepAlive(long ttlSeconds, LeaseListener listener);
}
