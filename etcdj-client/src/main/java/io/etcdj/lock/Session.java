package io.etcdj.lock;

import java.util.concurrent.CompletableFuture;

/**
 * One lease kept alive for as long as the session is open, shared by the locks (and, later,
 * elections) made with it, as Go's {@code concurrency.Session}. When the lease is lost (it expired
 * because no refresh got through, or someone revoked it), {@link #done()} completes and every
 * lock held through the session is lost: its keys are gone and its ownership compares stop holding.
 */
public interface Session extends AutoCloseable {
    /**
     * The session's lease.
     *
     * @return the lease id; lock keys are named after it in hex
     */
    long leaseId();

    /**
     * Whether the session's lease is still kept alive.
     *
     * @return false once the session was lost or closed
     */
    boolean isAlive();

    /**
     * Completes when the session ends: lost (its lease gone or not refreshed in time) or closed.
     *
     * @return the end of the session
     */
    CompletableFuture<Void> done();

    /**
     * Ends the session and revokes its lease, releasing every lock held through it.
     *
     * @throws io.etcdj.exception.EtcdException when the revoke fails (other than the lease being gone)
     */
    @Override
    void close();
}
