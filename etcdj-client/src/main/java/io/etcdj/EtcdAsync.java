package io.etcdj;

import io.etcdj.cluster.AsyncCluster;
import io.etcdj.kv.AsyncKv;
import io.etcdj.auth.AsyncAuth;
import io.etcdj.maintenance.AsyncMaintenance;
import io.etcdj.election.AsyncElections;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.lock.AsyncLocks;
import io.etcdj.watch.AsyncWatch;

/**
 * The async form of an {@link EtcdClient}'s facets: the same calls, each returning a
 * {@link java.util.concurrent.CompletableFuture}. Obtained from {@link EtcdClient#async()}; shares
 * the client's connections and is closed with it.
 */
public interface EtcdAsync {
    /** @return the key-value facet, etcd's {@code KV} service */
    AsyncKv kv();

    /**
     * The cluster facet, etcd's {@code Cluster} service.
     *
     * @return the async cluster facet
     */
    AsyncCluster cluster();

    /**
     * The maintenance facet, etcd's {@code Maintenance} service, plus endpoint health and metrics.
     *
     * @return the async maintenance facet
     */
    AsyncMaintenance maintenance();

    /**
     * The auth facet, etcd's {@code Auth} service: authentication on and off, users, roles.
     *
     * @return the async auth facet
     */
    AsyncAuth auth();

    /**
     * The watch facet, etcd's {@code Watch} service.
     *
     * @return the watch facet
     */
    AsyncWatch watch();

    /**
     * The lease facet, etcd's {@code Lease} service.
     *
     * @return the lease facet
     */
    AsyncLeases lease();

    /**
     * Sessions and locks in the layout of Go's {@code concurrency} package.
     *
     * @return the lock facet
     */
    AsyncLocks lock();

    /**
     * Elections in the layout of Go's {@code concurrency} package.
     *
     * @return the election facet
     */
    AsyncElections election();
}
