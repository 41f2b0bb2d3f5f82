package io.etcdj.internal;

import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.Outcome;
import io.grpc.Attributes;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ClientStreamTracer;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs every unary etcd call: picks an endpoint, sets the call's deadline, maps failures to typed
 * exceptions and decides about retries.
 *
 * <p>The retry rule: a failure that is transient (no connection, no leader, leader changed,
 * server-side timeout, too many requests) is retried after a jittered exponential backoff, on
 * another endpoint where there is one, until the call's deadline, when either the request provably
 * never reached a server (no stream was opened for it) or the call is repeatable (a read, or a
 * write the caller declared idempotent). A write whose outcome is unknown is never repeated.
 * When no connection can be made at all, the call fails once the connect timeout has passed.
 * A repeatable call with several endpoints gives each attempt half the time left, so a member
 * that hangs without closing its connection still leaves time to ask another.
 */
public final class CallPipeline {
    /** The shortest attempt deadline worth splitting a call's time for. */
    private static final long MIN_ATTEMPT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final EndpointPool pool;
    private final ScheduledExecutorService scheduler;
    private final long defaultTimeoutNanos;
    private final long connectTimeoutNanos;
    private volatile boolean closed;
    /** Calls between a failed attempt and their retry; only these have no gRPC call to fail on close. */
    private final Set<UnaryCall<?, ?, ?>> waitingToRetry = ConcurrentHashMap.newKeySet();

    CallPipeline(EndpointPool pool, ScheduledExecutorService scheduler, Duration defaultTimeout,
            Duration connectTimeout) {
        this.pool = pool;
        this.scheduler = scheduler;
        this.defaultTimeoutNanos = defaultTimeout.toNanos();
        this.connectTimeoutNanos = connectTimeout.toNanos();
    }

    /**
     * Starts a unary call whose response is mapped on arrival: the returned future is the call's
     * own (no extra stage), and cancelling it cancels the gRPC call.
     *
     * @param method the gRPC method
     * @param request the request message
     * @param timeout the call's deadline from now, retries included; null for the client default
     * @param repeatable true when the call may be repeated after an unknown outcome
     * @param map turns the response into the caller's value; runs on the transport thread
     * @param <Q> request type
     * @param <R> response type
     * @param <T> result type
     * @return a future of the mapped response, completed on a transport thread
     */
    public <Q, R, T> CompletableFuture<T> unary(MethodDescriptor<Q, R> method, Q request, Duration timeout,
            boolean repeatable, Function<? super R, ? extends T> map) {
        long timeoutNanos = timeout == null ? defaultTimeoutNanos : timeout.toNanos();
        UnaryCall<Q, R, T> call = new UnaryCall<>(method, request, repeatable, timeoutNanos, map);
        call.attempt(null);
        return call.result;
    }

    /** Marks the pipeline closed and fails the calls waiting for a retry. */
    void close() {
        closed = true;
        for (UnaryCall<?, ?, ?> call : waitingToRetry) {
            waitingToRetry.remove(call);
            call.result.completeExceptionally(closedError());
        }
    }

    private static ClientClosedException closedError() {
        return new ClientClosedException(ErrorCode.CLIENT_CLOSED, Outcome.NOT_APPLIED, "the etcd client is closed", null);
    }

    /** Tells the shared stream tracer factory which call a new stream belongs to. */
    private static final CallOptions.Key<UnaryCall<?, ?, ?>> CALL = CallOptions.Key.create("etcdj-call");

    /** One factory for every call: hands gRPC the call's own tracer. */
    private static final ClientStreamTracer.Factory SENT_TRACKER = new ClientStreamTracer.Factory() {
        @Override
        public ClientStreamTracer newClientStreamTracer(ClientStreamTracer.StreamInfo info, Metadata headers) {
            UnaryCall<?, ?, ?> call = info.getCallOptions().getOption(CALL);
            return call != null ? call.tracer : NOOP;
        }
    };

    private static final ClientStreamTracer NOOP = new ClientStreamTracer() {
    };

    /** The options every call starts from, made once. */
    private static final CallOptions BASE_OPTIONS = CallOptions.DEFAULT.withStreamTracerFactory(SENT_TRACKER);

