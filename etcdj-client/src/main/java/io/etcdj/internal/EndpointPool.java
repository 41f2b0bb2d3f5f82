package io.etcdj.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's endpoints: picks one for each call, round robin over those not recently failed, so
 * that a retry goes to another member where there is one.
 */
public final class EndpointPool {
    private final List<Endpoint> endpoints;
    private final AtomicInteger next = new AtomicInteger();

    EndpointPool(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    /**
     * @param avoid the endpoint the previous attempt failed on, or null
     * @return the endpoint for the next attempt
     */
    Endpoint pick(Endpoint avoid) {
        int n = endpoints.size();
        int start = next.getAndIncrement() & Integer.MAX_VALUE;
        if (n == 1) {
            Endpoint only = endpoints.get(0);
            if (avoid != null) {
                only.reconnectNow();
            }
            return only;
        }
        long now = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Endpoint e = endpoints.get((start + i) % n);
            if (e != avoid && !e.isSuspect(now)) {
                return e;
            }
        }
        for (int i = 0; i < n; i++) {
            Endpoint e = endpoints.get((start + i) % n);
            if (e != avoid) {
                e.reconnectNow();
                return e;
            }
        }
        return endpoints.get(start % n);
    }

    /** @return how many endpoints there are */
    int size() {
        return endpoints.size();
    }

    /** @return the endpoints in the order given to the builder */
    List<Endpoint> all() {
        return endpoints;
    }

    /** Closes every channel, waiting briefly for calls in flight to end. */
    void shutdown() {
        for (Endpoint e : endpoints) {
            e.channel.shutdownNow();
        }
        for (Endpoint e : endpoints) {
            try {
                e.channel.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
