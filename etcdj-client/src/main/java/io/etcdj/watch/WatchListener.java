package io.etcdj.watch;

import io.etcdj.exception.EtcdException;

/**
 * Receives a watch's responses, in order, one call at a time, on the client's callback executor
 * ({@link io.etcdj.EtcdClientBuilder#callbackExecutor}, or a small default pool), never on an
 * I/O thread: blocking calls, etcdj's included, are safe here. A listener that throws is logged
 * and keeps receiving; one that blocks delays only its own watch (and holds one executor thread).
 */
@FunctionalInterface
public interface WatchListener {
    /**
     * The next events (or a progress notification).
     *
     * @param response the events of one or more whole revisions
     */
    void onNext(WatchResponse response);

    /**
     * The watch ended with an error and delivers nothing more: the revision it asked for was
     * compacted ({@link io.etcdj.exception.RevisionCompactedException} with the compact revision),
     * etcd cancelled it, it was not confirmed in time ({@link io.etcdj.exception.WatchTimeoutException}),
     * or the client was closed ({@link io.etcdj.exception.ClientClosedException}).
     *
     * @param error why
     */
    default void onError(EtcdException error) {
    }

    /** The caller closed the watch; nothing more is delivered. */
    default void onCompleted() {
    }
}
