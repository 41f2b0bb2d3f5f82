package io.etcdj.internal;

import com.google.protobuf.Message;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.Outcome;
import io.etcdj.internal.transport.Attempt;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.StatusCode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs every unary etcd call over whatever transport the client uses: picks an endpoint (any, a
 * pinned one, or the leader), attaches the metadata, gives each attempt its share of the call's
 * deadline, maps failures to typed exceptions through {@link ErrorMapper}, and decides about
 * retries. Knows nothing of gRPC: a {@link io.etcdj.internal.transport.Connection} runs each attempt.
 *
 * <p>The retry rule: a failure that is transient (no connection, no leader, leader changed,
 * server-side timeout, too many requests) is retried after a jittered exponential backoff, on
 * another endpoint where there is one, until the call's deadline, when either the attempt provably
 * never reached a server or the call is repeatable (a read, or a write the caller declared
 * idempotent). A write whose outcome is unknown is never repeated. Rejected credentials are
 * refreshed and the call tried once more (the rejection is definite). When no endpoint can be
 * connected to at all, the call fails once the connect timeout has passed. A repeatable call with
 * several endpoints gives each attempt half the time left, so a member that hangs without closing
 * its connection still leaves time to ask another; the backoff never outlasts the deadline, so a
 * read uses its whole deadline while any member may answer.
 *
 * <p>The outcome reported is {@link Outcome#UNKNOWN} when any attempt of the call may have taken
 * effect, whatever the last attempt saw.
 */
public final class CallPipeline {
    /** The shortest attempt deadline worth splitting a call's time for. */
    private static final long MIN_ATTEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** With less time than this left, no further attempt is started. */
    private static final long MIN_RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final EndpointPool pool;
    private final ScheduledExecutorService scheduler;
    private final MetadataProvider metadata;
    private final Executor callbackExecutor;
    private final long defaultTimeoutNanos;
    private final long connectTimeoutNanos;
    private final LeaderFinder leaders;
    private volatile boolean closed;
    /** Calls between a failed attempt and their retry; only these have no attempt to fail on close. */
    private final Set<UnaryCall<?, ?, ?>> waitingToRetry = ConcurrentHashMap.newKeySet();

    /**
     * @param pool the endpoints
     * @param scheduler runs retries after their backoff
     * @param metadata the headers of every attempt
     * @param callbackExecutor completes the calls' futures; null to complete them on the transport
     *     thread that received the answer
     * @param defaultTimeout the deadline of a call that sets none
     * @param connectTimeout how long a call may find no endpoint to connect to before it fails
     */
    CallPipeline(EndpointPool pool, ScheduledExecutorService scheduler, MetadataProvider metadata,
            Executor callbackExecutor, Duration defaultTimeout, Duration connectTimeout) {
        this.pool = pool;
        this.scheduler = scheduler;
        this.metadata = metadata;
        this.callbackExecutor = callbackExecutor;
        this.defaultTimeoutNanos = defaultTimeout.toNanos();
        this.connectTimeoutNanos = connectTimeout.toNanos();
        this.leaders = new LeaderFinder(this, pool);
    }

    /**
     * Starts a unary call on any endpoint.
     *
     * @see #unary(Rpc, Message, Duration, boolean, CallTarget, Function)
     */
    public <Q extends Message, R extends Message, T> CompletableFuture<T> unary(Rpc<Q, R> rpc, Q request,
            Duration timeout, boolean repeatable, Function<? super R, ? extends T> map) {
        return unary(rpc, request, timeout, repeatable, CallTarget.ANY, map);
    }

    /**
     * Starts a unary call whose response is mapped on arrival: the returned future is the call's
     * own (no extra stage), and cancelling it cancels the attempt in flight.
     *
     * @param rpc the RPC
     * @param request the request message
     * @param timeout the call's deadline from now, retries included; null for the client default
     * @param repeatable true when the call may be repeated after an unknown outcome
     * @param target where the call may go
     * @param map turns the response into the caller's value; a failure in it fails the call with
     *     an {@link io.etcdj.exception.InternalException}
     * @param <Q> request type
     * @param <R> response type
     * @param <T> result type
     * @return a future of the mapped response; it fails only with {@link EtcdException}s
     */
    public <Q extends Message, R extends Message, T> CompletableFuture<T> unary(Rpc<Q, R> rpc, Q request,
            Duration timeout, boolean repeatable, CallTarget target, Function<? super R, ? extends T> map) {
        long timeoutNanos = timeout == null ? defaultTimeoutNanos : timeout.toNanos();
        UnaryCall<Q, R, T> call = new UnaryCall<>(rpc, request, repeatable, target, timeoutNanos, map);
        call.attempt(null);
        return call.result;
    }

    /** @return the endpoints, for streams opened beside the pipeline (snapshots) */
    EndpointPool pool() {
        return pool;
    }

    /** @return the credentials of every call, for streams opened beside the pipeline (snapshots) */
    MetadataProvider metadata() {
        return metadata;
    }

    /** Marks the pipeline closed and fails the calls waiting for a retry. */
    void close() {
        closed = true;
        for (UnaryCall<?, ?, ?> call : waitingToRetry) {
            waitingToRetry.remove(call);
            call.fail(ErrorMapper.closed(call.outcomeSoFar()));
        }
    }

    private final class UnaryCall<Q extends Message, R extends Message, T> implements AttemptListener<R> {
        private final Rpc<Q, R> rpc;
        private final Q request;
        private final boolean repeatable;
        private final CallTarget target;
        private final long startNanos = System.nanoTime();
        private final long deadlineNanos;
        private final Function<? super R, ? extends T> map;
        final CompletableFuture<T> result = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                Attempt a = current;
                if (cancelled && a != null) {
                    a.cancel("cancelled by the caller");
                }
                return cancelled;
            }
        };
        private volatile Attempt current;
        private volatile boolean sent;
        /** Whether an earlier attempt may have taken effect. */
        private volatile boolean unknownEarlier;
        private int failures;
        private int attempts;
        private boolean refreshedCredentials;
        private int tlsFailures;
        private boolean attemptShortened;
        private Endpoint endpoint;
        private Map<String, String> attemptMetadata;
        private R response;

        UnaryCall(Rpc<Q, R> rpc, Q request, boolean repeatable, CallTarget target, long timeoutNanos,
                Function<? super R, ? extends T> map) {
            this.rpc = rpc;
            this.request = request;
            this.repeatable = repeatable;
            this.target = target;
            this.deadlineNanos = startNanos + timeoutNanos;
            this.map = map;
        }

        Outcome outcomeSoFar() {
            return unknownEarlier ? Outcome.UNKNOWN : Outcome.NOT_APPLIED;
        }

        void attempt(Endpoint avoid) {
            if (result.isDone()) {
                return;
            }
            if (closed) {
                fail(ErrorMapper.closed(outcomeSoFar()));
                return;
            }
            if (deadlineNanos - System.nanoTime() <= 0) {
                failDeadline();
                return;
            }
            if (target.isLeader()) {
                CompletableFuture<Endpoint> leader = leaders.leader(deadlineNanos - System.nanoTime());
                if (leader.isDone() && !leader.isCompletedExceptionally()) {
                    withEndpoint(leader.join());
                } else {
                    leader.whenComplete((e, error) -> {
                        if (error != null) {
                            fail(error);
                        } else {
                            withEndpoint(e);
                        }
                    });
                }
            } else if (target.address() != null) {
                Endpoint pinned = pool.find(target.address());
                if (pinned == null) {
                    fail(Checks.invalid("endpoint " + target.address() + " is not one of the client's endpoints"));
                } else {
                    withEndpoint(pinned);
                }
            } else {
                pickAndSend(avoid);
            }
        }

        /**
         * Sends to a ready endpoint when there is one. A connection can become ready between the
         * pick and the look at the others (a fresh client's first call): then pick again, rather
         * than queue the attempt on a connection that may never be ready (a paused member).
         */
        private void pickAndSend(Endpoint avoid) {
            Endpoint e = pool.pick(avoid);
            for (int i = 0; i < 3 && !e.connection.isReady(); i++) {
                if (!pool.anyReady()) {
                    if (awaitReadyEndpoint(avoid)) {
                        return;
                    }
                    if (!pool.anyReady()) {
                        break; // nothing is ready or connecting: go ahead
                    }
                }
                e = pool.pick(avoid); // one became ready since the pick
            }
            withEndpoint(e);
        }

        /**
         * With several endpoints, none ready and some still connecting (a fresh client, or all
         * connections lost), waits for the first connection to change state and picks again,
         * rather than queue the attempt on a connection that may never become ready (a member
         * that accepts TCP connections but is paused). The wait ends at the deadline at the latest.
         *
         * @return true when the call waits and will pick again; false to go ahead with the pick
         */
        private boolean awaitReadyEndpoint(Endpoint avoid) {
            long remaining = deadlineNanos - System.nanoTime();
            if (pool.size() < 2 || remaining <= 0 || !pool.anyConnecting()) {
                return false;
            }
            java.util.concurrent.atomic.AtomicBoolean woken = new java.util.concurrent.atomic.AtomicBoolean();
            waitingToRetry.add(this);
            java.util.concurrent.ScheduledFuture<?>[] timer = new java.util.concurrent.ScheduledFuture<?>[1];
            Runnable[] self = new Runnable[1];
            Runnable wake = () -> {
                if (woken.compareAndSet(false, true)) {
                    java.util.concurrent.ScheduledFuture<?> t = timer[0];
                    if (t != null) {
                        t.cancel(false);
                    }
                    pool.stopWaiting(self[0]);
                    retry(avoid);
                }
            };
            self[0] = wake;
            try {
                timer[0] = scheduler.schedule(wake, remaining, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                waitingToRetry.remove(this);
                fail(ErrorMapper.closed(outcomeSoFar()));
                return true;
            }
            pool.whenReadyOrFailed(wake, scheduler);
            if (closed) {
                CallPipeline.this.close();
            }
            return true;
        }

        private void withEndpoint(Endpoint e) {
            endpoint = e;
            CompletableFuture<Map<String, String>> headers = metadata.metadata();
            if (headers.isDone() && !headers.isCompletedExceptionally()) {
                send(headers.join());
            } else {
                headers.whenComplete((h, error) -> {
                    if (error != null) {
                        fail(error);
                    } else {
                        send(h);
                    }
                });
            }
        }

        private void send(Map<String, String> headers) {
            if (result.isDone()) {
                return;
            }
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                failDeadline();
                return;
            }
            int number = ++attempts;
            attemptMetadata = headers;
            sent = false;
            response = null;
            try {
                Attempt a = endpoint.connection.start(rpc, request, attemptNanos(remaining), headers, this);
                if (attempts == number) {
                    current = a;
                }
                // a cancel that came between the done-check above and here found no attempt to cancel
                if (result.isDone()) {
                    a.cancel("cancelled by the caller");
                }
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        /**
         * A repeatable call free to use any of several endpoints gives one attempt half the time
         * left (when that is at least {@link #MIN_ATTEMPT_NANOS}), so that a member that hangs
         * (paused, partitioned) leaves time to try another. Everything else gets all the time left.
         */
        private long attemptNanos(long remaining) {
            attemptShortened = repeatable && target == CallTarget.ANY && pool.size() > 1
                    && remaining / 2 >= MIN_ATTEMPT_NANOS;
            return attemptShortened ? remaining / 2 : remaining;
        }

        @Override
        public void onSent() {
            sent = true;
        }

        @Override
        public void onMessage(R message) {
            response = message;
        }

        @Override
        public void onClose(StatusCode code, String message, Throwable cause) {
            if (code == StatusCode.OK) {
                endpoint.markHealthy();
                succeed();
                return;
            }
            if (result.isDone()) {
                return;
            }
            boolean attemptSent = sent;
            if (closed) {
                fail(ErrorMapper.closed(attemptSent ? Outcome.UNKNOWN : outcomeSoFar()));
                return;
            }
            ErrorCode error = ErrorMapper.code(code, message, cause);
            if (ErrorMapper.endpointFailed(error)) {
                endpoint.markFailed();
            }
            if (target.isLeader()) {
                leaders.forget(endpoint);
            }
            boolean attemptUnknown = ErrorMapper.outcome(error, attemptSent) == Outcome.UNKNOWN;
            long delay = retryDelayMillis(error, attemptSent, attemptUnknown);
            if (attemptUnknown) {
                unknownEarlier = true;
            }
            if (delay < 0) {
                String text = (error.serverMessage() != null ? message
                        : code + (message == null ? "" : ": " + message)) + " (endpoint " + endpoint + ")";
                fail(ErrorMapper.exception(error, outcomeSoFar(), text, cause));
                return;
            }
            Endpoint failed = endpoint;
            waitingToRetry.add(this);
            try {
                scheduler.schedule(() -> retry(failed), delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                waitingToRetry.remove(this);
                fail(ErrorMapper.closed(outcomeSoFar()));
            }
            if (closed) { // closed while this call was being queued: fail it like the others
                CallPipeline.this.close();
            }
        }

        private void succeed() {
            R r = response;
            if (r == null) {
                fail(ErrorMapper.wrap(new IllegalStateException("etcd answered OK without a response message"),
                        Outcome.UNKNOWN));
                return;
            }
            T mapped;
            try {
                mapped = map.apply(r);
            } catch (RuntimeException e) {
                fail(ErrorMapper.wrap(e, Outcome.UNKNOWN));
                return;
            }
            Executor executor = callbackExecutor;
            if (executor == null) {
                result.complete(mapped);
                return;
            }
            try {
                executor.execute(() -> result.complete(mapped));
            } catch (RejectedExecutionException e) {
                result.complete(mapped);
            }
        }

        void fail(Throwable error) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            EtcdException e = ErrorMapper.wrap(cause, outcomeSoFar());
            if (unknownEarlier && e.outcome() == Outcome.NOT_APPLIED) {
                e = ErrorMapper.exception(e.code(), Outcome.UNKNOWN, e.getMessage(), e);
            }
            Executor executor = callbackExecutor;
            if (executor == null) {
                result.completeExceptionally(e);
                return;
            }
            EtcdException failure = e;
            try {
                executor.execute(() -> result.completeExceptionally(failure));
            } catch (RejectedExecutionException ex) {
                result.completeExceptionally(failure);
            }
        }

        private void failDeadline() {
            fail(new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED, outcomeSoFar(),
                    "the deadline passed before the request could be sent" + (attempts > 0 ? " again" : ""), null));
        }

        private void retry(Endpoint failed) {
            waitingToRetry.remove(this);
            try {
                attempt(failed);
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        /** @return the pause before retrying, in milliseconds, or -1 when the error is final */
        private long retryDelayMillis(ErrorCode error, boolean attemptSent, boolean attemptUnknown) {
            if (closed) {
                return -1;
            }
            if (ErrorMapper.isStaleCredentials(error)) {
                if (refreshedCredentials) {
                    return -1;
                }
                refreshedCredentials = true;
                return metadata.refresh(attemptMetadata) ? 0 : -1;
            }
            if (ErrorMapper.isTls(error)) { // another member may have good certificates; this one will not
                return target == CallTarget.ANY && ++tlsFailures < pool.size() ? 0 : -1;
            }
            if (!ErrorMapper.isTransient(error) && error != ErrorCode.DEADLINE_EXCEEDED) {
                return -1;
            }
            if (attemptUnknown && !repeatable) {
                return -1;
            }
            long now = System.nanoTime();
            if (error == ErrorCode.UNAVAILABLE && !attemptSent && now - startNanos >= connectTimeoutNanos
                    && !(target == CallTarget.ANY ? pool.anyReady() : endpoint.connection.isReady())) {
                return -1;
            }
            long remaining = deadlineNanos - now;
            if (remaining < MIN_RETRY_NANOS) {
                return -1;
            }
            return Math.min(Backoff.delayMillis(++failures), TimeUnit.NANOSECONDS.toMillis(remaining / 2));
        }
    }
}