    private final class UnaryCall<Q, R, T> extends ClientCall.Listener<R> {
        private final MethodDescriptor<Q, R> method;
        private final Q request;
        private final boolean repeatable;
        private final long startNanos = System.nanoTime();
        private final long deadlineNanos;
        private final Function<? super R, ? extends T> map;
        private final CompletableFuture<T> result = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                ClientCall<Q, R> c = current;
                if (cancelled && c != null) {
                    c.cancel("cancelled by the caller", null);
                }
                return cancelled;
            }
        };
        /**
         * Marks the attempt as sent once it got a stream on a real transport, after which its
         * request may have reached the server (gRPC creates tracers before a transport is picked,
         * so only {@code streamCreated} counts). One per call, reused by its attempts.
         */
        final ClientStreamTracer tracer = new ClientStreamTracer() {
            @Override
            public void streamCreated(Attributes transportAttrs, Metadata headers) {
                sent = true;
            }
        };
        private int failures;
        private volatile ClientCall<Q, R> current;
        private volatile boolean sent;
        private boolean attemptShortened;
        private Endpoint endpoint;
        private R response;

        UnaryCall(MethodDescriptor<Q, R> method, Q request, boolean repeatable, long timeoutNanos,
                Function<? super R, ? extends T> map) {
            this.method = method;
            this.request = request;
            this.repeatable = repeatable;
            this.deadlineNanos = startNanos + timeoutNanos;
            this.map = map;
        }

        void attempt(Endpoint avoid) {
            if (result.isDone()) {
                return;
            }
            if (closed) {
                result.completeExceptionally(closedError());
                return;
            }
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                result.completeExceptionally(new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED,
                        Outcome.NOT_APPLIED, "deadline passed before the request could be sent", null));
                return;
            }
            endpoint = pool.pick(avoid);
            sent = false;
            response = null;
            CallOptions options = BASE_OPTIONS
                    .withDeadlineAfter(attemptNanos(remaining), TimeUnit.NANOSECONDS)
                    .withOption(CALL, this);
            ClientCall<Q, R> call = endpoint.channel.newCall(method, options);
            current = call;
            try {
                call.start(this, new Metadata());
                call.request(2);
                call.sendMessage(request);
                call.halfClose();
            } catch (RuntimeException e) {
                call.cancel("failed to send", e);
                throw e;
            }
        }

        /**
         * A repeatable call with several endpoints gives one attempt half the time left (when that
         * is at least {@link #MIN_ATTEMPT_NANOS}), so that a member that hangs (paused, partitioned)
         * leaves time to try another. Everything else gets all the time left.
         */
        private long attemptNanos(long remaining) {
            if (repeatable && pool.size() > 1 && remaining / 2 >= MIN_ATTEMPT_NANOS) {
                attemptShortened = true;
                return remaining / 2;
            }
            attemptShortened = false;
            return remaining;
        }

        @Override
        public void onMessage(R message) {
            response = message;
        }

        @Override
        public void onClose(Status status, Metadata trailers) {
            if (status.isOk()) {
                endpoint.markHealthy();
                T mapped;
                try {
                    mapped = map.apply(response);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                    return;
                }
                result.complete(mapped);
                return;
            }
            if (result.isDone()) {
                return;
            }
            EtcdException error = closed ? closedError() : ErrorMapper.map(status, sent, endpoint.toString());
            if (error instanceof ConnectionException || error instanceof EtcdTimeoutException) {
                endpoint.markFailed();
            }
            long delay = retryDelayMillis(error);
            if (delay < 0) {
                result.completeExceptionally(error);
                return;
            }
            Endpoint failed = endpoint;
            waitingToRetry.add(this);
            try {
                scheduler.schedule(() -> retry(failed), delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                waitingToRetry.remove(this);
                result.completeExceptionally(closedError());
            }
            if (closed) { // closed while this call was being queued: fail it like the others
                CallPipeline.this.close();
            }
        }

        private void retry(Endpoint failed) {
            waitingToRetry.remove(this);
            try {
                attempt(failed);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        /** @return the pause before retrying, or -1 when the error is final */
        private long retryDelayMillis(EtcdException error) {
            boolean attemptTimedOut = attemptShortened && error.code() == ErrorCode.DEADLINE_EXCEEDED;
            if (closed || !(ErrorMapper.isTransient(error) || attemptTimedOut)) {
                return -1;
            }
            if (error.outcome() == Outcome.UNKNOWN && !repeatable) {
                return -1;
            }
            long now = System.nanoTime();
            if (error.code() == ErrorCode.UNAVAILABLE && !sent && now - startNanos >= connectTimeoutNanos) {
                return -1;
            }
            long delay = Backoff.delayMillis(++failures);
            if (now + TimeUnit.MILLISECONDS.toNanos(delay) >= deadlineNanos) {
                return -1;
            }
            return delay;
        }
    }
}
