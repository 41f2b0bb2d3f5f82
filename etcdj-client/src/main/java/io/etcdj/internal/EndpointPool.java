package io.etcdj.internal;

import io.etcdj.internal.transport.Transport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's endpoints: picks one for each call, round robin over those not recently failed, so
 * that a retry goes to another member where there is one. An endpoint whose connection is ready
 * (its HTTP/2 handshake done) is preferred, as clientv3's balancer does: while none is, every
 * idle connection is started, and callers may wait for the first to become ready
 * ({@link #anyConnecting()}, {@link #whenReadyOrFailed}) rather than queue behind a member
 * that accepts TCP connections but never answers (a paused process). The set can be replaced while calls are
 * in flight: an attempt keeps the endpoint it started on, and a removed endpoint's connection is
 * closed gracefully, once its attempts have ended.
 */
public final class EndpointPool {
    private final Transport transport;
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<Endpoint> endpoints;
    private boolean shutDown;
    private final java.util.Set<Runnable> readyWaiters = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean watching = new AtomicBoolean();

    /**
     * @param transport makes the connections
     * @param addresses the endpoints; not empty
     */
    EndpointPool(Transport transport, List<EndpointAddress> addresses) {
        this.transport = transport;
        List<Endpoint> list = new ArrayList<>();
        for (EndpointAddress a : addresses) {
            list.add(new Endpoint(a, transport.connect(a)));
        }
        this.endpoints = List.copyOf(list);
    }

    /**
     * @param avoid the endpoint the previous attempt failed on, or null
     * @return the endpoint for the next attempt
     */
    Endpoint pick(Endpoint avoid) {
        List<Endpoint> all = endpoints;
        int n = all.size();
        int start = next.getAndIncrement() & Integer.MAX_VALUE;
        if (n == 1) {
            Endpoint only = all.get(0);
            if (avoid != null) {
                only.connection.reconnectNow();
            }
            return only;
        }
        long now = System.nanoTime();
        boolean anyReady = false;
        Endpoint[] usable = new Endpoint[n];
        int count = 0;
        for (Endpoint e : all) {
            if (e.connection.isReady()) {
                anyReady = true;
                if (e != avoid && !e.isSuspect(now)) {
                    usable[count++] = e;
                }
            }
        }
        if (count > 0) { // round robin over the ready ones, evenly
            Endpoint e = usable[start % count];
            probeOthers(all, e, now);
            return e;
        }
        if (!anyReady) {
            connectAll(all);
        }
        for (int i = 0; i < n; i++) {
            Endpoint e = all.get((start + i) % n);
            if (e != avoid && !e.isSuspect(now)) {
                return e;
            }
        }
        for (int i = 0; i < n; i++) {
            Endpoint e = all.get((start + i) % n);
            if (e != avoid) {
                e.connection.reconnectNow();
                return e;
            }
        }
        return all.get(start % n);
    }

    /**
     * @param address an endpoint's address
     * @return the endpoint with that address, or null when it is not in the set
     */
    Endpoint find(EndpointAddress address) {
        for (Endpoint e : endpoints) {
            if (e.address.equals(address)) {
                return e;
            }
        }
        return null;
    }

    /** @return the current endpoints, in the order given */
    List<Endpoint> endpoints() {
        return endpoints;
    }

    /** @return the current endpoints' addresses, in the order given */
    public List<EndpointAddress> addresses() {
        List<EndpointAddress> out = new ArrayList<>();
        for (Endpoint e : endpoints) {
            out.add(e.address);
        }
        return List.copyOf(out);
    }

    /** @return how many endpoints there are */
    int size() {
        return endpoints.size();
    }

    /** @return true when at least one endpoint's connection is established now */
    boolean anyReady() {
        for (Endpoint e : endpoints) {
            if (e.connection.isReady()) {
                return true;
            }
        }
        return false;
    }

    private static void probeOthers(List<Endpoint> all, Endpoint picked, long now) {
        for (Endpoint e : all) {
            if (e != picked) {
                e.probe(now);
            }
        }
    }

    private static void connectAll(List<Endpoint> all) {
        for (Endpoint e : all) {
            e.connection.connect();
        }
    }

    /**
     * Starts every idle connection.
     *
     * @return true when none is ready and at least one is still being set up, so that waiting for
     *     a state change may bring a ready one
     */
    boolean anyConnecting() {
        List<Endpoint> all = endpoints;
        connectAll(all);
        boolean connecting = false;
        for (Endpoint e : all) {
            if (e.connection.isReady()) {
                return false;
            }
            connecting |= e.connection.isConnecting();
        }
        return connecting;
    }

    /**
     * Runs the action, on the executor, once a connection is ready or none is still connecting
     * (every one failed), whichever comes first. Waiters share one watch of the connections, so a
     * burst of calls on a fresh client costs one state listener per connection, not one per call.
     *
     * @param action what to run; removed with {@link #stopWaiting} when the caller gives up first
     * @param executor where to run it
     */
    void whenReadyOrFailed(Runnable action, Executor executor) {
        readyWaiters.add(action);
        watch(executor);
    }

    /** @param action an action given to {@link #whenReadyOrFailed} that need not run any more */
    void stopWaiting(Runnable action) {
        readyWaiters.remove(action);
    }

    private void watch(Executor executor) {
        if (!watching.compareAndSet(false, true)) {
            return;
        }
        AtomicBoolean fired = new AtomicBoolean();
        Runnable changed = () -> {
            if (!fired.compareAndSet(false, true)) {
                return;
            }
            watching.set(false);
            if (!anyReady() && stillConnecting()) {
                if (!readyWaiters.isEmpty()) {
                    watch(executor);
                }
                return;
            }
            for (Runnable waiter : readyWaiters) {
                if (readyWaiters.remove(waiter)) {
                    waiter.run();
                }
            }
        };
        for (Endpoint e : endpoints) {
            e.connection.whenStateChanges(changed, executor);
        }
        // a change between the caller's look and the listeners' registration is not reported to them
        if (anyReady() || !stillConnecting()) {
            try {
                executor.execute(changed);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                watching.set(false);
            }
        }
    }

    private boolean stillConnecting() {
        for (Endpoint e : endpoints) {
            if (e.connection.isConnecting()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the endpoint set. Endpoints in both sets keep their connection; new ones get one;
     * removed ones stop taking attempts, and their connection closes once its attempts end.
     *
     * @param addresses the new set; not empty
     */
    synchronized void update(List<EndpointAddress> addresses) {
        if (shutDown) {
            return;
        }
        Map<EndpointAddress, Endpoint> old = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            old.put(e.address, e);
        }
        List<Endpoint> list = new ArrayList<>();
        for (EndpointAddress a : addresses) {
            Endpoint kept = old.remove(a);
            if (kept == null && list.stream().noneMatch(e -> e.address.equals(a))) {
                kept = new Endpoint(a, transport.connect(a));
            }
            if (kept != null) {
                list.add(kept);
            }
        }
        endpoints = List.copyOf(list);
        for (Endpoint removed : old.values()) {
            removed.connection.shutdown();
        }
    }

    /** Closes every connection, failing attempts in flight. */
    synchronized void shutdown() {
        shutDown = true;
        for (Endpoint e : endpoints) {
            e.connection.shutdownNow();
        }
    }
}
