package io.etcdj.auth;

import io.etcdj.ResponseHeader;
import java.util.List;

/** A user's roles ({@code UserGet}). Immutable. */
public final class UserResponse {
    private final ResponseHeader header;
    private final String name;
    private final List<String> roles;

    /**
     * @param header the response header; not null
     * @param name the user's name; not null
     * @param roles the roles granted to the user; not null (copied)
     */
    public UserResponse(ResponseHeader header, String name, List<String> roles) {
        this.header = header;
        this.name = name;
        this.roles = List.copyOf(roles);
    }

    /** @return the response header; never null */
    public ResponseHeader header() {
        return header;
    }

    /** @return the user's name, as asked for; never null */
    public String name() {
        return name;
    }

    /** @return the roles granted to the user, sorted; never null, empty when none */
    public List<String> roles() {
        return roles;
    }

    @Override
    public String toString() {
        return "UserResponse{" + name + ", roles=" + roles + "}";
    }
}
