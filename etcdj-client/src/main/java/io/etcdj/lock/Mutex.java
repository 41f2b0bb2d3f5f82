package io.etcdj.lock;

import io.etcdj.kv.Cmp;

/**
 * A held lock, in the key layout of Go's {@code concurrency.Mutex}: the key
 * {@code <name>/<session lease id in hex>}, attached to the session's lease; the holder is the key
 * with the lowest create revision under {@code <name>/}. So etcdj, {@code etcdctl lock} and Go
 * services exclude one another.
 *
 * <p>A lock alone does not give mutual exclusion over anything outside etcd: a holder can pause
 * (a GC, a stalled VM) past its lease TTL, lose the lock, and still act. Guard writes to etcd with
 * {@link #ownership()} in the same txn, and hand the {@link #fencingToken()} to any outside
 * resource, which must refuse a token lower than one it has seen.
 */
public interface Mutex extends AutoCloseable {
    /**
     * The lock's name.
     *
     * @return the name as given
     */
    String name();

    /**
     * This holder's key.
     *
     * @return {@code <name>/<lease id in hex>}
     */
    String key();

    /**
     * The fencing token: the create revision of this holder's key, which grows with every new
     * holder of the lock.
     *
     * @return the revision
     */
    long fencingToken();

    /**
     * A txn compare that holds only while this holder's key exists with its create revision (Go's
     * {@code IsOwner}): a txn guarded by it is rejected once the lock was lost or released.
     *
     * @return the compare
     */
    Cmp ownership();

    /**
     * Whether the lock is still held as far as the client knows: not released, not lost, and its
     * session alive.
     *
     * @return true while held
     */
    boolean isHeld();

    /**
     * Completes when the lock is lost without being released: its key was deleted (its session's
     * lease was revoked or expired, or someone deleted the key). The client watches the key, so
     * this comes within moments of the deletion; the session is then checked at once too.
     *
     * @return the loss of the lock; never completes for a lock released first
     */
    java.util.concurrent.CompletableFuture<Void> lost();

    /**
     * Releases the lock (deletes this holder's key). Idempotent.
     *
     * @throws io.etcdj.exception.EtcdException when the delete fails; the lock is then released
     *     when the session ends
     */
    void release();

    /** Releases the lock, as {@link #release()}. */
    @Override
    void close();
}
