package io.etcdj;

/**
 * The header etcd puts on every response ({@code etcdserverpb.ResponseHeader}).
 *
 * <p>Ids are unsigned 64-bit numbers in etcd's protocol; they are kept in a {@code long} and
 * printed as etcdctl prints them by {@link #clusterIdString()} and {@link #memberIdString()}.
 */
public final class ResponseHeader {
    private final long clusterId;
    private final long memberId;
    private final long revision;
    private final long raftTerm;

    /**
     * @param clusterId the cluster's id (unsigned)
     * @param memberId the id of the member that answered (unsigned)
     * @param revision the store's revision when the request was served
     * @param raftTerm the raft term when the request was served
     */
    public ResponseHeader(long clusterId, long memberId, long revision, long raftTerm) {
        this.clusterId = clusterId;
        this.memberId = memberId;
        this.revision = revision;
        this.raftTerm = raftTerm;
    }

    /** @return the cluster's id, an unsigned 64-bit number held in a long */
    public long clusterId() {
        return clusterId;
    }

    /** @return the answering member's id, an unsigned 64-bit number held in a long */
    public long memberId() {
        return memberId;
    }

    /** @return the key-value store's revision when the request was served (0 where not set) */
    public long revision() {
        return revision;
    }

    /** @return the raft term when the request was served */
    public long raftTerm() {
        return raftTerm;
    }

    /** @return the cluster id in unsigned decimal, as etcdctl prints it */
    public String clusterIdString() {
        return Long.toUnsignedString(clusterId);
    }

    /** @return the member id in unsigned decimal, as etcdctl prints it */
    public String memberIdString() {
        return Long.toUnsignedString(memberId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseHeader h && h.clusterId == clusterId && h.memberId == memberId
                && h.revision == revision && h.raftTerm == raftTerm;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(clusterId) * 31 + Long.hashCode(revision);
    }

    @Override
    public String toString() {
        return "ResponseHeader{clusterId=" + clusterIdString() + ", memberId=" + memberIdString()
                + ", revision=" + revision + ", raftTerm=" + raftTerm + "}";
    }
}
