package io.etcdj.v2;

/**
 * Receives the changes a continuous watch ({@link EtcdV2AsyncClient#watch}) sees, one at a time
 * and in etcd index order, on the client's executor (never on an I/O thread, so blocking here is
 * safe; the next wait starts only when the call returns).
 */
@FunctionalInterface
public interface EtcdV2WatchListener {
    /**
     * One change: the response of a wait, with action {@code set}, {@code create},
     * {@code update}, {@code delete}, {@code expire}, {@code compareAndSwap} or
     * {@code compareAndDelete}.
     *
     * @param event the change; never null
     */
    void onEvent(EtcdV2Response event);

    /**
     * The watch fell behind etcd's history (error 401) and read the key again: {@code current}
     * is that read (action {@code get}; its node is null when the key does not exist); the changes
     * in between are lost, their result is in it.
     * The watch goes on from {@code current.etcdIndex() + 1}. By default passed to
     * {@link #onEvent}.
     *
     * @param current the read; never null
     */
    default void onResync(EtcdV2Response current) {
        onEvent(current);
    }

    /**
     * The watch ended with an error it does not retry (anything but connection failures, timeouts
     * and error 400, which it retries with backoff). No call follows. By default ignored.
     *
     * @param error the error
     */
    default void onError(EtcdV2Exception error) {
    }
}
