package io.etcdj.election;

import io.etcdj.KeyValue;
import io.etcdj.exception.EtcdException;

/**
 * Hears an election's leaders, each change once, in order. Runs on the client's callback executor.
 */
@FunctionalInterface
public interface ElectionListener {
    /**
     * A new leader, or the leader proclaimed a new value.
     *
     * @param leader the leader's key-value: its key, its value (the proposal), its create
     *     revision (the leader revision) and its lease
     */
    void onLeader(KeyValue leader);

    /**
     * The observation ended with an error (the client was closed, or the watch under it failed).
     *
     * @param error why
     */
    default void onError(EtcdException error) {
    }
}
