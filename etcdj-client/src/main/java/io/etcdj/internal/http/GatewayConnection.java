package io.etcdj.internal.http;

import com.google.protobuf.Message;
import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.transport.Attempt;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.ClientStream;
import io.etcdj.internal.transport.Connection;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.internal.transport.StreamListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway of one endpoint. Learns the API prefix from the server's {@code GET /version} (etcd
 * 3.4 and later serve {@code /v3}, 3.3 {@code /v3beta}, 3.2 {@code /v3alpha}) unless the settings
 * name it, and is ready once the server answered; a connection failure makes it not ready until the
 * next answer. {@code java.net.http} keeps the TCP connections; this class keeps the state the call
 * pipeline and the endpoint pool look at.
 */
final class GatewayConnection implements Connection {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);

    private enum State { IDLE, CONNECTING, READY, FAILED, SHUTDOWN }

    private final GatewayTransport transport;
    private final EndpointAddress address;
    private final String base;
    private final HttpClient.Version version;
    private final Object lock = new Object();
    private final List<Runnable> stateListeners = new ArrayList<>();
    /** Unary attempts and stream exchanges in flight, to fail them on {@link #shutdownNow()}. */
    private final Set<Cancellable> inFlight = ConcurrentHashMap.newKeySet();
    private State state = State.IDLE;
    /**
     * Unary exchanges allowed in flight at once. HTTP/1.1 carries one exchange per TCP connection at
     * a time, so a burst of a thousand calls would open a thousand connections at once (and time
     * their connects out); beyond this many, calls wait their turn, their deadlines running.
     */
    static final int MAX_UNARY_IN_FLIGHT = 128;
    private final java.util.ArrayDeque<Runnable> waitingUnary = new java.util.ArrayDeque<>();
    private int unaryInFlight;
    /** True while a liveness check of this endpoint is scheduled or running. */
    private boolean pinging;
    /** The API prefix once known or being learned; null before the first probe and after a failed one. */
    private CompletableFuture<String> prefix;

    /** Something in flight that {@link #shutdownNow()} ends. */
    interface Cancellable {
        void cancel(String reason);
    }

    GatewayConnection(GatewayTransport transport, EndpointAddress address) {
        this.transport = transport;
        this.address = address;
        this.base = address.toString();
        // HTTP/2 only where TLS can negotiate it: etcd sends cleartext HTTP/2 to its gRPC server, not the gateway
        this.version = address.tls() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
    }

    @Override
    public <Q extends Message, R extends Message> Attempt start(Rpc<Q, R> rpc, Q request, long timeoutNanos,
            Map<String, String> metadata, AttemptListener<R> listener) {
        UnaryExchange<Q, R> attempt = new UnaryExchange<>(this, rpc, request, timeoutNanos, metadata, listener);
        execute(attempt::start, attempt);
        return attempt;
    }

    @Override
    public <Q extends Message, R extends Message> ClientStream<Q> openStream(Rpc<Q, R> rpc,
            Map<String, String> metadata, StreamListener<R> listener) {
        return new GatewayStream<>(this, rpc, metadata, listener);
    }

    /** Runs the unary exchange's start now if fewer than the limit are in flight, else when one ends. */
    void whenPermitted(Runnable start) {
        synchronized (lock) {
            if (unaryInFlight >= MAX_UNARY_IN_FLIGHT) {
                waitingUnary.add(start);
                return;
            }
            unaryInFlight++;
        }
        start.run();
    }

    /** A unary exchange that was permitted ended: the next waiting one may start. */
    void releasePermit() {
        Runnable next;
        synchronized (lock) {
            next = waitingUnary.poll();
            if (next == null) {
                unaryInFlight--;
                return;
            }
        }
        try {
            transport.executor().execute(next);
        } catch (RejectedExecutionException closed) {
            next.run(); // it fails at once: the client is closed
        }
    }

    /** Runs a task on the transport's threads; when they are gone (shut down), cancels what it was for. */
    void execute(Runnable task, Cancellable owner) {
        try {
            transport.executor().execute(task);
        } catch (RejectedExecutionException e) {
            owner.cancel("the client is closed");
        }
    }

    /**
     * @param path the RPC's gateway path below the prefix
     * @param body the request's JSON
     * @param metadata the call's metadata: the auth token goes in {@code Authorization}, anything else in
     *     {@code Grpc-Metadata-<name>}, which the gateway passes on to etcd as gRPC metadata
     * @param timeout the time the server has to answer; null for none (streams)
     * @param publisher wraps the body publisher (to learn when the body is sent)
     */
    HttpRequest request(String prefix, String path, byte[] body, Map<String, String> metadata, Duration timeout,
            java.util.function.UnaryOperator<HttpRequest.BodyPublisher> publisher) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + prefix + path))
                .version(version)
                .header("Content-Type", "application/json")
                .header("User-Agent", transport.settings().userAgent())
                .POST(publisher.apply(HttpRequest.BodyPublishers.ofByteArray(body)));
        if (timeout != null) {
            b.timeout(timeout);
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            if (e.getKey().equals("token")) {
                b.header("Authorization", e.getValue());
            } else {
                b.header("Grpc-Metadata-" + e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    HttpClient http() {
        return transport.http();
    }

    /** @return the transport's threads */
    Executor executor() {
        return transport.executor();
    }

    /** @return the threads unary exchanges block on */
    Executor senders() {
        return transport.senders();
    }

    int maxInboundMessageBytes() {
        return transport.settings().maxInboundMessageBytes();
    }

    EndpointAddress address() {
        return address;
    }

    void track(Cancellable c) {
        inFlight.add(c);
        if (c instanceof StreamExchange) {
            synchronized (lock) {
                if (pinging || state == State.SHUTDOWN) {
                    return;
                }
                pinging = true;
            }
            schedulePing();
        }
    }

    private void schedulePing() {
        java.util.concurrent.CompletableFuture.delayedExecutor(transport.settings().keepAliveTime().toNanos(),
                java.util.concurrent.TimeUnit.NANOSECONDS, transport.executor()).execute(this::ping);
    }

    /**
     * Checks that the endpoint still answers while streams are open on it, as gRPC's keep-alive pings
     * do: a member that is paused or cut off keeps its TCP connections open and sends nothing, which
     * a watch cannot tell from a quiet key. No answer within the timeout ends every stream exchange
     * on the endpoint with UNAVAILABLE; the stream layer reopens them on another endpoint.
     */
    private void ping() {
        List<StreamExchange<?>> streams = streams();
        if (streams.isEmpty()) {
            synchronized (lock) {
                pinging = false;
            }
            if (streams().isEmpty()) {
                return;
            }
            synchronized (lock) {
                if (pinging) {
                    return; // a new stream started the checks again
                }
                pinging = true;
            }
        }
        Duration timeout = transport.settings().keepAliveTimeout();
        transport.http().sendAsync(versionRequest(timeout), HttpResponse.BodyHandlers.discarding())
                .whenComplete((r, error) -> {
            if (error != null) {
                connectionFailed();
                for (StreamExchange<?> s : streams()) {
                    s.broken("the endpoint did not answer a liveness check within " + timeout.toMillis() + " ms ("
                            + unwrap(error) + ")");
                }
            }
            try {
                schedulePing();
            } catch (RejectedExecutionException closed) {
                synchronized (lock) {
                    pinging = false;
                }
            }
        });
    }

    private List<StreamExchange<?>> streams() {
        List<StreamExchange<?>> streams = new ArrayList<>();
        for (Cancellable c : inFlight) {
            if (c instanceof StreamExchange<?> s) {
                streams.add(s);
            }
        }
        return streams;
    }

    void untrack(Cancellable c) {
        inFlight.remove(c);
    }

    /**
     * @return the API prefix; learned on the first call (the future then completes on a transport
     *     thread) and again after a failed probe; fails with the probe's error when the server cannot be reached
     */
    CompletableFuture<String> prefix() {
        String configured = transport.settings().prefix();
        synchronized (lock) {
            if (state == State.SHUTDOWN) {
                return CompletableFuture.failedFuture(new java.io.IOException("the connection is shut down"));
            }
            if (configured != null) {
                if (state == State.IDLE) {
                    probe(configured);
                }
                return CompletableFuture.completedFuture(configured);
            }
            if (prefix == null) {
                probe(null);
            }
            return prefix;
        }
    }

    /** Asks the server for its version; holds the lock. */
    private void probe(String configured) {
        CompletableFuture<String> learned = new CompletableFuture<>();
        if (configured == null) {
            prefix = learned;
        }
        setState(State.CONNECTING);
        transport.http().sendAsync(versionRequest(transport.settings().connectTimeout().plusSeconds(5)),
                HttpResponse.BodyHandlers.ofString()).whenComplete((r, error) -> {
            if (error != null) {
                synchronized (lock) {
                    if (prefix == learned) {
                        prefix = null;
                    }
                    if (state != State.SHUTDOWN) {
                        setState(State.FAILED);
                    }
                }
                learned.completeExceptionally(error instanceof java.util.concurrent.CompletionException
                        && error.getCause() != null ? error.getCause() : error);
                return;
            }
            String p = configured != null ? configured : prefixOf(r.statusCode(), r.body());
            answered();
            learned.complete(p);
        });
    }

    /** @return the gateway prefix for the server's {@code /version} answer; {@code /v3} when it has none */
    String prefixOf(int status, String body) {
        if (status == 200) {
            com.google.protobuf.Struct json = GatewayError.object(body);
            String v = json == null ? null : GatewayError.string(json, "etcdserver");
            if (v != null) {
                return GatewayVersions.prefix(v);
            }
        }
        LOG.warn("etcdj: {} did not say its etcd version (GET /version: HTTP {}); using the gateway prefix /v3",
                address, status);
        return "/v3";
    }

    /** The server answered an HTTP request. */
    void answered() {
        synchronized (lock) {
            if (state != State.SHUTDOWN && state != State.READY) {
                setState(State.READY);
            }
        }
    }

    /** A request could not reach the server or lost its connection. */
    void connectionFailed() {
        synchronized (lock) {
            if (state != State.SHUTDOWN && state != State.FAILED) {
                setState(State.FAILED);
            }
        }
    }

    /** Holds the lock. */
    private void setState(State next) {
        if (state == next) {
            return;
        }
        state = next;
        List<Runnable> run = new ArrayList<>(stateListeners);
        stateListeners.clear();
        for (Runnable r : run) {
            r.run();
        }
    }

    @Override
    public boolean isReady() {
        synchronized (lock) {
            return state == State.READY;
        }
    }

    @Override
    public void connect() {
        synchronized (lock) {
            if (state != State.IDLE) {
                return;
            }
        }
        prefix();
    }

    @Override
    public boolean isConnecting() {
        synchronized (lock) {
            return state == State.IDLE || state == State.CONNECTING;
        }
    }

    @Override
    public void whenStateChanges(Runnable action, Executor executor) {
        synchronized (lock) {
            if (state == State.SHUTDOWN) {
                return;
            }
            stateListeners.add(() -> {
                try {
                    executor.execute(action);
                } catch (RejectedExecutionException closed) {
                    // the client is closing: nobody waits any more
                }
            });
        }
    }

    @Override
    public void reconnectNow() {
        String configured = transport.settings().prefix();
        synchronized (lock) {
            if (state == State.FAILED) {
                if (configured != null) {
                    probe(configured);
                } else if (prefix == null) {
                    probe(null);
                }
            }
        }
    }

    @Override
    public void shutdown() {
        synchronized (lock) {
            setState(State.SHUTDOWN);
        }
    }

    @Override
    public void shutdownNow() {
        shutdown();
        for (Cancellable c : inFlight.toArray(new Cancellable[0])) {
            c.cancel("the client is closed");
        }
    }

    /**
     * The server's {@code GET /version}: what the prefix is learned from, and the liveness check.
     *
     * @param timeout how long the answer may take
     */
    private HttpRequest versionRequest(Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + "/version"))
                .version(version)
                .header("User-Agent", transport.settings().userAgent())
                .timeout(timeout)
                .GET().build();
    }

    /** @return the status of an exchange that failed before an answer, by the exception that ended it */
    static StatusCode codeOf(Throwable error) {
        if (error instanceof java.util.concurrent.CancellationException) {
            return StatusCode.CANCELLED;
        }
        if (error instanceof java.net.http.HttpConnectTimeoutException) {
            return StatusCode.UNAVAILABLE;
        }
        if (error instanceof java.net.http.HttpTimeoutException) {
            return StatusCode.DEADLINE_EXCEEDED;
        }
        if (error instanceof java.io.IOException) {
            return StatusCode.UNAVAILABLE;
        }
        return StatusCode.INTERNAL;
    }

    /** @return the cause of a failed exchange, without the future's wrapping */
    static Throwable unwrap(Throwable error) {
        while ((error instanceof java.util.concurrent.CompletionException
                || error instanceof java.util.concurrent.ExecutionException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    /** @return the text of a response body */
    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "gateway " + base;
    }
}
