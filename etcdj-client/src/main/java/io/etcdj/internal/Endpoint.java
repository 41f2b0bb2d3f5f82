package io.etcdj.internal;

import io.etcdj.internal.transport.Connection;

/** One etcd endpoint and the client's connection to it, with the client's view of its recent health. */
final class Endpoint {
    /** How long an endpoint that just failed is passed over while others look healthy. */
    private static final long SUSPECT_NANOS = 2_000_000_000L;

    final EndpointAddress address;
    final Connection connection;
    private volatile long suspectUntil;

    Endpoint(EndpointAddress address, Connection connection) {
        this.address = address;
        this.connection = connection;
    }

    boolean isSuspect(long now) {
        return now - suspectUntil < 0;
    }

    void markFailed() {
        suspectUntil = System.nanoTime() + SUSPECT_NANOS;
    }

    void markHealthy() {
        if (suspectUntil != 0) {
            suspectUntil = 0;
        }
    }

    @Override
    public String toString() {
        return address.toString();
    }
}
