package io.etcdj.v2.internal;

import io.etcdj.v2.ClusterMismatchException;
import io.etcdj.v2.EtcdV2ConnectionException;
import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to the cluster's members over java.net.http: picks the member that answered
 * last, fails over to the next one when a connection cannot be made (any request) or breaks or
 * times out (only idempotent requests: a write that may have been received is never sent twice),
 * checks that every member answers with the same {@code X-Etcd-Cluster-ID}, and refreshes the
 * member list from {@code /v2/machines}.
 */
public final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final long RESYNC_AFTER_FAILURE_NANOS = Duration.ofSeconds(5).toNanos();

    private final HttpClient http;
    private final Duration timeout;
    private final String authorization;
    private final boolean autoSync;
    private final List<Endpoint> seeds;
    private final AtomicBoolean firstSyncDone = new AtomicBoolean();
    private volatile List<Endpoint> endpoints;
    private volatile Endpoint preferred;
    private volatile String clusterId;
    private volatile long lastSyncNanos = System.nanoTime();
    private volatile boolean closed;

    /**
     * A transport.
     *
     * @param endpoints the member URLs, at least one
     * @param timeout the default timeout of a request
     * @param connectTimeout the timeout of a connection attempt
     * @param user the basic-auth user, or null
     * @param password the basic-auth password, or null
     * @param sslContext the TLS context for https endpoints
     * @param executor where responses complete
     * @param autoSync whether the member list is refreshed from /v2/machines
     */
    public Transport(List<URI> endpoints, Duration timeout, Duration connectTimeout, String user, String password,
            SSLContext sslContext, Executor executor, boolean autoSync) {
        List<Endpoint> list = new ArrayList<>();
        endpoints.forEach(u -> list.add(new Endpoint(u)));
        this.seeds = List.copyOf(list);
        this.endpoints = this.seeds;
        this.preferred = list.get(0);
        this.timeout = timeout;
        this.autoSync = autoSync;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .sslContext(sslContext)
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The endpoints in use, the one that answered last first.
     *
     * @return the URLs
     */
    public List<String> endpoints() {
        List<String> out = new ArrayList<>();
        candidates().forEach(e -> out.add(e.base));
        return out;
    }

    /**
     * The cluster id all members answered with.
     *
     * @return it, in hexadecimal, or null before the first answer
     */
    public String clusterId() {
        return clusterId;
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true when closed
     */
    public boolean isClosed() {
        return closed;
    }

    /** Stops sending; calls waiting for an answer or a retry fail. */
    public void close() {
        closed = true;
    }

    /**
     * Sends a request, with failover.
     *
     * @param req the request
     * @return the answer, whatever its status; fails with an {@link EtcdV2Exception} when no
     *     member answered
     */
    public CompletableFuture<RawResponse> send(V2Request req) {
        if (autoSync && firstSyncDone.compareAndSet(false, true)) {
            return sync().handle((machines, failure) -> null).thenCompose(ignored -> sendNow(req));
        }
        return sendNow(req);
    }

    /**
     * Replaces the member list with the client URLs {@code /v2/machines} lists (the configured
     * endpoints stay as a last resort).
     *
     * @return the URLs etcd listed
     */
    public CompletableFuture<List<String>> sync() {
        lastSyncNanos = System.nanoTime();
        return sendNow(V2Request.get("/v2/machines", "")).thenApply(r -> {
            List<String> machines = Decoder.machines(r);
            if (!machines.isEmpty()) {
                List<Endpoint> old = endpoints;
                List<Endpoint> next = new ArrayList<>();
                for (String m : machines) {
                    next.add(find(old, m));
                }
                for (Endpoint s : seeds) {
                    if (next.stream().noneMatch(e -> e.base.equals(s.base))) {
                        next.add(find(old, s.base));
                    }
                }
                endpoints = List.copyOf(next);
                LOG.debug("etcd v2 endpoints now {}", next);
            }
            return machines;
        });
    }

    private static Endpoint find(List<Endpoint> list, String url) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        for (Endpoint e : list) {
            if (e.base.equals(base)) {
                return e;
            }
        }
        return new Endpoint(URI.create(base));
    }

    private List<Endpoint> candidates() {
        List<Endpoint> all = endpoints;
        Endpoint first = preferred;
        List<Endpoint> out = new ArrayList<>();
        if (all.contains(first) && !first.foreign) {
            out.add(first);
        }
        for (Endpoint e : all) {
            if (e != first && !e.foreign) {
                out.add(e);
            }
        }
        return out;
    }

    private CompletableFuture<RawResponse> sendNow(V2Request req) {
        CompletableFuture<RawResponse> result = new CompletableFuture<>();
        List<Endpoint> list = candidates();
        if (list.isEmpty()) {
            result.completeExceptionally(new ClusterMismatchException(
                    "every endpoint belongs to another cluster than " + clusterId + ": " + endpoints));
            return result;
        }
        attempt(req, list, 0, null, result);
        return result;
    }

    private void attempt(V2Request req, List<Endpoint> list, int i, EtcdV2Exception last,
            CompletableFuture<RawResponse> result) {
        if (closed) {
            result.completeExceptionally(new EtcdV2Exception("the client is closed", false, last));
            return;
        }
        if (i >= list.size()) {
            result.completeExceptionally(last);
            return;
        }
        Endpoint ep = list.get(i);
        verify(ep).thenCompose(v -> withDeadline(http.sendAsync(build(ep, req.path(), req.query(), req),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), req.noTimeout() ? null
                        : req.timeout() == null ? timeout : req.timeout())).whenComplete((resp, err) -> {
                    if (err == null) {
                        String id = resp.headers().firstValue("X-Etcd-Cluster-Id").orElse(null);
                        EtcdV2Exception mismatch = checkCluster(ep, id);
                        if (mismatch != null) {
                            if (req.idempotent()) {
                                attempt(req, list, i + 1, mismatch, result);
                            } else {
                                result.completeExceptionally(mismatch);
                            }
                            return;
                        }
                        preferred = ep;
                        result.complete(new RawResponse(resp.statusCode(), resp.headers(), resp.body(), ep.uri));
                        return;
                    }
                    Throwable t = Futures.strip(err);
                    // a TLS handshake that fails comes before the request is sent
                    boolean neverSent = t instanceof NotSent || t instanceof HttpConnectTimeoutException
                            || causedBy(t, ConnectException.class) || causedBy(t, SSLHandshakeException.class);
                    EtcdV2Exception failure = t instanceof NotSent ns ? ns.failure : map(t, ep, req);
                    boolean waitTimedOut = failure instanceof EtcdV2TimeoutException && req.timeout() != null;
                    boolean retry = neverSent || req.idempotent() && !waitTimedOut;
                    if (neverSent) {
                        resyncSoon();
                    }
                    LOG.debug("etcd v2 {} {} on {} failed: {}", req.method(), req.path(), ep, failure.toString());
                    if (retry) {
                        attempt(req, list, i + 1, failure, result);
                    } else {
                        result.completeExceptionally(failure);
                    }
                });
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** A failure before the request was sent: checking the endpoint's cluster id failed. */
    private static final class NotSent extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient EtcdV2Exception failure;

        NotSent(EtcdV2Exception failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /**
     * The HTTP request's own timeout only covers the headers, and etcd sends a wait's headers at
     * once and its body when the change comes: the whole answer gets a deadline here, which
     * cancels the exchange (and so closes its connection) when it passes.
     */
    private static <T> CompletableFuture<T> withDeadline(CompletableFuture<T> f, Duration deadline) {
        if (deadline == null) {
            return f;
        }
        AtomicBoolean expired = new AtomicBoolean();
        CompletableFuture.delayedExecutor(deadline.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (!f.isDone()) {
                expired.set(true);
                f.cancel(true);
            }
        });
        return f.handle((v, e) -> {
            if (e == null) {
                return v;
            }
            if (expired.get()) {
                throw new CompletionException(new HttpTimeoutException("no complete answer within " + deadline));
            }
            throw e instanceof CompletionException ce ? ce : new CompletionException(e);
        });
    }

    private void resyncSoon() {
        if (autoSync && !closed && System.nanoTime() - lastSyncNanos > RESYNC_AFTER_FAILURE_NANOS) {
            sync().exceptionally(e -> null);
        }
    }

    /** Checks the endpoint's cluster id once, before the first request goes there. */
    private CompletableFuture<Void> verify(Endpoint ep) {
        if (ep.verified) {
            return CompletableFuture.completedFuture(null);
        }
        return http.sendAsync(build(ep, "/v2/members", "", V2Request.get("/v2/members", "")),
                HttpResponse.BodyHandlers.discarding()).handle((resp, err) -> {
                    if (err != null) {
                        throw new NotSent(map(Futures.strip(err), ep, null));
                    }
                    EtcdV2Exception mismatch = checkCluster(ep, resp.headers().firstValue("X-Etcd-Cluster-Id")
                            .orElse(null));
                    if (mismatch != null) {
                        throw new NotSent(mismatch);
                    }
                    ep.verified = true;
                    return null;
                });
    }

    private synchronized EtcdV2Exception checkCluster(Endpoint ep, String id) {
        if (id == null) {
            return null;
        }
        if (clusterId == null) {
            clusterId = id;
        } else if (!clusterId.equals(id)) {
            ep.foreign = true;
            return new ClusterMismatchException("endpoint " + ep + " belongs to cluster " + id
                    + ", not to cluster " + clusterId + " of the other endpoints; it is no longer used");
        }
        return null;
    }

    private HttpRequest build(Endpoint ep, String path, String query, V2Request req) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ep.base + path + (query.isEmpty() ? "" : "?" + query)));
        if (!req.noTimeout()) {
            b.timeout(req.timeout() == null ? timeout : req.timeout());
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (req.body() != null) {
            b.header("Content-Type", req.contentType());
            b.method(req.method(), HttpRequest.BodyPublishers.ofString(req.body(), StandardCharsets.UTF_8));
        } else {
            b.method(req.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    /** The exception for a failure to get an answer; outcome unknown only for a write that was sent. */
    private static EtcdV2Exception map(Throwable t, Endpoint ep, V2Request req) {
        if (t instanceof EtcdV2Exception e) {
            return e;
        }
        boolean write = req != null && !req.idempotent();
        String what = (req == null ? "checking the cluster id of " : req.method() + " " + req.path() + " on ") + ep;
        if (t instanceof HttpConnectTimeoutException) {
            return new EtcdV2TimeoutException("connecting timed out: " + what, false, t);
        }
        if (t instanceof HttpTimeoutException) {
            return new EtcdV2TimeoutException("no answer in time: " + what, write, t);
        }
        if (causedBy(t, ConnectException.class)) {
            return new EtcdV2ConnectionException("cannot connect: " + what + " (" + t + ")", false, t);
        }
        if (causedBy(t, SSLHandshakeException.class)) {
            return new EtcdV2ConnectionException("TLS handshake failed: " + what + " (" + t + ")", false, t);
        }
        if (t instanceof IOException) {
            return new EtcdV2ConnectionException("connection failed: " + what + " (" + t + ")", write, t);
        }
        return new EtcdV2Exception("request failed: " + what + " (" + t + ")", write, t);
    }
}
