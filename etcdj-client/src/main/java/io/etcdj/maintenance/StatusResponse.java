package io.etcdj.maintenance;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * The status of one member ({@code StatusResponse} of etcd's {@code Maintenance.Status} RPC), as
 * {@code etcdctl endpoint status} shows it. Immutable.
 *
 * <p>Ids are unsigned 64-bit numbers held in a {@code long}: {@link #leaderHex()} and
 * {@link ResponseHeader#memberId()} with {@link Long#toHexString(long)} print them as etcdctl does.
 */
public final class StatusResponse {
    private final ResponseHeader header;
    private final String version;
    private final long dbSize;
    private final long dbSizeInUse;
    private final long leader;
    private final long raftIndex;
    private final long raftTerm;
    private final long raftAppliedIndex;
    private final List<String> errors;
    private final boolean learner;

    /**
     * Makes a status value.
     *
     * @param header the response header; its member id is the id of the member that answered; not null
     * @param version the member's etcd version, such as {@code 3.4.23}; not null
     * @param dbSize the size of the member's backend database file, in bytes
     * @param dbSizeInUse the part of that file in use, in bytes (the rest is free pages a defragment gives back)
     * @param leader the id of the leader the member knows of (unsigned), 0 when it knows none
     * @param raftIndex the member's raft committed index
     * @param raftTerm the member's raft term
     * @param raftAppliedIndex the member's raft applied index
     * @param errors the member's alarm descriptions, such as {@code memberID:... alarm:NOSPACE}; not null (copied)
     * @param learner true when the member is a raft learner
     */
    public StatusResponse(ResponseHeader header, String version, long dbSize, long dbSizeInUse, long leader,
            long raftIndex, long raftTerm, long raftAppliedIndex, List<String> errors, boolean learner) {
        this.header = header;
        this.version = version;
        this.dbSize = dbSize;
        this.dbSizeInUse = dbSizeInUse;
        this.leader = leader;
        this.raftIndex = raftIndex;
        this.raftTerm = raftTerm;
        this.raftAppliedIndex = raftAppliedIndex;
        this.errors = List.copyOf(errors);
        this.learner = learner;
    }

    /**
     * The response header.
     *
     * @return the header; {@code header().memberId()} is the answering member's id; never null
     */
    public ResponseHeader header() {
        return header;
    }

    /**
     * The member's etcd version.
     *
     * @return the version, such as {@code 3.4.23}; never null
     */
    public String version() {
        return version;
    }

    /**
     * The size of the member's backend database file.
     *
     * @return the size in bytes
     */
    public long dbSize() {
        return dbSize;
    }

    /**
     * The part of the backend database file in use; the rest is free pages that
     * {@link Maintenance#defragment(String)} gives back to the file system.
     *
     * @return the size in bytes
     */
    public long dbSizeInUse() {
        return dbSizeInUse;
    }

    /**
     * The leader the member knows of.
     *
     * @return the leader's member id (unsigned), 0 when the member knows no leader
     */
    public long leader() {
        return leader;
    }

    /**
     * The leader's id in hexadecimal, as etcdctl prints member ids.
     *
     * @return the id in lowercase hex without leading zeros ({@code 0} when there is no leader)
     */
    public String leaderHex() {
        return Long.toHexString(leader);
    }

    /**
     * Whether the member that answered is the leader.
     *
     * @return true when the leader id is the answering member's id
     */
    public boolean isLeader() {
        return leader != 0 && leader == header.memberId();
    }

    /**
     * The member's raft committed index.
     *
     * @return the index
     */
    public long raftIndex() {
        return raftIndex;
    }

    /**
     * The member's raft term.
     *
     * @return the term
     */
    public long raftTerm() {
        return raftTerm;
    }

    /**
     * The member's raft applied index: how far it has applied the committed log.
     *
     * @return the index
     */
    public long raftAppliedIndex() {
        return raftAppliedIndex;
    }

    /**
     * The member's active alarms, in etcd's words.
     *
     * @return the descriptions; empty (never null) when there is none
     */
    public List<String> errors() {
        return errors;
    }

    /**
     * Whether the member is a raft learner.
     *
     * @return true for a learner
     */
    public boolean isLearner() {
        return learner;
    }

    @Override
    public String toString() {
        return "StatusResponse{header=" + header + ", version=" + version + ", dbSize=" + dbSize + ", dbSizeInUse="
                + dbSizeInUse + ", leader=" + leaderHex() + ", raftIndex=" + raftIndex + ", raftTerm=" + raftTerm
                + ", raftAppliedIndex=" + raftAppliedIndex + ", errors=" + errors + ", learner=" + learner + "}";
    }
}
