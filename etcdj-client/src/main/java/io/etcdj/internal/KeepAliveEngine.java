package io.etcdj.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.exception.Outcome;
import io.etcdj.grpc.LeaseKeepAliveRequest;
import io.etcdj.grpc.LeaseKeepAliveResponse;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.lease.LeaseListener;
import io.etcdj.lease.LeaseState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keep-alive loop: every lease the client keeps alive on one {@code LeaseKeepAlive} stream of
 * the stream layer. A lease is refreshed a third of its TTL after its last refresh was sent; an
 * unanswered refresh is sent again every half second; on a new stream every lease is refreshed at
 * once. A lease etcd no longer knows (TTL 0 in the answer) is reported gone; one whose TTL ran out
 * before any refresh got through is reported lost. Both leave the loop.
 */
final class KeepAliveEngine implements ReconnectingStream.Owner<LeaseKeepAliveRequest, LeaseKeepAliveResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(KeepAliveEngine.class);
    private static final long TICK_MILLIS = 100;
    private static final long RESEND_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** The shortest wait for a refresh's answer before the stream counts as silent. */
    private static final long SILENT_MIN_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The longest wait for a refresh's answer before the stream counts as silent. */
    private static final long SILENT_MAX_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final ClientRuntime runtime;
    private final LongFunction<CompletableFuture<ResponseHeader>> revoke;
    private final long timeoutNanos;
    private final Object lock = new Object();
    private final Map<Long, LeaseHandle> leases = new HashMap<>();
    private final Map<Long, List<CompletableFuture<io.etcdj.lease.LeaseKeepAliveResponse>>> once = new HashMap<>();
    private final Map<Long, Long> sentAt = new HashMap<>();
    private ReconnectingStream<LeaseKeepAliveRequest, LeaseKeepAliveResponse> stream;
    private ScheduledFuture<?> ticker;
    private boolean open;
    /** When the current stream last delivered an answer (or opened); under the lock. */
    private long lastAnswerNanos;
    private boolean closed;
    private int opens;

    KeepAliveEngine(ClientRuntime runtime, LongFunction<CompletableFuture<ResponseHeader>> revoke, Duration timeout) {
        this.runtime = runtime;
        this.revoke = revoke;
        this.timeoutNanos = timeout.toNanos();
    }

    LeaseHandle keepAlive(long id, long ttlSeconds, LeaseListener listener) {
        synchronized (lock) {
            if (closed) {
                throw ErrorMapper.closed(Outcome.NOT_APPLIED);
            }
            if (leases.containsKey(id)) {
                throw Checks.invalid("lease " + Long.toHexString(id) + " is kept alive already by this client");
            }
            LeaseHandle h = new LeaseHandle(id, ttlSeconds, listener, new SerialExecutor(runtime.listenerExecutor()), this);
            leases.put(id, h);
            start();
            if (open && ttlSeconds <= 0) {
                send(id, System.nanoTime());
            }
            return h;
        }
    }

    CompletableFuture<io.etcdj.lease.LeaseKeepAliveResponse> once(long id) {
        CompletableFuture<io.etcdj.lease.LeaseKeepAliveResponse> f = new CompletableFuture<>();
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(ErrorMapper.closed(Outcome.NOT_APPLIED));
            }
            once.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            start();
            if (open) {
                send(id, System.nanoTime());
            }
        }
        try {
            runtime.scheduler().schedule(() -> {
                if (f.completeExceptionally(new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED, Outcome.UNKNOWN,
                        "no answer to the keep-alive of lease " + Long.toHexString(id) + " within "
                                + Duration.ofNanos(timeoutNanos), null))) {
                    synchronized (lock) {
                        List<?> waiting = once.get(id);
                        if (waiting != null) {
                            waiting.remove(f);
                        }
                    }
                }
            }, timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            f.completeExceptionally(ErrorMapper.closed(Outcome.NOT_APPLIED));
        }
        return f;
    }

    /** Opens the stream and starts the ticker on first use; under the lock. */
    private void start() {
        if (stream == null) {
            stream = runtime.stream("lease keep-alive", Rpcs.LEASE_KEEP_ALIVE, Map.of(), this);
            ticker = runtime.scheduler().scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            stream.start();
        }
    }

    private void send(long id, long now) {
        sentAt.putIfAbsent(id, now);
        stream.send(LeaseKeepAliveRequest.newBuilder().setID(id).build());
    }

    void stop(LeaseHandle h) {
        synchronized (lock) {
            leases.remove(h.id(), h);
            h.stopped();
        }
    }

    void revoke(long id) {
        Blocking.await(revoke.apply(id), timeoutNanos);
    }

    private void tick() {
        long now = System.nanoTime();
        String silent = null;
        synchronized (lock) {
            silent = silence(now);
            for (Iterator<LeaseHandle> it = leases.values().iterator(); it.hasNext();) {
                LeaseHandle h = it.next();
                if (now - h.expiresNanos > 0) {
                    it.remove();
                    h.ended(LeaseState.LOST, new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED, Outcome.UNKNOWN,
                            "lease " + Long.toHexString(h.id()) + " could not be refreshed before its TTL of "
                                    + h.ttlSeconds() + " s ran out; it has most likely expired", null));
                } else if (open && now - h.nextRefreshNanos >= 0) {
                    send(h.id(), now);
                    h.nextRefreshNanos = now + RESEND_NANOS;
                }
            }
        }
        if (silent != null) {
            stream.reopenElsewhere(silent);
        }
    }

    /**
     * A refresh unanswered for a fifth of the shortest TTL (at least {@link #SILENT_MIN_NANOS}, at
     * most {@link #SILENT_MAX_NANOS}), with no answer at all for as long, means the stream's member
     * is not answering (paused, cut off)
     * although its connection stands: the stream is to be reopened elsewhere while the leases still
     * have time. A fifth, not a third: a refresh may be sent a third of the TTL after the last
     * answered one, and when the leader is the member that hangs, the first member tried next may
     * itself wait for that leader until a new one is elected, so two moves must fit before the TTL
     * runs out. Under the lock.
     *
     * @return why the stream is silent, or null when it is not
     */
    private String silence(long now) {
        if (!open || sentAt.isEmpty()) {
            return null;
        }
        long oldest = Long.MAX_VALUE;
        for (long t : sentAt.values()) {
            oldest = Math.min(oldest, t);
        }
        long shortestTtl = Long.MAX_VALUE;
        for (LeaseHandle h : leases.values()) {
            if (h.ttlSeconds() > 0) {
                shortestTtl = Math.min(shortestTtl, h.ttlSeconds());
            }
        }
        long limit = shortestTtl == Long.MAX_VALUE ? SILENT_MAX_NANOS
                : Math.max(SILENT_MIN_NANOS, Math.min(SILENT_MAX_NANOS, TimeUnit.SECONDS.toNanos(shortestTtl) / 5));
        // a member that answers, however slowly (10,000 refreshes after a reopen), is not silent:
        // moving the stream would resend them all and could starve the last ones for good
        if (now - oldest < limit || now - lastAnswerNanos < limit) {
            return null;
        }
        open = false; // no more sends until the new stream opens
        return "a lease refresh unanswered for " + TimeUnit.NANOSECONDS.toMillis(now - oldest) + " ms";
    }

    @Override
    public void opened(EndpointAddress endpoint) {
        int n;
        synchronized (lock) {
            if (closed) {
                return;
            }
            open = true;
            opens++;
            long now = System.nanoTime();
            lastAnswerNanos = now;
            sentAt.clear();
            for (LeaseHandle h : leases.values()) {
                send(h.id(), now);
                h.nextRefreshNanos = now + RESEND_NANOS;
            }
            for (Long id : once.keySet()) {
                send(id, now);
            }
            n = leases.size();
        }
        if (opens > 1) {
            LOG.info("etcdj lease keep-alive stream reopened on {}: {} leases refreshed", endpoint, n);
        }
    }

    @Override
    public void broken(EtcdException cause) {
        synchronized (lock) {
            open = false;
        }
    }

    @Override
    public void message(LeaseKeepAliveResponse r) {
        long now = System.nanoTime();
        synchronized (lock) {
            lastAnswerNanos = now;
            long id = r.getID();
            Long sent = sentAt.remove(id);
            List<CompletableFuture<io.etcdj.lease.LeaseKeepAliveResponse>> waiting = once.remove(id);
            ResponseHeader header = Headers.of(r.getHeader());
            if (waiting != null) {
                for (CompletableFuture<io.etcdj.lease.LeaseKeepAliveResponse> f : waiting) {
                    if (r.getTTL() <= 0) {
                        f.completeExceptionally(notFound(id));
                    } else {
                        f.complete(new io.etcdj.lease.LeaseKeepAliveResponse(header, id, r.getTTL()));
                    }
                }
            }
            LeaseHandle h = leases.get(id);
            if (h == null) {
                return;
            }
            if (r.getTTL() <= 0) {
                leases.remove(id);
                h.ended(LeaseState.GONE, notFound(id));
            } else {
                h.refreshed(r.getTTL(), sent != null ? sent : now, true);
            }
        }
    }

    private static LeaseNotFoundException notFound(long id) {
        return new LeaseNotFoundException(ErrorCode.LEASE_NOT_FOUND, Outcome.NOT_APPLIED,
                "lease " + Long.toHexString(id) + " does not exist (it expired, or was revoked)", null);
    }

    /** Stops the loop; every kept-alive lease is told the client closed. */
    void close() {
        List<LeaseHandle> all;
        List<CompletableFuture<io.etcdj.lease.LeaseKeepAliveResponse>> pending = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            open = false;
            all = new ArrayList<>(leases.values());
            leases.clear();
            once.values().forEach(pending::addAll);
            once.clear();
            if (ticker != null) {
                ticker.cancel(false);
            }
            if (stream != null) {
                stream.close();
            }
        }
        EtcdException error = ErrorMapper.closed(Outcome.NOT_APPLIED);
        for (LeaseHandle h : all) {
            h.ended(LeaseState.STOPPED, error);
        }
        for (CompletableFuture<?> f : pending) {
            f.completeExceptionally(error);
        }
    }
}
