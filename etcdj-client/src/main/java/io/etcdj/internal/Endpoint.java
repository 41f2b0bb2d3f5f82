package io.etcdj.internal;

import io.etcdj.internal.transport.Connection;

/** One etcd endpoint and the client's connection to it, with the client's view of its recent health. */
final class Endpoint {
    /** How long an endpoint that just failed is passed over while others look healthy. */
    private static final long SUSPECT_NANOS = 2_000_000_000L;

    final EndpointAddress address;
    final Connection connection;
    /** How often a connection that is not ready is asked to connect while calls go elsewhere. */
    private static final long PROBE_NANOS = 1_000_000_000L;

    private volatile long suspectUntil;
    private volatile long nextProbe = System.nanoTime();

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

    /**
     * Asks a connection that is not ready (idle, or failed and waiting out gRPC's reconnect
     * backoff) to connect now, at most once a second, so that a member that came back is found
     * ready although calls go to the others meanwhile.
     *
     * @param now {@link System#nanoTime()}
     */
    void probe(long now) {
        if (now - nextProbe >= 0) {
            nextProbe = now + PROBE_NANOS;
            if (connection.isReady()) {
                return;
            }
            connection.connect();
            connection.reconnectNow();
        }
    }

    @Override
    public String toString() {
        return address.toString();
    }
}
