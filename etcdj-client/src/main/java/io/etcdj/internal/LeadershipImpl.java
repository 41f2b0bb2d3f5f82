package io.etcdj.internal;

import io.etcdj.election.Leadership;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.Txn;
import io.etcdj.lock.Session;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Leadership: a held entry of the election's line (tracked like a lock) that can proclaim values. */
final class LeadershipImpl implements Leadership {
    private final MutexImpl held;
    private final Session session;
    private final AsyncKv kv;
    private final Duration timeout;

    LeadershipImpl(MutexImpl held, Session session, AsyncKv kv, Duration timeout) {
        this.held = held;
        this.session = session;
        this.kv = kv;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return held.name();
    }

    @Override
    public String key() {
        return held.key();
    }

    @Override
    public long revision() {
        return held.fencingToken();
    }

    @Override
    public void proclaim(String value) {
        Blocking.await(proclaimAsync(Checks.notNull(value, "value")), timeout.toNanos());
    }

    CompletableFuture<Void> proclaimAsync(String value) {
        Txn txn = Txn.builder().when(ownership())
                .then(Op.put(key(), value, PutOptions.builder().leaseId(session.leaseId()).build())).build();
        return kv.txn(txn).thenApply(r -> {
            if (!r.succeeded()) {
                throw new PreconditionFailedException(ErrorCode.FAILED_PRECONDITION, Outcome.NOT_APPLIED,
                        "election " + name() + ": not the leader any more", null);
            }
            return null;
        });
    }

    @Override
    public Cmp ownership() {
        return held.ownership();
    }

    @Override
    public boolean isLeader() {
        return held.isHeld();
    }

    @Override
    public CompletableFuture<Void> lost() {
        return held.lost();
    }

    @Override
    public void resign() {
        held.release();
    }

    @Override
    public void close() {
        resign();
    }

    @Override
    public String toString() {
        return "Leadership{key=" + key() + ", revision=" + revision() + (isLeader() ? "" : ", not leader") + "}";
    }
}
