package io.etcdj.internal;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;

/** One etcd endpoint and its gRPC channel, with the client's view of its recent health. */
final class Endpoint {
    /** How long an endpoint that just failed is passed over while others look healthy. */
    private static final long SUSPECT_NANOS = 2_000_000_000L;

    final EndpointAddress address;
    final ManagedChannel channel;
    private volatile long suspectUntil;

    Endpoint(EndpointAddress address, ManagedChannel channel) {
        this.address = address;
        this.channel = channel;
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

    /** Skips gRPC's reconnect backoff, so a member that came back is used at once. */
    void reconnectNow() {
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            channel.resetConnectBackoff();
        }
    }

    @Override
    public String toString() {
        return address.toString();
    }
}
