package io.etcdj.cluster;

import io.etcdj.ResponseHeader;
import java.util.List;
import java.util.Optional;

/**
 * The cluster's members ({@code MemberListResponse}). Immutable.
 */
public final class MemberListResponse {
    private final ResponseHeader header;
    private final List<Member> members;

    /**
     * Makes a response.
     *
     * @param header the response header; not null
     * @param members the members, in etcd's order; not null (copied)
     */
    public MemberListResponse(ResponseHeader header, List<Member> members) {
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
     * The members, learners and members not yet started included.
     *
     * @return the members in the order etcd lists them; never null
     */
    public List<Member> members() {
        return members;
    }

    /**
     * Finds a member by id.
     *
     * @param id a member id (unsigned)
     * @return the member, or empty when no member has that id
     */
    public Optional<Member> member(long id) {
        return members.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public String toString() {
        return "MemberListResponse{header=" + header + ", members=" + members + "}";
    }
}
