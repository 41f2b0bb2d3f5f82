package io.etcdj.lease;

import io.etcdj.ResponseHeader;

/**
 * A granted lease ({@code LeaseGrantResponse}). Immutable.
 *
 * @param header the response header
 * @param id the lease id (etcd's int64; printed in hex by etcdctl)
 * @param ttlSeconds the TTL granted, in seconds (etcd may raise a short one to its minimum)
 */
public record LeaseGrant(ResponseHeader header, long id, long ttlSeconds) {
    /**
     * The id as etcdctl prints it.
     *
     * @return the id in lower-case hex
     */
    public String idHex() {
        return Long.toHexString(id);
    }
}
