package io.etcdj.v2;

/**
 * A running continuous watch (see {@link EtcdV2AsyncClient#watch}). Closing it stops it: no
 * listener call starts after {@link #close()} returns, except one already running.
 */
public interface EtcdV2Watch extends AutoCloseable {
    /**
     * The etcd index the next wait starts from: the last delivered change's modified index + 1.
     *
     * @return the index, or 0 while none is known (before the first change when no waitIndex was given)
     */
    long nextIndex();

    /**
     * Whether the watch has stopped, closed or ended by an error.
     *
     * @return true when stopped
     */
    boolean isClosed();

    /** Stops the watch. Idempotent; never throws. */
    @Override
    void close();
}
