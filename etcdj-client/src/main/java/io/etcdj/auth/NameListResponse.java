package io.etcdj.auth;

import io.etcdj.ResponseHeader;
import java.util.List;

/** The names of all users or all roles ({@code UserList}, {@code RoleList}), in etcd's order (sorted). Immutable. */
public final class NameListResponse {
    private final ResponseHeader header;
    private final List<String> names;

    /**
     * @param header the response header; not null
     * @param names the names; not null (copied)
     */
    public NameListResponse(ResponseHeader header, List<String> names) {
        this.header = header;
        this.names = List.copyOf(names);
    }

    /** @return the response header; never null */
    public ResponseHeader header() {
        return header;
    }

    /** @return the names; never null, empty when there are none */
    public List<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return "NameListResponse" + names;
    }
}
