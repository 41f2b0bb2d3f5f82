package io.etcdj.cluster;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * The result of removing, updating or promoting a member ({@code MemberRemoveResponse},
 * {@code MemberUpdateResponse}, {@code MemberPromoteResponse}): the membership after the change.
 * Immutable.
 */
public final class MembershipChangeResponse {
    private final ResponseHeader header;
    private final List<Member> members;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     * @param members every member after the change; not null (copied)
     */
    public MembershipChangeResponse(ResponseHeader header, List<Member> members) {
        this.header = header;
        this.members = List.copyOf(members);
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
     * The membership after the change.
     *
     * @return every member; never null
     */
    public List<Member> members() {
        return members;
    }

    @Override
    public String toString() {
        return "MembershipChangeResponse{header=" + header + ", members=" + members + "}";
    }
}
