package io.etcdj.lock;

import io.etcdj.ResponseHeader;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Locks in the layout of Go's {@code concurrency} package (see {@link Mutex}), with futures. The
 * blocking twin is {@link Locks}.
 */
public interface AsyncLocks {
    /**
     * Starts a session: grants a lease with this TTL and keeps it alive until the session is closed or lost.
     *
     * @param ttlSeconds the session lease's TTL in seconds; positive (60 is Go's default)
     * @return the session
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a TTL that is not positive
     */
    CompletableFuture<Session> newSession(long ttlSeconds);

    /**
     * Acquires a lock, waiting behind earlier holders in the order they asked (each waiter watches only its predecessor). An acquire that fails, times out or is cancelled leaves no key behind.
     *
     * @param name the lock's name, the prefix of its keys; not null or empty
     * @param session the session whose lease the lock key is attached to; alive
     * @param timeout how long to wait; null to wait until acquired (or, for the async form, until the future is cancelled)
     * @return the held lock
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.EtcdTimeoutException} when not acquired in time, {@link io.etcdj.exception.LeaseNotFoundException} when the session was lost while waiting, {@link io.etcdj.exception.InvalidArgumentException} for a null or empty name or a null session
     */
    CompletableFuture<Mutex> acquire(String name, Session session, Duration timeout);

    /**
     * Acquires a lock only if no one holds it or waits for it now; leaves no key behind otherwise.
     *
     * @param name the lock's name, the prefix of its keys; not null or empty
     * @param session the session whose lease the lock key is attached to; alive
     * @return the held lock, or empty when it is taken
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a null or empty name or a null session
     */
    CompletableFuture<Optional<Mutex>> tryAcquire(String name, Session session);

    /**
     * Takes a lock through etcd's own {@code Lock} service ({@code v3lockpb.Lock}): the server
     * waits until the lock is free, in the same key layout as {@link #acquire}, so both exclude
     * each other. Not retried after an unknown outcome.
     *
     * @param name the lock's name; not null or empty
     * @param leaseId the lease the lock key is attached to; positive
     * @param timeout how long to wait; null to wait until acquired
     * @return the lock key, to pass to {@link #serverUnlock}
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.EtcdTimeoutException} when not acquired in time, {@link io.etcdj.exception.InvalidArgumentException} for bad input
     */
    CompletableFuture<String> serverLock(String name, long leaseId, Duration timeout);

    /**
     * Releases a lock taken with {@link #serverLock} ({@code v3lockpb.Unlock}).
     *
     * @param key the lock key it returned; not null
     * @return the response header
     * @throws io.etcdj.exception.EtcdException {@link io.etcdj.exception.InvalidArgumentException} for a null key
     */
    CompletableFuture<ResponseHeader> serverUnlock(String key);
}
