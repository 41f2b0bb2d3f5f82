package io.etcdj.internal;

import io.etcdj.internal.transport.Rpcs;
import io.etcdj.grpc.UnlockRequest;
import io.etcdj.grpc.LockRequest;
import io.etcdj.ResponseHeader;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.lock.AsyncLocks;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.etcdj.kv.AsyncKv;
import io.etcdj.watch.AsyncWatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Locks as Go's {@code concurrency.Mutex}: an entry with an empty value in the {@link KeyQueue}
 * under {@code <name>/}; the first entry holds the lock.
 */
final class LocksImpl implements AsyncLocks {
    private final AsyncKv kv;
    private final AsyncWatch watch;
    private final AsyncLeases leases;
    private final KeyQueue queue;
    private final Duration requestTimeout;
    private final Set<SessionImpl> sessions;

    private final CallPipeline pipeline;
    private final java.nio.charset.Charset charset;
    private final KeyPrefix namespace;

    LocksImpl(CallPipeline pipeline, java.nio.charset.Charset charset, AsyncKv kv, AsyncWatch watch, AsyncLeases leases,
            KeyQueue queue, Duration requestTimeout) {
        this(pipeline, charset, kv, watch, leases, queue, requestTimeout, ConcurrentHashMap.newKeySet(), KeyPrefix.NONE);
    }

    /**
     * The lock facet of a namespace view: kv, watch and queue of the view, and the root's set of
     * sessions, so that closing the root revokes the sessions made through its views too.
     */
    LocksImpl(LocksImpl root, AsyncKv kv, AsyncWatch watch, AsyncLeases leases, KeyQueue queue, KeyPrefix namespace) {
        this(root.pipeline, root.charset, kv, watch, leases, queue, root.requestTimeout, root.sessions, namespace);
    }

    private LocksImpl(CallPipeline pipeline, java.nio.charset.Charset charset, AsyncKv kv, AsyncWatch watch,
            AsyncLeases leases, KeyQueue queue, Duration requestTimeout, Set<SessionImpl> sessions, KeyPrefix namespace) {
        this.pipeline = pipeline;
        this.charset = charset;
        this.sessions = sessions;
        this.namespace = namespace;
        this.kv = kv;
        this.watch = watch;
        this.leases = leases;
        this.queue = queue;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public CompletableFuture<Session> newSession(long ttlSeconds) {
        return KvImpl.call(() -> {
            SessionImpl session = new SessionImpl();
            return leases.grantAndKeepAlive(ttlSeconds, session).thenApply(lease -> {
                session.attach(lease);
                sessions.add(session);
                session.done().thenRun(() -> sessions.remove(session));
                return session;
            });
        });
    }

    /**
     * Revokes the lease of every open session, so the client's locks and candidacies end with it
     * rather than at their TTL; waits at most the given time for etcd's answers.
     *
     * @param wait how long to wait in all
     */
    void revokeSessions(Duration wait) {
        List<CompletableFuture<?>> revokes = new ArrayList<>();
        for (SessionImpl s : sessions) {
            revokes.add(leases.revoke(s.leaseId()));
        }
        try {
            CompletableFuture.allOf(revokes.toArray(CompletableFuture[]::new)).get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // best effort: a lease not revoked now expires after its TTL
        }
    }

    @Override
    public CompletableFuture<Mutex> acquire(String name, Session session, Duration timeout) {
        CompletableFuture<Optional<KeyQueue.Entry>> join = KvImpl.call(
                () -> queue.join("lock", name, "", session, timeout, false));
        return Futures.cancelling(join, entry -> mutex(name, session, entry.orElseThrow()));
    }

    @Override
    public CompletableFuture<Optional<Mutex>> tryAcquire(String name, Session session) {
        CompletableFuture<Optional<KeyQueue.Entry>> join = KvImpl.call(
                () -> queue.join("lock", name, "", session, requestTimeout, true));
        return Futures.cancelling(join, entry -> entry.map(e -> mutex(name, session, e)));
    }

    private Mutex mutex(String name, Session session, KeyQueue.Entry entry) {
        MutexImpl m = new MutexImpl(name, entry.key(), entry.revision(), session, kv, requestTimeout);
        m.watchForLoss(watch, leases);
        return m;
    }


    @Override
    public CompletableFuture<String> serverLock(String name, long leaseId, Duration timeout) {
        return KvImpl.call(() -> pipeline.unary(Rpcs.LOCK, LockRequest.newBuilder().setName(namespace.key(Checks.name(name), charset))
                .setLease(Checks.positive(leaseId, "leaseId")).build(), Checks.timeoutOrForever(timeout), false,
                r -> namespace.strip(r.getKey(), charset)));
    }

    @Override
    public CompletableFuture<ResponseHeader> serverUnlock(String key) {
        return KvImpl.call(() -> pipeline.unary(Rpcs.UNLOCK, UnlockRequest.newBuilder()
                .setKey(namespace.key(Checks.notNull(key, "key"), charset)).build(), null, false,
                r -> Headers.of(r.getHeader())));
    }
}
