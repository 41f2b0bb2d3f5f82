package io.etcdj.maintenance;

import io.etcdj.ResponseHeader;

/**
 * The result of moving the leadership ({@code MoveLeaderResponse} of etcd's {@code Maintenance.MoveLeader} RPC): the target member is the leader now. Immutable.
 */
public final class MoveLeaderResponse {
    private final ResponseHeader header;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     */
    public MoveLeaderResponse(ResponseHeader header) {
        this.header = header;
    }

    /**
     * The response header.
     *
     * @return the header; never null (etcd 3.4 leaves its cluster id, member id and revision 0)
     */
    public ResponseHeader header() {
        return header;
    }

    @Override
    public String toString() {
        return "MoveLeaderResponse{header=" + header + "}";
    }
}
