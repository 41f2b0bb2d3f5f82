package io.etcdj.auth;

import io.etcdj.ResponseHeader;

/**
 * Whether authentication is enabled (etcd's {@code Auth.AuthStatus} RPC, etcd 3.5 and later; on
 * etcd 3.4, which lacks it, see {@link AsyncAuth#authStatus()}). Immutable.
 */
public final class AuthStatusResponse {
    private final ResponseHeader header;
    private final boolean enabled;
    private final long authRevision;

    /**
     * @param header the response header; not null
     * @param enabled whether authentication is enabled
     * @param authRevision the auth store's revision; 0 when the server does not report it
     */
    public AuthStatusResponse(ResponseHeader header, boolean enabled, long authRevision) {
        this.header = header;
        this.enabled = enabled;
        this.authRevision = authRevision;
    }

    /** @return the response header; never null (all zero when the server had no AuthStatus RPC) */
    public ResponseHeader header() {
        return header;
    }

    /** @return true when authentication is enabled */
    public boolean enabled() {
        return enabled;
    }

    /**
     * @return the auth store's revision, which each user or role change raises; 0 when the server
     *     does not report it (etcd 3.4)
     */
    public long authRevision() {
        return authRevision;
    }

    @Override
    public String toString() {
        return "AuthStatusResponse{enabled=" + enabled + ", authRevision=" + authRevision + "}";
    }
}
