package io.etcdj.maintenance;

import io.etcdj.ResponseHeader;

/**
 * The result of defragmenting one member ({@code DefragmentResponse} of etcd's {@code Maintenance.Defragment} RPC): the member has rewritten its backend database without its free pages. Immutable.
 */
public final class DefragmentResponse {
    private final ResponseHeader header;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     */
    public DefragmentResponse(ResponseHeader header) {
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
        return "DefragmentResponse{header=" + header + "}";
    }
}
