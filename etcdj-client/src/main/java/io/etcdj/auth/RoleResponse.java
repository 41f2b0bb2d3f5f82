package io.etcdj.auth;

import io.etcdj.ResponseHeader;
import java.util.List;

/** A role's key permissions ({@code RoleGet}). Immutable. */
public final class RoleResponse {
    private final ResponseHeader header;
    private final String name;
    private final List<Permission> permissions;

    /**
     * @param header the response header; not null
     * @param name the role's name; not null
     * @param permissions the role's permissions; not null (copied)
     */
    public RoleResponse(ResponseHeader header, String name, List<Permission> permissions) {
        this.header = header;
        this.name = name;
        this.permissions = List.copyOf(permissions);
    }

    /** @return the response header; never null */
    public ResponseHeader header() {
        return header;
    }

    /** @return the role's name, as asked for; never null */
    public String name() {
        return name;
    }

    /** @return the role's permissions, in etcd's order (by key); never null, empty when none */
    public List<Permission> permissions() {
        return permissions;
    }

    @Override
    public String toString() {
        return "RoleResponse{" + name + ", permissions=" + permissions + "}";
    }
}
