package io.etcdj;

import io.etcdj.kv.AsyncKv;

/**
 * The async form of an {@link EtcdClient}'s facets: the same calls, each returning a
 * {@link java.util.concurrent.CompletableFuture}. Obtained from {@link EtcdClient#async()}; shares
 * the client's connections and is closed with it.
 */
public interface EtcdAsync {
    /** @return the key-value facet, etcd's {@code KV} service */
    AsyncKv kv();
}
