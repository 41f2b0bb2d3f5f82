package io.etcdj.watch;

import java.util.concurrent.CompletableFuture;

/**
 * A running watch. Closing it cancels it on etcd ({@code WatchCancelRequest}) and frees it at
 * once; the listener then gets {@link WatchListener#onCompleted()}.
 */
public interface Watcher extends AutoCloseable {
    /**
     * The watch's id on the client's watch stream.
     *
     * @return the id (the caller's, or one the client chose)
     */
    long watchId();

    /**
     * Completes when etcd has confirmed the watch, with the revision the watch delivers events
     * after (the store's revision at creation when no start revision was given). Fails with
     * {@link io.etcdj.exception.WatchTimeoutException} when etcd does not confirm it within the
     * options' timeout, or with the error that ended the watch.
     *
     * @return the confirmation
     */
    CompletableFuture<Long> created();

    /**
     * The revision of the last events delivered.
     *
     * @return the revision, or 0 before the first event
     */
    long lastRevision();

    /**
     * Whether the watch has ended (closed, or ended by an error).
     *
     * @return true once it delivers nothing more
     */
    boolean isClosed();

    /** Cancels the watch. Idempotent. */
    @Override
    void close();
}
