package io.etcdj.auth;

import io.etcdj.ResponseHeader;

/**
 * The result of an auth change that returns nothing but etcd's response header (enable, disable,
 * user and role add, delete, grant, revoke, password change). Immutable.
 */
public final class AuthResponse {
    private final ResponseHeader header;

    /** @param header the response header; not null */
    public AuthResponse(ResponseHeader header) {
        this.header = header;
    }

    /** @return the response header; never null */
    public ResponseHeader header() {
        return header;
    }

    @Override
    public String toString() {
        return "AuthResponse{" + header + "}";
    }
}
