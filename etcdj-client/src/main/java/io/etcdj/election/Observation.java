package io.etcdj.election;

/** An election being observed; closing it stops the observation. */
public interface Observation extends AutoCloseable {
    /**
     * Whether the observation has ended.
     *
     * @return true once closed or failed
     */
    boolean isClosed();

    /** Stops observing. Idempotent. */
    @Override
    void close();
}
