package io.etcdj.v2.internal;

import io.etcdj.v2.EtcdV2ConnectionException;
import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.EtcdV2TimeoutException;
import io.etcdj.v2.EtcdV2Watch;
import io.etcdj.v2.EtcdV2WatchListener;
import io.etcdj.v2.WaitOptions;
import io.etcdj.v2.WatcherClearedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A continuous watch: one wait after another, each from the index after the last change
 * delivered; a cleared index is recovered by the wait itself (a read, delivered as a resync);
 * connection failures, timeouts and error 400 are retried with jittered backoff.
 */
public final class WatchLoop implements EtcdV2Watch {
    private static final Logger LOG = LoggerFactory.getLogger(WatchLoop.class);
    private static final long MAX_BACKOFF_MILLIS = 2000;

    private final String key;
    private final WaitOptions options;
    private final EtcdV2WatchListener listener;
    private final BiFunction<String, WaitOptions, CompletableFuture<EtcdV2Response>> waiter;
    private final Executor executor;
    private final BooleanSupplier clientClosed;
    private volatile long nextIndex;
    private volatile boolean closed;
    private volatile CompletableFuture<EtcdV2Response> current;
    private long backoffMillis;

    /**
     * A watch, not started.
     *
     * @param key the key or directory
     * @param options the wait options; its waitIndex is where the watch starts
     * @param listener the listener
     * @param waiter the client's wait
     * @param executor where backoff delays run
     * @param clientClosed whether the client was closed (the watch then ends without an error)
     */
    public WatchLoop(String key, WaitOptions options, EtcdV2WatchListener listener,
            BiFunction<String, WaitOptions, CompletableFuture<EtcdV2Response>> waiter, Executor executor,
            BooleanSupplier clientClosed) {
        this.key = key;
        this.options = options;
        this.listener = listener;
        this.waiter = waiter;
        this.executor = executor;
        this.clientClosed = clientClosed;
        this.nextIndex = options.waitIndex() == null ? 0 : options.waitIndex();
    }

    /**
     * Starts the first wait.
     *
     * @return this watch
     */
    public WatchLoop start() {
        next();
        return this;
    }

    private void next() {
        if (closed || clientClosed.getAsBoolean()) {
            closed = true;
            return;
        }
        WaitOptions.Builder b = options.toBuilder();
        if (nextIndex > 0) {
            b.waitIndex(nextIndex);
        }
        CompletableFuture<EtcdV2Response> f = waiter.apply(key, b.recoverFromClearedIndex(true).build());
        current = f;
        f.whenCompleteAsync(this::handle, executor);
    }

    private void handle(EtcdV2Response r, Throwable err) {
        if (closed || clientClosed.getAsBoolean()) {
            closed = true;
            return;
        }
        if (err != null) {
            RuntimeException e = Futures.unwrap(err);
            if (e instanceof EtcdV2TimeoutException && options.timeout() != null) {
                next();
            } else if (e instanceof EtcdV2ConnectionException || e instanceof EtcdV2TimeoutException
                    || e instanceof WatcherClearedException) {
                retryLater(e);
            } else {
                closed = true;
                EtcdV2Exception failure = e instanceof EtcdV2Exception x ? x
                        : new EtcdV2Exception("watch of " + key + " failed: " + e, false, e);
                try {
                    listener.onError(failure);
                } catch (RuntimeException thrown) {
                    LOG.warn("the listener of the watch of {} threw on an error", key, thrown);
                }
            }
            return;
        }
        backoffMillis = 0;
        boolean resync = "get".equals(r.action());
        nextIndex = resync || r.node() == null ? r.etcdIndex() + 1 : r.node().modifiedIndex() + 1;
        try {
            if (resync) {
                listener.onResync(r);
            } else {
                listener.onEvent(r);
            }
        } catch (RuntimeException thrown) {
            LOG.warn("the listener of the watch of {} threw; the watch goes on", key, thrown);
        }
        next();
    }

    private void retryLater(RuntimeException e) {
        backoffMillis = backoffMillis == 0 ? 50 : Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
        long delay = backoffMillis / 2 + ThreadLocalRandom.current().nextLong(backoffMillis / 2 + 1);
        LOG.debug("watch of {} failed ({}); waiting again in {} ms", key, e.toString(), delay);
        CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, executor).execute(this::next);
    }

    @Override
    public long nextIndex() {
        return nextIndex;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        CompletableFuture<EtcdV2Response> f = current;
        if (f != null) {
            f.cancel(true);
        }
    }
}
