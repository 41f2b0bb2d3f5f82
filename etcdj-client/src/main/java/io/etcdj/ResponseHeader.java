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
     * Makes a header.
     *
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

    /**
     * The cluster's id.
     *
     * @return the id, an unsigned 64-bit number held in a long (print it with {@link #clusterIdString()})
     */
    public long clusterId() {
        return clusterId;
    }

    /**
     * The id of the member that answered.
     *
     * @return the id, an unsigned 64-bit number held in a long (print it with {@link #memberIdString()})
     */
    public long memberId() {
        return memberId;
    }

    /**
     * The key-value store's revision when the request was served.
     *
     * @return the revision; 0 where etcd did not set it
     */
    public long revision() {
        return revision;
    }

    /**
     * The raft term when the request was served.
     *
     * @return the term
     */
    public long raftTerm() {
        return raftTerm;
    }

    /**
     * The cluster id as etcdctl prints it.
     *
     * @return the id in unsigned decimal
     */
    public String clusterIdString() {
        return Long.toUnsignedString(clusterId);
    }

    /**
     * The member id as etcdctl prints it.
     *
     * @return the id in unsigned decimal
     */
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
