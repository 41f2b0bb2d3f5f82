package io.etcdj.internal;

import io.etcdj.KeyValue;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.exception.Outcome;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.SortOrder;
import io.etcdj.kv.SortTarget;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.lock.AsyncLocks;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.etcdj.watch.AsyncWatch;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Locks as Go's {@code concurrency.Mutex}: a key {@code <name>/<lease hex>} created in a txn, the
 * holder being the lowest create revision under the prefix, and each waiter watching only the key
 * just before its own for deletion. Over the KV, watch and lease facets.
 */
final class LocksImpl implements AsyncLocks {
    /** A wait without a deadline: long enough never to end first. */
    private static final Duration FOREVER = Duration.ofDays(3650);

    private final AsyncKv kv;
    private final AsyncWatch watch;
    private final AsyncLeases leases;
    private final ScheduledExecutorService scheduler;
    private final Duration requestTimeout;

    LocksImpl(AsyncKv kv, AsyncWatch watch, AsyncLeases leases, ScheduledExecutorService scheduler, Duration requestTimeout) {
        this.kv = kv;
        this.watch = watch;
        this.leases = leases;
        this.scheduler = scheduler;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public CompletableFuture<Session> newSession(long ttlSeconds) {
        return KvImpl.call(() -> {
            SessionImpl session = new SessionImpl();
            return leases.grantAndKeepAlive(ttlSeconds, session).thenApply(lease -> {
                session.attach(lease);
                return session;
            });
        });
    }

    @Override
    public CompletableFuture<Mutex> acquire(String name, Session session, Duration timeout) {
        CompletableFuture<Optional<Mutex>> attempt = KvImpl.call(() -> new Attempt(name, session, timeout, false).start());
        CompletableFuture<Mutex> result = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                attempt.cancel(mayInterruptIfRunning); // the attempt removes its key
                return super.cancel(mayInterruptIfRunning);
            }
        };
        attempt.whenComplete((m, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(m.orElseThrow());
            }
        });
        return result;
    }

    @Override
    public CompletableFuture<Optional<Mutex>> tryAcquire(String name, Session session) {
        return KvImpl.call(() -> new Attempt(name, session, requestTimeout, true).start());
    }

    private static GetOptions first(boolean lowest) {
        return GetOptions.builder().prefix().sort(SortTarget.CREATE, lowest ? SortOrder.ASCEND : SortOrder.DESCEND)
                .limit(1).build();
    }

    /** One acquire, from its txn to holding the lock or leaving no key behind. */
    private final class Attempt {
        private final String name;
        private final Session session;
        private final String prefix;
        private final String key;
        private final boolean tryOnly;
        private final long deadlineNanos;
        private final CompletableFuture<Optional<Mutex>> result = new CompletableFuture<>();
        private volatile boolean created;
        private volatile CompletableFuture<?> step;

        Attempt(String name, Session session, Duration timeout, boolean tryOnly) {
            if (Checks.notNull(name, "name").isEmpty()) {
                throw Checks.invalid("a lock name must not be empty");
            }
            this.name = name;
            this.session = Checks.notNull(session, "session");
            this.prefix = name + "/";
            this.key = prefix + Long.toHexString(session.leaseId());
            this.tryOnly = tryOnly;
            Duration wait = timeout == null ? FOREVER : Checks.timeout(timeout);
            this.deadlineNanos = System.nanoTime() + wait.toNanos();
        }

        CompletableFuture<Optional<Mutex>> start() {
            if (!session.isAlive()) {
                return CompletableFuture.failedFuture(sessionLost());
            }
            long nanos = deadlineNanos - System.nanoTime();
            java.util.concurrent.ScheduledFuture<?> timer = nanos >= FOREVER.toNanos() / 2 ? null
                    : scheduler.schedule(() -> result.completeExceptionally(new EtcdTimeoutException(
                            ErrorCode.DEADLINE_EXCEEDED, Outcome.NOT_APPLIED, "lock " + name + " was not acquired in time",
                            null)), nanos, TimeUnit.NANOSECONDS);
            session.done().thenRun(() -> result.completeExceptionally(sessionLost()));
            result.whenComplete((m, error) -> {
                if (timer != null) {
                    timer.cancel(false);
                }
                if (error != null || m.isEmpty()) {
                    CompletableFuture<?> s = step;
                    if (s != null) {
                        s.cancel(true);
                    }
                    if (created) {
                        kv.delete(key); // leave no key behind; the session's lease removes it if this fails
                    }
                }
            });
            Txn txn = Txn.builder()
                    .when(Cmp.createRevision(key).equalTo(0))
                    .then(Op.put(key, "", PutOptions.builder().leaseId(session.leaseId()).build()), Op.get(prefix, first(true)))
                    .otherwise(Op.get(key), Op.get(prefix, first(true)))
                    .build();
            step = kv.txn(txn).whenComplete((r, error) -> {
                if (error != null) {
                    fail(error);
                    return;
                }
                try {
                    long myRev;
                    if (r.succeeded()) {
                        created = true;
                        myRev = r.header().revision();
                    } else {
                        myRev = r.getResponse(0).first().map(KeyValue::createRevision).orElse(0L);
                    }
                    long owner = r.getResponse(1).first().map(KeyValue::createRevision).orElse(0L);
                    if (owner == myRev) {
                        acquired(myRev);
                    } else if (tryOnly) {
                        boolean mine = created;
                        created = false;
                        (mine ? kv.delete(key) : CompletableFuture.completedFuture(null))
                                .whenComplete((d, e) -> result.complete(Optional.empty()));
                    } else {
                        waitForPredecessors(myRev);
                    }
                } catch (RuntimeException e) {
                    fail(e);
                }
            });
            return result;
        }

        /** Waits until no key under the prefix was created before ours, one predecessor at a time. */
        private void waitForPredecessors(long myRev) {
            if (result.isDone()) {
                return;
            }
            step = kv.get(prefix, GetOptions.builder().prefix().sort(SortTarget.CREATE, SortOrder.DESCEND).limit(1)
                    .maxCreateRevision(myRev - 1).build()).whenComplete((GetResponse r, Throwable error) -> {
                        if (error != null) {
                            fail(error);
                            return;
                        }
                        Optional<KeyValue> predecessor = r.first();
                        if (predecessor.isEmpty()) {
                            confirm(myRev);
                            return;
                        }
                        long left = deadlineNanos - System.nanoTime();
                        if (left <= 0) {
                            return; // the deadline's own timer fails the attempt
                        }
                        step = watch.next(predecessor.get().key(), WatchOptions.builder()
                                        .startRevision(r.header().revision() + 1).build(),
                                e -> e.type() == WatchEvent.Type.DELETE, Duration.ofNanos(left))
                                .whenComplete((e, werror) -> {
                                    if (werror != null) {
                                        fail(werror);
                                    } else {
                                        waitForPredecessors(myRev);
                                    }
                                });
                    });
        }

        /** Every predecessor is gone: the lock is ours if our key still stands (the session is alive). */
        private void confirm(long myRev) {
            step = kv.get(key).whenComplete((r, error) -> {
                if (error != null) {
                    fail(error);
                } else if (r.first().map(KeyValue::createRevision).orElse(0L) != myRev) {
                    fail(sessionLost());
                } else {
                    acquired(myRev);
                }
            });
        }

        private void acquired(long myRev) {
            // when the deadline or a cancel came first, completing does nothing and the key is deleted already
            MutexImpl m = new MutexImpl(name, key, myRev, session, kv, requestTimeout);
            if (result.complete(Optional.of(m))) {
                m.watchForLoss(watch, leases);
            }
        }

        private void fail(Throwable error) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof java.util.concurrent.CancellationException) {
                return;
            }
            result.completeExceptionally(ErrorMapper.wrap(cause, Outcome.NOT_APPLIED));
        }

        private LeaseNotFoundException sessionLost() {
            return new LeaseNotFoundException(ErrorCode.LEASE_NOT_FOUND, Outcome.NOT_APPLIED,
                    "the session of lock " + name + " is lost (lease " + Long.toHexString(session.leaseId()) + ")", null);
        }
    }
}
