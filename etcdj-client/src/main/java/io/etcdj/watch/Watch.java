package io.etcdj.watch;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The watch facet, etcd's {@code Watch} service, blocking where it waits: the same methods as
 * {@link AsyncWatch}, whose documentation tells the guarantees. Watches themselves never block
 * the caller: {@link #watch} returns at once and delivers to its listener.
 */
public interface Watch {
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
     * @return the event
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     * @throws io.etcdj.exception.WatchTimeoutException when no matching event comes in time
     */
    WatchEvent next(String key, WatchOptions options, Predicate<WatchEvent> filter, Duration timeout);

    /**
     * Waits for the next event on a key given as bytes that matches a predicate, then cancels the watch.
     *
     * @param key the key, or the start of the range; with a prefix or from-key range an empty key means every key; not null
     * @param options the options; not null
     * @param filter which events count (client side); not null
     * @param timeout how long to wait for a matching event; positive
     * @return the event
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null or invalid (an empty key without a range, a watch id in use)
     * @throws io.etcdj.exception.WatchTimeoutException when no matching event comes in time
     */
    WatchEvent next(byte[] key, WatchOptions options, Predicate<WatchEvent> filter, Duration timeout);

    /**
     * Asks etcd for a progress notification on every watch of the client's stream ({@code WatchProgressRequest}).
     *
     * @throws io.etcdj.exception.ConnectionException when the watch stream is not open
     */
    void requestProgress();
}
