package io.etcdj.watch;

import io.etcdj.exception.EtcdException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A listener that records what a watch delivers, for tests. */
final class Recorder implements WatchListener {
    final List<WatchResponse> responses = new ArrayList<>();
    final CompletableFuture<EtcdException> error = new CompletableFuture<>();
    final CompletableFuture<Void> completed = new CompletableFuture<>();

    @Override
    public synchronized void onNext(WatchResponse response) {
        responses.add(response);
        notifyAll();
    }

    @Override
    public void onError(EtcdException e) {
        error.complete(e);
    }

    @Override
    public void onCompleted() {
        completed.complete(null);
    }

    /** @return the member that served the last response, or 0 before any */
    synchronized long lastMemberId() {
        return responses.isEmpty() ? 0 : responses.get(responses.size() - 1).header().memberId();
    }

    /** @return every member that served a response */
    synchronized java.util.Set<Long> memberIds() {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (WatchResponse r : responses) {
            out.add(r.header().memberId());
        }
        return out;
    }

    synchronized List<WatchEvent> events() {
        List<WatchEvent> out = new ArrayList<>();
        for (WatchResponse r : responses) {
            out.addAll(r.events());
        }
        return out;
    }

    /** Waits until at least n events arrived, 20 s at most. */
    synchronized List<WatchEvent> await(int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (events().size() < n) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + n + " events, got " + events().size() + ": " + events());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return events();
    }
}
