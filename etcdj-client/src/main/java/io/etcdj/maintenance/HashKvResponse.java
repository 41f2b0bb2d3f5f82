package io.etcdj.maintenance;

import io.etcdj.ResponseHeader;

/**
 * The hash of a member's key-value history up to a revision ({@code HashKVResponse} of etcd's
 * {@code Maintenance.HashKV} RPC). Members that agree have equal hashes at the same revision;
 * {@code etcdctl endpoint hashkv} compares them. Immutable.
 */
public final class HashKvResponse {
    private final ResponseHeader header;
    private final long hash;
    private final long compactRevision;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     * @param hash the hash, an unsigned 32-bit number in {@code [0, 2^32)}
     * @param compactRevision the member's compacted revision when the hash was taken
     */
    public HashKvResponse(ResponseHeader header, long hash, long compactRevision) {
        this.header = header;
        this.hash = hash;
        this.compactRevision = compactRevision;
    }

    /**
     * The response header.
     *
     * @return the header; never null
     */
    public ResponseHeader header() {
        return header;
    }

    /**
     * The hash of the keys' history from the compacted revision up to the requested one.
     *
     * @return the unsigned 32-bit hash, in {@code [0, 2^32)}
     */
    public long hash() {
        return hash;
    }

    /**
     * The compacted revision the hash starts from.
     *
     * @return the revision; 0 when nothing was compacted
     */
    public long compactRevision() {
        return compactRevision;
    }

    @Override
    public String toString() {
        return "HashKvResponse{header=" + header + ", hash=" + hash + ", compactRevision=" + compactRevision + "}";
    }
}
