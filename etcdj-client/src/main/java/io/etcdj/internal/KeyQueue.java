package io.etcdj.internal;

import io.etcdj.KeyValue;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.exception.Outcome;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.DeleteOptions;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.SortOrder;
import io.etcdj.kv.SortTarget;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
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
 * Waiting in line under a key prefix, as Go's {@code concurrency} package does for locks and
 * elections: an entry is the key {@code <prefix><lease hex>} created in a txn and attached to the
 * session's lease; the entry with the lowest create revision is first; each waiter watches only
 * the entry just before its own for deletion. A join that fails, times out or is cancelled
 * deletes the key it created.
 */
final class KeyQueue {
    /** A wait without a deadline: long enough never to end first. */
    private static final Duration FOREVER = Duration.ofDays(3650);
    /**
     * Deleting an entry's own key may be repeated: the key names the session's lease, so no one
     * else writes it, and a second delete of it changes nothing.
     */
    static final DeleteOptions OWN_KEY = DeleteOptions.builder().idempotent().build();

    /**
     * An entry that is first in line.
     *
     * @param key its key
     * @param revision its create revision: the fencing token of a lock, the leader revision of an election
     * @param existingValue the value the key had when it existed before the join, or null when the join created it
     */
    record Entry(String key, long revision, String existingValue) {
    }

    private final AsyncKv kv;
    private final AsyncWatch watch;
    private final ScheduledExecutorService scheduler;

    KeyQueue(AsyncKv kv, AsyncWatch watch, ScheduledExecutorService scheduler) {
        this.kv = kv;
        this.watch = watch;
        this.scheduler = scheduler;
    }

    /**
     * @param what "lock" or "election", for messages
     * @param name the lock or election name; its keys are under {@code name + "/"}
     * @param value the entry's value
     * @param session whose lease the entry is attached to
     * @param timeout how long to wait; null for no limit
     * @param tryOnly true to give up at once when not first
     * @return the entry once first; empty when tryOnly and not first; cancelling it leaves the line
     */
    CompletableFuture<Optional<Entry>> join(String what, String name, String value, Session session, Duration timeout,
            boolean tryOnly) {
        return new Join(what, name, value, session, timeout, tryOnly).start();
    }

    private static GetOptions first(boolean lowest) {
        return GetOptions.builder().prefix().sort(SortTarget.CREATE, lowest ? SortOrder.ASCEND : SortOrder.DESCEND)
                .limit(1).build();
    }

    /** One entry's way to the front of the line, or out of it leaving no key behind. */
    final class Join {
        private final String name;
        private final Session session;
        private final String prefix;
        private final String key;
        private final boolean tryOnly;
        private final long deadlineNanos;
        final CompletableFuture<Optional<Entry>> result = new CompletableFuture<>();
        private volatile boolean created;
        private volatile CompletableFuture<?> step;
        /** The entry's create txn: its answer may come after the join ended, and tell that it made the key. */
        private volatile CompletableFuture<TxnResponse> create;
        private final java.util.concurrent.atomic.AtomicBoolean deleted = new java.util.concurrent.atomic.AtomicBoolean();

        private final String value;
        private String existingValue;

        Join(String what, String name, String value, Session session, Duration timeout, boolean tryOnly) {
            if (Checks.notNull(name, "name").isEmpty()) {
                throw Checks.invalid("a " + what + " name must not be empty");
            }
            this.name = what + " " + name;
            this.value = value;
            this.session = Checks.notNull(session, "session");
            this.prefix = name + "/";
            this.key = prefix + Long.toHexString(session.leaseId());
            this.tryOnly = tryOnly;
            Duration wait = timeout == null ? FOREVER : Checks.timeout(timeout);
            this.deadlineNanos = System.nanoTime() + wait.toNanos();
        }

        CompletableFuture<Optional<Entry>> start() {
            if (!session.isAlive()) {
                return CompletableFuture.failedFuture(sessionLost());
            }
            long nanos = deadlineNanos - System.nanoTime();
            java.util.concurrent.ScheduledFuture<?> timer = nanos >= FOREVER.toNanos() / 2 ? null
                    : scheduler.schedule(() -> result.completeExceptionally(new EtcdTimeoutException(
                            ErrorCode.DEADLINE_EXCEEDED, Outcome.NOT_APPLIED, name + ": not first in line in time",
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
                    deleteIfMade(); // leave no key behind; the session's lease removes it if this fails
                }
            });
            Txn txn = Txn.builder()
                    .when(Cmp.createRevision(key).equalTo(0))
                    .then(Op.put(key, value, PutOptions.builder().leaseId(session.leaseId()).build()), Op.get(prefix, first(true)))
                    .otherwise(Op.get(key), Op.get(prefix, first(true)))
                    .idempotent() // a repeat finds the key the first attempt made and takes it as its own
                    .build();
            create = kv.txn(txn);
            if (result.isDone()) { // ended (deadline, session lost) while the txn was being sent
                deleteIfMade();
            }
            step = create.whenComplete((r, error) -> {
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
                        KeyValue mine = r.getResponse(0).first().orElseThrow(() -> sessionLost());
                        myRev = mine.createRevision();
                        existingValue = mine.valueAsString();
                    }
                    long owner = r.getResponse(1).first().map(KeyValue::createRevision).orElse(0L);
                    if (owner == myRev) {
                        acquired(myRev);
                    } else if (tryOnly) {
                        boolean mine = created;
                        created = false;
                        (mine ? deleteOnce() : CompletableFuture.completedFuture(null))
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

        /**
         * Deletes the entry's key once the create txn has answered that it made it: at once when it
         * has, or when its answer comes, even after the join ended (a deadline or cancel while the
         * txn was in flight must not leave a key of a live session in the line).
         */
        private void deleteIfMade() {
            CompletableFuture<TxnResponse> c = create;
            if (c != null) {
                c.thenAccept(r -> {
                    if (r.succeeded()) {
                        deleteOnce();
                    }
                });
            }
        }

        private CompletableFuture<?> deleteOnce() {
            return deleted.compareAndSet(false, true) ? kv.delete(key, OWN_KEY) : CompletableFuture.completedFuture(null);
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
            result.complete(Optional.of(new Entry(key, myRev, existingValue)));
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
                    "the session of " + name + " is lost (lease " + Long.toHexString(session.leaseId()) + ")", null);
        }
    }
}
