package io.etcdj.internal;

/**
 * Where a call may go: any endpoint (the default, with failover), one chosen endpoint (status,
 * defragment and hash-kv of a given member), or whichever endpoint is the raft leader now.
 */
public final class CallTarget {
    /** Any endpoint; a retry goes to another where there is one. */
    public static final CallTarget ANY = new CallTarget(null, false);
    /** The member that is the raft leader, found by asking the endpoints' status. */
    public static final CallTarget LEADER = new CallTarget(null, true);

    private final EndpointAddress address;
    private final boolean leader;

    private CallTarget(EndpointAddress address, boolean leader) {
        this.address = address;
        this.leader = leader;
    }

    /**
     * @param address one of the client's endpoints; not null
     * @return a target that sends every attempt of the call to that endpoint
     */
    public static CallTarget endpoint(EndpointAddress address) {
        return new CallTarget(Checks.notNull(address, "endpoint"), false);
    }

    /** @return the pinned endpoint, or null when the call is not pinned to one */
    EndpointAddress address() {
        return address;
    }

    /** @return true for the leader target */
    boolean isLeader() {
        return leader;
    }

    @Override
    public String toString() {
        return leader ? "leader" : address == null ? "any endpoint" : address.toString();
    }
}
