package io.etcdj.cluster;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * The result of adding a member ({@code MemberAddResponse}): the new member and the membership
 * after the change. Immutable.
 */
public final class MemberAddResponse {
    private final ResponseHeader header;
    private final Member member;
    private final List<Member> members;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     * @param member the member just added; not null
     * @param members every member after the change, the new one included; not null (copied)
     */
    public MemberAddResponse(ResponseHeader header, Member member, List<Member> members) {
        this.header = header;
        this.member = member;
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
     * The member just added. It has no name and no client URLs until its etcd process starts
     * with {@code --initial-cluster-state existing}.
     *
     * @return the new member, with the id etcd gave it; never null
     */
    public Member member() {
        return member;
    }

    /**
     * The membership after the change.
     *
     * @return every member, the new one included; never null
     */
    public List<Member> members() {
        return members;
    }

    @Override
    public String toString() {
        return "MemberAddResponse{header=" + header + ", member=" + member + ", members=" + members + "}";
    }
}
