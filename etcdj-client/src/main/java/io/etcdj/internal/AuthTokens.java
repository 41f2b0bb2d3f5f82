package io.etcdj.internal;

import io.etcdj.grpc.AuthenticateRequest;
import io.etcdj.internal.transport.Rpcs;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credentials hook for a client built with a user and password: authenticates with etcd's
 * {@code Authenticate} RPC (through a pipeline of its own that sends no token), attaches the token
 * it gets as the {@code token} header of every call and stream, and fetches a new one when etcd
 * rejects the current one as invalid or stale. Concurrent calls share one authentication.
 */
final class AuthTokens implements MetadataProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AuthTokens.class);
    /** The metadata key etcd reads the token from. */
    static final String TOKEN = "token";

    private final Credentials credentials;
    private final Map<String, String> headers;
    private final CallPipeline tokenless;
    private final Duration timeout;
    /** The token being fetched or in use; null when none is. */
    private CompletableFuture<Map<String, String>> current;

    /**
     * @param credentials the user and password
     * @param headers the user's fixed headers, sent with the token
     * @param tokenless a pipeline over the same endpoints that sends only the fixed headers
     * @param timeout the deadline of one authentication
     */
    AuthTokens(Credentials credentials, Map<String, String> headers, CallPipeline tokenless, Duration timeout) {
        this.credentials = credentials;
        this.headers = Map.copyOf(headers);
        this.tokenless = tokenless;
        this.timeout = timeout;
    }

    @Override
    public synchronized CompletableFuture<Map<String, String>> metadata() {
        CompletableFuture<Map<String, String>> c = current;
        if (c == null || c.isCompletedExceptionally()) {
            c = authenticate();
            current = c;
        }
        return c;
    }

    @Override
    public synchronized boolean refresh(Map<String, String> rejected) {
        CompletableFuture<Map<String, String>> c = current;
        if (c != null && c.isDone() && !c.isCompletedExceptionally() && c.join().equals(rejected)) {
            LOG.debug("etcd rejected the auth token of user {}; authenticating again", credentials.user());
            current = null;
        }
        return true;
    }

    private CompletableFuture<Map<String, String>> authenticate() {
        AuthenticateRequest request = AuthenticateRequest.newBuilder()
                .setName(credentials.user()).setPassword(credentials.password()).build();
        return tokenless.unary(Rpcs.AUTHENTICATE, request, timeout, true, CallTarget.ANY, r -> {
            Map<String, String> m = new HashMap<>(headers);
            m.put(TOKEN, r.getToken());
            return Map.copyOf(m);
        });
    }
}
