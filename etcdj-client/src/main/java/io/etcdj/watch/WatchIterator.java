package io.etcdj.watch;

import java.util.Iterator;

/**
 * A watch read by pulling: {@link #next()} blocks until the next event. Usable in a for-each loop;
 * close it (try-with-resources) to cancel the watch.
 *
 * <p>Its buffer is bounded: when the reader falls behind by more than the buffer holds, the watch
 * is cancelled, the reader still gets every event buffered before that, and then {@link #next()}
 * throws {@link io.etcdj.exception.ResourceExhaustedException} naming the revision to watch again
 * from. Memory never grows without bound.
 */
public interface WatchIterator extends Iterator<WatchEvent>, Iterable<WatchEvent>, AutoCloseable {
    /**
     * Waits for the next event.
     *
     * @return true when there is one; false once the watch was closed by the caller
     * @throws io.etcdj.exception.EtcdException the error that ended the watch, once every event
     *     before it was read
     */
    @Override
    boolean hasNext();

    /**
     * The next event, waiting for it.
     *
     * @return the event
     * @throws java.util.NoSuchElementException when the watch was closed by the caller
     * @throws io.etcdj.exception.EtcdException the error that ended the watch
     */
    @Override
    WatchEvent next();

    /**
     * The watch behind the iterator.
     *
     * @return the watcher
     */
    Watcher watcher();

    /**
     * This iterator, for a for-each loop.
     *
     * @return this
     */
    @Override
    default Iterator<WatchEvent> iterator() {
        return this;
    }

    /** Cancels the watch; {@link #hasNext()} then returns false. */
    @Override
    void close();
}
