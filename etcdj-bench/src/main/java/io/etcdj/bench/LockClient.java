package io.etcdj.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.support.CloseableClient;
import io.etcdj.EtcdClient;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One library's client for the {@code lock} workload: sessions (a kept-alive lease per contender)
 * and blocking acquire/release of one lock name. etcdj takes the lock with its own lock facet (Go's
 * {@code concurrency.Mutex} recipe run in the client: a txn, then a watch on its predecessor);
 * jetcd with etcd's {@code Lock} RPC ({@code v3lockpb}: the same recipe run inside etcd, the call
 * blocking on the server until the lock is held) and {@code Unlock}.
 */
abstract class LockClient implements AutoCloseable {
    /** How long one acquire may wait before it counts as an error. */
    static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(30);

    /** A contender's session: its lease, kept alive until closed. */
    interface Contender extends AutoCloseable {
        /** Acquires the lock, blocking; returns what {@link #release} needs. */
        Object acquire(String name) throws Exception;

        /** Releases the lock taken by {@link #acquire}. */
        void release(Object held) throws Exception;

        @Override
        void close();
    }

    /**
     * @param name {@code etcdj} or {@code jetcd}
     * @param endpoints etcd's client URLs
     * @return a new client
     */
    static LockClient create(String name, List<String> endpoints) {
        return switch (name) {
            case "etcdj" -> new Etcdj(endpoints);
            case "jetcd" -> new Jetcd(endpoints);
            default -> throw new IllegalArgumentException("no lock client for " + name);
        };
    }

    /**
     * Starts one contender's session.
     *
     * @param ttlSeconds the session lease's TTL
     * @return the contender
     */
    abstract Contender contender(long ttlSeconds) throws Exception;

    @Override
    public abstract void close();

    /** etcdj: {@code lock().newSession(ttl)}, {@code lock().acquire(name, session, timeout)}, {@code Mutex.release()}. */
    static final class Etcdj extends LockClient {
        private final EtcdClient client;

        Etcdj(List<String> endpoints) {
            client = EtcdClient.builder().endpoints(endpoints).build();
        }

        @Override
        Contender contender(long ttlSeconds) {
            Session session = client.lock().newSession(ttlSeconds);
            return new Contender() {
                @Override
                public Object acquire(String name) {
                    return client.lock().acquire(name, session, ACQUIRE_TIMEOUT);
                }

                @Override
                public void release(Object held) {
                    ((Mutex) held).release();
                }

                @Override
                public void close() {
                    session.close();
                }
            };
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /** jetcd: a lease kept alive by {@code Lease.keepAlive}, then {@code Lock.lock(name, lease)} and {@code Lock.unlock(key)}. */
    static final class Jetcd extends LockClient {
        private final io.etcd.jetcd.Client client;

        Jetcd(List<String> endpoints) {
            client = io.etcd.jetcd.Client.builder().endpoints(endpoints.toArray(String[]::new)).build();
        }

        @Override
        Contender contender(long ttlSeconds) throws Exception {
            long lease = client.getLeaseClient().grant(ttlSeconds).get(30, TimeUnit.SECONDS).getID();
            CloseableClient keepAlive = client.getLeaseClient().keepAlive(lease, new StreamObserver<LeaseKeepAliveResponse>() {
                @Override
                public void onNext(LeaseKeepAliveResponse r) {
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onCompleted() {
                }
            });
            return new Contender() {
                @Override
                public Object acquire(String name) throws Exception {
                    ByteSequence n = ByteSequence.from(name, StandardCharsets.UTF_8);
                    return client.getLockClient().lock(n, lease).get(ACQUIRE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getKey();
                }

                @Override
                public void release(Object held) throws Exception {
                    client.getLockClient().unlock((ByteSequence) held).get(30, TimeUnit.SECONDS);
                }

                @Override
                public void close() {
                    keepAlive.close();
                    try {
                        client.getLeaseClient().revoke(lease).get(10, TimeUnit.SECONDS);
                    } catch (Exception ignored) {
                        // the lease then expires after its TTL
                    }
                }
            };
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
