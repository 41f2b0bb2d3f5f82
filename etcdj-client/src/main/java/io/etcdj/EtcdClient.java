package io.etcdj;

import io.etcdj.internal.Checks;
import io.etcdj.internal.ClientRuntime;
import io.etcdj.internal.EndpointAddress;
import io.etcdj.cluster.AsyncCluster;
import io.etcdj.cluster.Cluster;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Kv;
import io.etcdj.maintenance.AsyncMaintenance;
import io.etcdj.maintenance.Maintenance;
import io.etcdj.election.AsyncElections;
import io.etcdj.election.Elections;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.lock.AsyncLocks;
import io.etcdj.lock.Locks;
import io.etcdj.lease.Leases;
import io.etcdj.watch.AsyncWatch;
import io.etcdj.watch.Watch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A client of one etcd cluster: the entry point of etcdj. Thread-safe; build one per application
 * and share it. Closing it closes its connections and fails calls still in flight with
 * {@link io.etcdj.exception.ClientClosedException}.
 *
 * <pre>{@code
 * try (EtcdClient etcd = EtcdClient.builder().endpoints("http://127.0.0.1:2379").build()) {
 *     etcd.kv().put("config/db", "postgres://db:5432");
 *     String url = etcd.kv().get("config/db").first().orElseThrow().valueAsString();
 * }
 * }</pre>
 *
 * <p>Facets are named after etcd's services. {@link #kv()} blocks; {@link #async()} gives the same
 * calls returning futures.
 */
public final class EtcdClient implements AutoCloseable {
    private final ClientRuntime runtime;
    private final EtcdAsync async;

    EtcdClient(ClientRuntime runtime) {
        this.runtime = runtime;
        this.async = new EtcdAsync() {
            @Override
            public AsyncKv kv() {
                return runtime.asyncKv();
            }

            @Override
            public AsyncCluster cluster() {
                return runtime.asyncCluster();
            }

            @Override
            public AsyncMaintenance maintenance() {
                return runtime.asyncMaintenance();
            }

            @Override
            public AsyncWatch watch() {
                return runtime.asyncWatch();
            }

            @Override
            public AsyncLeases lease() {
                return runtime.asyncLeases();
            }

            @Override
            public AsyncLocks lock() {
                return runtime.asyncLocks();
            }

            @Override
            public AsyncElections election() {
                return runtime.asyncElections();
            }
        };
    }

    /** @return a builder with the defaults (see {@link EtcdClientBuilder}) */
    public static EtcdClientBuilder builder() {
        return new EtcdClientBuilder();
    }

    /** @return the blocking key-value facet, etcd's {@code KV} service */
    public Kv kv() {
        return runtime.kv();
    }

    /**
     * The watch facet, etcd's {@code Watch} service: every watch of this client on one stream,
     * resumed without loss after failures (see {@link AsyncWatch}).
     *
     * @return the watch facet
     */
    public Watch watch() {
        return runtime.watch();
    }

    /**
     * The cluster facet, etcd's {@code Cluster} service: list, add, remove, update and promote members.
     *
     * @return the blocking cluster facet
     */
    public Cluster cluster() {
        return runtime.cluster();
    }

    /**
     * The maintenance facet, etcd's {@code Maintenance} service: status, hashes, defragment,
     * alarms, move-leader, plus endpoint health and a member's metrics.
     *
     * @return the blocking maintenance facet
     */
    public Maintenance maintenance() {
        return runtime.maintenance();
    }

    /**
     * The lease facet, etcd's {@code Lease} service: grant, revoke, time-to-live, and leases kept
     * alive on one stream (see {@link AsyncLeases}).
     *
     * @return the lease facet
     */
    public Leases lease() {
        return runtime.leases();
    }

    /**
     * Sessions and locks in the layout of Go's {@code concurrency} package, interoperable with
     * {@code etcdctl lock} (see {@link io.etcdj.lock.Mutex}).
     *
     * @return the lock facet
     */
    public Locks lock() {
        return runtime.locks();
    }

    /**
     * Elections in the layout of Go's {@code concurrency} package, interoperable with
     * {@code etcdctl elect} (see {@link io.etcdj.election.Leadership}).
     *
     * @return the election facet
     */
    public Elections election() {
        return runtime.elections();
    }

    /** @return the async facets */
    public EtcdAsync async() {
        return async;
    }

    /** @return the charset used for String keys and values */
    public Charset charset() {
        return runtime.config().charset();
    }

    /** @return the endpoints calls go to now, as URLs ({@code http://host:port}), in the order given */
    public List<String> endpoints() {
        List<String> out = new ArrayList<>();
        for (EndpointAddress a : runtime.endpoints()) {
            out.add(a.toString());
        }
        return List.copyOf(out);
    }

    /**
     * Replaces the endpoints, as Go's {@code clientv3.Client.SetEndpoints}: calls in flight finish
     * on the endpoint they started on; new calls and retries use the new set. Connections to
     * endpoints that stay are kept; those to removed endpoints close once their calls have ended.
     *
     * @param endpoints client URLs of the members, as for {@link EtcdClientBuilder#endpoints(String...)}; not empty
     * @throws io.etcdj.exception.InvalidArgumentException when empty, or one is null or malformed
     */
    public void setEndpoints(String... endpoints) {
        List<EndpointAddress> parsed = parseEndpoints(Arrays.asList(Checks.notNull(endpoints, "endpoints")),
                runtime.config().tls().configured());
        runtime.updateEndpoints(parsed);
    }

    static List<EndpointAddress> parseEndpoints(List<String> endpoints, boolean tlsWithoutScheme) {
        List<EndpointAddress> out = new ArrayList<>();
        for (String e : Checks.notNull(endpoints, "endpoints")) {
            EndpointAddress a = EndpointAddress.parse(e, tlsWithoutScheme);
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** @return the client's internals, for tests in this package */
    ClientRuntime runtime() {
        return runtime;
    }

    /**
     * Revokes the leases of the client's open sessions (ending its locks and leaderships at once
     * rather than at their TTL; waiting at most 2 s), then closes the connections. Calls in flight
     * fail; later calls fail at once. Idempotent.
     */
    @Override
    public void close() {
        runtime.close();
    }
}
