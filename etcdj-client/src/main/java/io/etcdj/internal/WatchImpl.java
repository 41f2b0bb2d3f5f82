package io.etcdj.internal;

import io.etcdj.exception.WatchTimeoutException;
import io.etcdj.watch.AsyncWatch;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchIterator;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The watch facet over the watch engine. The blocking form is derived by {@link Blocking}. */
final class WatchImpl implements AsyncWatch {
    private final WatchEngine engine;
    private final WatchMapper mapper;
    private final ScheduledExecutorService scheduler;

    WatchImpl(WatchEngine engine, WatchMapper mapper, ScheduledExecutorService scheduler) {
        this.engine = engine;
        this.mapper = mapper;
        this.scheduler = scheduler;
    }

    @Override
    public Watcher watch(String key, WatchListener listener) {
        return start(key, WatchOptions.DEFAULT, listener);
    }

    @Override
    public Watcher watch(String key, WatchOptions options, WatchListener listener) {
        return start(key, options, listener);
    }

    @Override
    public Watcher watch(byte[] key, WatchOptions options, WatchListener listener) {
        return start(key, options, listener);
    }

    private Watcher start(Object key, WatchOptions options, WatchListener listener) {
        Checks.notNull(options, "options");
        return engine.add(mapper.template(key, options), mapper, options.watchId(), options.startRevision(), options.timeout(),
                Checks.notNull(listener, "listener"));
    }

    @Override
    public WatchIterator iterate(String key, WatchOptions options) {
        return iterator(key, options);
    }

    @Override
    public WatchIterator iterate(byte[] key, WatchOptions options) {
        return iterator(key, options);
    }

    private WatchIterator iterator(Object key, WatchOptions options) {
        WatchIteratorImpl it = new WatchIteratorImpl();
        it.attach(start(key, options, it));
        return it;
    }

    @Override
    public CompletableFuture<WatchEvent> next(String key, WatchOptions options, Predicate<WatchEvent> filter,
            Duration timeout) {
        return KvImpl.call(() -> once(key, options, filter, timeout));
    }

    @Override
    public CompletableFuture<WatchEvent> next(byte[] key, WatchOptions options, Predicate<WatchEvent> filter,
            Duration timeout) {
        return KvImpl.call(() -> once(key, options, filter, timeout));
    }

    private CompletableFuture<WatchEvent> once(Object key, WatchOptions options, Predicate<WatchEvent> filter,
            Duration timeout) {
        Checks.notNull(filter, "filter");
        Duration wait = Checks.notNull(Checks.timeout(timeout), "timeout");
        CompletableFuture<WatchEvent> result = new CompletableFuture<>();
        Watcher watcher = start(key, options, new WatchListener() {
            @Override
            public void onNext(WatchResponse response) {
                for (WatchEvent e : response.events()) {
                    try {
                        if (!result.isDone() && filter.test(e)) {
                            result.complete(e);
                        }
                    } catch (RuntimeException ex) {
                        result.completeExceptionally(ErrorMapper.wrap(ex, io.etcdj.exception.Outcome.NOT_APPLIED));
                    }
                }
            }

            @Override
            public void onError(io.etcdj.exception.EtcdException error) {
                result.completeExceptionally(error);
            }
        });
        result.whenComplete((e, error) -> watcher.close());
        try {
            scheduler.schedule(() -> result.completeExceptionally(
                    new WatchTimeoutException("no matching event within " + wait, null)), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(ErrorMapper.closed(io.etcdj.exception.Outcome.NOT_APPLIED));
        }
        return result;
    }

    @Override
    public CompletableFuture<Void> requestProgress() {
        return engine.requestProgress();
    }
}
