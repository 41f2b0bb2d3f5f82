package io.etcdj.election;

import io.etcdj.kv.Cmp;
import java.util.concurrent.CompletableFuture;

/**
 * Leadership won by a campaign, in the layout of Go's {@code concurrency.Election} (and
 * {@code etcdctl elect}): the key {@code <name>/<session lease id in hex>} holding the proposal;
 * the leader is the key with the lowest create revision under {@code <name>/}.
 */
public interface Leadership extends AutoCloseable {
    /**
     * The election's name.
     *
     * @return the name as given
     */
    String name();

    /**
     * This leader's key.
     *
     * @return {@code <name>/<lease id in hex>}
     */
    String key();

    /**
     * The leader revision: the create revision of this leader's key, a fencing token that grows
     * with every new leader.
     *
     * @return the revision
     */
    long revision();

    /**
     * Announces a new value as leader, without a new election ({@code Proclaim}).
     *
     * @param value the new value; not null
     * @throws io.etcdj.exception.PreconditionFailedException when this is no longer the leader
     * @throws io.etcdj.exception.EtcdException when the write fails otherwise
     */
    void proclaim(String value);

    /**
     * A txn compare that holds only while this leadership stands (its key exists with its create
     * revision).
     *
     * @return the compare
     */
    Cmp ownership();

    /**
     * Whether the leadership stands as far as the client knows: not resigned, not lost, its
     * session alive.
     *
     * @return true while leader
     */
    boolean isLeader();

    /**
     * Completes when the leadership is lost without resigning (its key deleted: the session's
     * lease revoked or expired).
     *
     * @return the loss
     */
    CompletableFuture<Void> lost();

    /**
     * Gives up the leadership: deletes this leader's key, so the next candidate becomes leader.
     * Idempotent.
     *
     * @throws io.etcdj.exception.EtcdException when the delete fails
     */
    void resign();

    /** Resigns, as {@link #resign()}. */
    @Override
    void close();
}
