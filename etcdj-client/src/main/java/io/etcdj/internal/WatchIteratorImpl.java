package io.etcdj.internal;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.ResourceExhaustedException;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchIterator;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.Queue;

/** A watch read by pulling, with a bounded buffer: a reader that falls too far behind ends the watch. */
final class WatchIteratorImpl implements WatchIterator, WatchListener {
    /** Events buffered at most before the watch is ended for a slow reader. */
    static final int CAPACITY = 10_000;

    private final Queue<WatchEvent> buffer = new ArrayDeque<>();
    private Watcher watcher;
    private EtcdException error;
    private boolean done;

    void attach(Watcher w) {
        synchronized (buffer) {
            watcher = w;
        }
    }

    @Override
    public void onNext(WatchResponse response) {
        boolean overflow = false;
        synchronized (buffer) {
            if (done) {
                return;
            }
            if (buffer.size() + response.events().size() > CAPACITY) {
                long from = response.events().isEmpty() ? 0 : response.events().get(0).revision();
                error = new ResourceExhaustedException(ErrorCode.RESOURCE_EXHAUSTED, Outcome.NOT_APPLIED,
                        "the watch's reader fell behind by more than " + CAPACITY + " events; the watch was "
                                + "cancelled; watch again from revision " + from + " to go on", null);
                done = true;
                overflow = true;
            } else {
                buffer.addAll(response.events());
            }
            buffer.notifyAll();
        }
        if (overflow) {
            watcher.close();
        }
    }

    @Override
    public void onError(EtcdException e) {
        synchronized (buffer) {
            if (!done) {
                error = e;
                done = true;
            }
            buffer.notifyAll();
        }
    }

    @Override
    public void onCompleted() {
        synchronized (buffer) {
            done = true;
            buffer.notifyAll();
        }
    }

    @Override
    public boolean hasNext() {
        synchronized (buffer) {
            while (buffer.isEmpty() && !done) {
                try {
                    buffer.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EtcdException(ErrorCode.CANCELLED, Outcome.NOT_APPLIED, "interrupted while waiting for a watch event", e);
                }
            }
            if (!buffer.isEmpty()) {
                return true;
            }
            if (error != null) {
                throw error;
            }
            return false;
        }
    }

    @Override
    public WatchEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the watch was closed");
        }
        synchronized (buffer) {
            return buffer.poll();
        }
    }

    @Override
    public Watcher watcher() {
        return watcher;
    }

    @Override
    public void close() {
        watcher.close();
        synchronized (buffer) {
            done = true;
            buffer.clear();
            buffer.notifyAll();
        }
    }
}
