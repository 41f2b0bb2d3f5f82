package io.etcdj.watch;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The watch facet, etcd's {@code Watch} service, with futures. Every watch of a client shares one
 * gRPC stream (etcd multiplexes them by watch id); when the stream breaks or its member dies,
 * every watch resumes on a healthy endpoint from the revision after the last one it delivered,
 * with backoff: no event is lost, repeated or reordered. A watch whose next revision has been
 * compacted ends with {@link io.etcdj.exception.RevisionCompactedException}. Closing the client
 * ends every watch with {@link io.etcdj.exception.ClientClosedException}.
 *
 * <p>The blocking twin is {@link Watch}.
 */
public interface AsyncWatch {
    /**
     * Watches one key from now.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param listener receives the responses; not null
     * @return the running watch
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     */
    Watcher watch(String key, WatchListener listener);

    /**
     * Watches a key, range or prefix.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param options the options; not null
     * @param listener receives the responses; not null
     * @return the running watch
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     */
    Watcher watch(String key, WatchOptions options, WatchListener listener);

    /**
     * Watches a key, range or prefix given as bytes.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param options the options; not null
     * @param listener receives the responses; not null
     * @return the running watch
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     */
    Watcher watch(byte[] key, WatchOptions options, WatchListener listener);

    /**
     * Watches a key, range or prefix, to be read by pulling.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param options the options; not null
     * @return the iterator; close it to cancel the watch
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     */
    WatchIterator iterate(String key, WatchOptions options);

    /**
     * Watches a key, range or prefix given as bytes, to be read by pulling.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param options the options; not null
     * @return the iterator; close it to cancel the watch
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     */
    WatchIterator iterate(byte[] key, WatchOptions options);

    /**
     * Waits for the next event that matches a predicate (watch-once), then cancels the watch.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param options the options; not null
     * @param filter which events count (client side); not null
     * @param timeout how long to wait for a matching event; positive
     * @return a future of the event; it fails with {@link io.etcdj.exception.WatchTimeoutException} when none comes in time, and cancelling it cancels the watch
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     */
    CompletableFuture<WatchEvent> next(String key, WatchOptions options, Predicate<WatchEvent> filter, Duration timeout);

    /**
     * Waits for the next event on a key given as bytes that matches a predicate, then cancels the watch.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param options the options; not null
     * @param filter which events count (client side); not null
     * @param timeout how long to wait for a matching event; positive
     * @return a future of the event; it fails with {@link io.etcdj.exception.WatchTimeoutException} when none comes in time, and cancelling it cancels the watch
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     */
    CompletableFuture<WatchEvent> next(byte[] key, WatchOptions options, Predicate<WatchEvent> filter, Duration timeout);

    /**
     * Asks etcd for a progress notification on every watch of the client's stream ({@code WatchProgressRequest}).
     *
     * @return a future that completes once the request is sent; it fails with {@link io.etcdj.exception.ConnectionException} when the watch stream is not open
     */
    CompletableFuture<Void> requestProgress();
}
