package io.etcdj.maintenance;

import io.etcdj.ResponseHeader;

/**
 * The hash of a member's whole backend database ({@code HashResponse} of etcd's
 * {@code Maintenance.Hash} RPC). Immutable. Meant for tests: it differs between members whose
 * databases hold the same data in different pages; compare {@link HashKvResponse} instead.
 */
public final class HashResponse {
    private final ResponseHeader header;
    private final long hash;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     * @param hash the CRC-32 hash, an unsigned 32-bit number in {@code [0, 2^32)}
     */
    public HashResponse(ResponseHeader header, long hash) {
        this.header = header;
        this.hash = hash;
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
     * The hash.
     *
     * @return the unsigned 32-bit hash, in {@code [0, 2^32)}
     */
    public long hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "HashResponse{header=" + header + ", hash=" + hash + "}";
    }
}
