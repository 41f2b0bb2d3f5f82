package io.etcdj.bench;

import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.support.CloseableClient;
import io.etcdj.EtcdClient;
import io.etcdj.exception.EtcdException;
import io.etcdj.lease.Lease;
import io.etcdj.lease.LeaseListener;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One client library's side of the lease-keepalive workload: one client instance that grants
 * leases and keeps every one of them alive with the library's own automatic keep-alive
 * ({@code grantAndKeepAlive} for etcdj, {@code Lease.keepAlive(id, StreamObserver)} for jetcd),
 * counting the refreshes etcd answered and the leases reported lost.
 */
abstract class KeepAliveClient implements AutoCloseable {
    final AtomicLong refreshes = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicReference<String> firstError = new AtomicReference<>();
    final ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();

    /**
     * Grants one lease and starts keeping it alive.
     *
     * @param ttlSeconds the lease's TTL
     * @return completes when the lease is granted and kept alive
     */
    abstract CompletableFuture<?> grantAndKeepAlive(long ttlSeconds);

    /** Stops every keep-alive (the leases then expire after their TTL) and closes the client. */
    @Override
    public abstract void close();

    void error(String text) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, text);
    }

    /**
     * @param name {@code etcdj} or {@code jetcd}
     * @param endpoints the etcd endpoints
     * @return a new client of that library, its defaults unchanged
     */
    static KeepAliveClient create(String name, List<String> endpoints) {
        return switch (name) {
            case "etcdj" -> new Etcdj(endpoints);
            case "jetcd" -> new Jetcd(endpoints);
            default -> throw new IllegalArgumentException("no lease-keepalive workload for client " + name);
        };
    }

    /** etcdj: {@code async().lease().grantAndKeepAlive(ttl, listener)}. */
    static final class Etcdj extends KeepAliveClient {
        private final EtcdClient client;
        private final ConcurrentLinkedQueue<Lease> leases = new ConcurrentLinkedQueue<>();
        private volatile boolean closing;

        Etcdj(List<String> endpoints) {
            client = EtcdClient.builder().endpoints(endpoints).build();
        }

        @Override
        CompletableFuture<?> grantAndKeepAlive(long ttlSeconds) {
            LeaseListener listener = new LeaseListener() {
                @Override
                public void onLost(Lease lease, EtcdException cause) {
                    if (!closing) {
                        error("lease " + lease.id() + " " + lease.state() + ": " + cause);
                    }
                }

                @Override
                public void onRefreshed(Lease lease, long ttl) {
                    refreshes.incrementAndGet();
                }
            };
            return client.async().lease().grantAndKeepAlive(ttlSeconds, listener).thenAccept(l -> {
                leases.add(l);
                ids.add(l.id());
            });
        }

        @Override
        public void close() {
            closing = true;
            leases.forEach(Lease::stopKeepAlive);
            client.close();
        }
    }

    /** jetcd: {@code getLeaseClient().grant(ttl)}, then {@code keepAlive(id, observer)}. */
    static final class Jetcd extends KeepAliveClient {
        private final io.etcd.jetcd.Client client;
        private final ConcurrentLinkedQueue<CloseableClient> keepAlives = new ConcurrentLinkedQueue<>();
        private volatile boolean closing;

        Jetcd(List<String> endpoints) {
            client = io.etcd.jetcd.Client.builder().endpoints(endpoints.toArray(String[]::new)).build();
        }

        @Override
        CompletableFuture<?> grantAndKeepAlive(long ttlSeconds) {
            return client.getLeaseClient().grant(ttlSeconds).thenAccept(g -> {
                long id = g.getID();
                keepAlives.add(client.getLeaseClient().keepAlive(id, new StreamObserver<LeaseKeepAliveResponse>() {
                    @Override
                    public void onNext(LeaseKeepAliveResponse r) {
                        refreshes.incrementAndGet();
                    }

                    @Override
                    public void onError(Throwable t) {
                        if (!closing) {
                            error("lease " + id + ": " + t);
                        }
                    }

                    @Override
                    public void onCompleted() {
                        if (!closing) {
                            error("lease " + id + ": keep-alive completed");
                        }
                    }
                }));
                ids.add(id);
            });
        }

        @Override
        public void close() {
            closing = true;
            keepAlives.forEach(CloseableClient::close);
            client.close();
        }
    }
}
