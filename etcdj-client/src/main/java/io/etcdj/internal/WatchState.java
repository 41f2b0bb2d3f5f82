package io.etcdj.internal;

import io.etcdj.exception.EtcdException;
import io.etcdj.grpc.Event;
import io.etcdj.grpc.WatchCreateRequest;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One watch of the client: what re-creates it on a new stream (its create request and the
 * revision to resume from), what it delivered last, and its listener behind a serial executor.
 * The engine changes it under its lock; the listener runs on the callback executor.
 */
final class WatchState implements Watcher {
    final long id;
    final WatchCreateRequest template;
    /** Maps its events: the mapper of the facet (root or namespace view) that created it. */
    final WatchMapper mapper;
    private final WatchListener listener;
    private final SerialExecutor delivery;
    private final WatchEngine engine;
    private final CompletableFuture<Long> created = new CompletableFuture<>();
    /** Whether etcd refused this watch's token once and the stream was reopened with a fresh one. */
    boolean credentialsRefreshed;
    /** The next revision this watch wants: it resumes from here; 0 for "from now" until created. */
    long nextRevision;
    /** Events of a fragmented revision, until its last fragment; engine's lock. */
    List<Event> fragments;
    private volatile long lastRevision;
    private volatile boolean ended;
    private volatile boolean confirmed;

    WatchState(long id, WatchCreateRequest template, WatchMapper mapper, long startRevision, WatchListener listener,
            SerialExecutor delivery, WatchEngine engine) {
        this.id = id;
        this.template = template;
        this.mapper = mapper;
        this.nextRevision = startRevision;
        this.listener = listener;
        this.delivery = delivery;
        this.engine = engine;
    }

    /** etcd confirmed the watch; store revision at that moment. */
    void confirmed(long storeRevision) {
        confirmed = true;
        if (nextRevision == 0) {
            nextRevision = storeRevision + 1;
        }
        long after = nextRevision - 1;
        delivery.execute(() -> created.complete(after));
    }

    void addFragments(List<Event> events) {
        if (fragments == null) {
            fragments = new ArrayList<>();
        }
        fragments.addAll(events);
    }

    /** Hands a response to the listener; events already counted as delivered. */
    void deliver(WatchResponse response) {
        if (!response.events().isEmpty()) {
            long rev = response.events().get(response.events().size() - 1).revision();
            nextRevision = rev + 1;
            lastRevision = rev;
        }
        delivery.execute(() -> listener.onNext(response));
    }

    /** Ends the watch with an error; idempotent. */
    void fail(EtcdException error) {
        if (ended) {
            return;
        }
        ended = true;
        delivery.execute(() -> {
            created.completeExceptionally(error);
            listener.onError(error);
        });
    }

    /** Ends the watch because the caller closed it; idempotent. */
    void complete() {
        if (ended) {
            return;
        }
        ended = true;
        delivery.execute(() -> {
            created.cancel(false);
            listener.onCompleted();
        });
    }

    boolean isCreated() {
        return confirmed;
    }

    @Override
    public long watchId() {
        return id;
    }

    @Override
    public CompletableFuture<Long> created() {
        return created;
    }

    @Override
    public long lastRevision() {
        return lastRevision;
    }

    @Override
    public boolean isClosed() {
        return ended;
    }

    @Override
    public void close() {
        engine.cancel(this);
    }

    @Override
    public String toString() {
        return "Watcher{id=" + id + ", lastRevision=" + lastRevision + (ended ? ", closed" : "") + "}";
    }
}
