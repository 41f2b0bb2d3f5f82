package io.etcdj;

import io.etcdj.internal.Checks;
import io.etcdj.internal.ClientRuntime;
import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.KeyFacets;
import io.etcdj.internal.KeyPrefix;
import io.etcdj.cluster.AsyncCluster;
import io.etcdj.cluster.Cluster;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Kv;
import io.etcdj.auth.AsyncAuth;
import io.etcdj.auth.Auth;
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
 *
 * <p>{@link #withNamespace(String)} gives a view of the client whose keys all live under a prefix.
 */
public final class EtcdClient implements AutoCloseable {
    private final ClientRuntime runtime;
    /** The facets that name keys: the runtime's own, or a namespace view's. */
    private final KeyFacets keys;
    private final KeyPrefix namespace;
    private final EtcdAsync async;

    EtcdClient(ClientRuntime runtime) {
        this(runtime, runtime, KeyPrefix.NONE);
    }

    private EtcdClient(ClientRuntime runtime, KeyFacets keys, KeyPrefix namespace) {
        this.runtime = runtime;
        this.keys = keys;
        this.namespace = namespace;
        this.async = new EtcdAsync() {
            @Override
            public AsyncKv kv() {
                return keys.asyncKv();
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
            public AsyncAuth auth() {
                return runtime.asyncAuth();
            }

            @Override
            public AsyncWatch watch() {
                return keys.asyncWatch();
            }

            @Override
            public AsyncLeases lease() {
                return keys.asyncLeases();
            }

            @Override
            public AsyncLocks lock() {
                return keys.asyncLocks();
            }

            @Override
            public AsyncElections election() {
                return keys.asyncElections();
            }
        };
    }

    /** @return a builder with the defaults (see {@link EtcdClientBuilder}) */
    public static EtcdClientBuilder builder() {
        return new EtcdClientBuilder();
    }

    /** @return the blocking key-value facet, etcd's {@code KV} service */
    public Kv kv() {
        return keys.kv();
    }

    /**
     * The watch facet, etcd's {@code Watch} service: every watch of this client on one stream,
     * resumed without loss after failures (see {@link AsyncWatch}).
     *
     * @return the watch facet
     */
    public Watch watch() {
        return keys.watch();
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
     * The auth facet, etcd's {@code Auth} service: authentication on and off, users, roles and
     * their key permissions. To authenticate this client itself, give the builder
     * {@link EtcdClientBuilder#credentials(String, String)}.
     *
     * @return the blocking auth facet
     */
    public Auth auth() {
        return runtime.auth();
    }

    /**
     * The lease facet, etcd's {@code Lease} service: grant, revoke, time-to-live, and leases kept
     * alive on one stream (see {@link AsyncLeases}).
     *
     * @return the lease facet
     */
    public Leases lease() {
        return keys.leases();
    }

    /**
     * Sessions and locks in the layout of Go's {@code concurrency} package, interoperable with
     * {@code etcdctl lock} (see {@link io.etcdj.lock.Mutex}).
     *
     * @return the lock facet
     */
    public Locks lock() {
        return keys.locks();
    }

    /**
     * Elections in the layout of Go's {@code concurrency} package, interoperable with
     * {@code etcdctl elect} (see {@link io.etcdj.election.Leadership}).
     *
     * @return the election facet
     */
    public Elections election() {
        return keys.elections();
    }

    /** @return the async facets */
    public EtcdAsync async() {
        return async;
    }

    /**
     * A namespace view of this client, as Go's {@code clientv3/namespace}: every key a call of the
     * view names gets the prefix in front of it, and every key it returns comes without it.
     * <ul>
     *   <li>KV: keys of gets, puts, deletes, txn compares and operations (nested txns included)
     *       are prefixed; keys of results, prev kvs and txn results are stripped. A range never
     *       leaves the namespace: from-key, all keys and a prefix end at the namespace's end, and an
     *       explicit range end is prefixed too. Compaction is not namespaced (it covers the whole
     *       store).</li>
     *   <li>Watch: watched keys and ranges are prefixed (clipped as above); events and their prev
     *       kvs come stripped. The view's watches share this client's one watch stream.</li>
     *   <li>Lease: leases are not namespaced (grant, revoke and keep-alive are the client's, on its
     *       one keep-alive stream); time-to-live lists only the attached keys inside the namespace,
     *       stripped.</li>
     *   <li>Lock and election: their keys live inside the namespace: a lock {@code l} of a view of
     *       {@code app/} is the key {@code app/l/<lease hex>}, as Go's {@code concurrency} package
     *       over a namespaced client; {@link io.etcdj.lock.Mutex#key()} and the like give the key
     *       without the prefix, and ownership compares hold in the view's transactions. Sessions
     *       are the client's: one works in any view.</li>
     *   <li>Cluster and maintenance: the client's, unchanged.</li>
     * </ul>
     * The view shares everything with this client (connections, pipeline, streams, sessions,
     * endpoints): it owns nothing, so {@link #close()} on a view does nothing, and the view fails
     * its calls with {@link io.etcdj.exception.ClientClosedException} once the client it came from
     * is closed. A view of a view nests: the prefixes are concatenated.
     *
     * <p>A prefix should end with a separator ({@code "app/"}): with {@code "app"}, the key
     * {@code "le/x"} of the view is the key {@code "apple/x"} of another one.
     *
     * @param prefix the prefix, encoded with the client's charset; not null; empty gives this client
     * @return the view; this client itself for an empty prefix
     * @throws io.etcdj.exception.InvalidArgumentException when the prefix is null
     */
    public EtcdClient withNamespace(String prefix) {
        return withNamespace(Checks.notNull(prefix, "prefix").getBytes(charset()));
    }

    /**
     * A namespace view of this client with a prefix given as bytes; see {@link #withNamespace(String)}.
     *
     * @param prefix the prefix; not null (copied); empty gives this client
     * @return the view; this client itself for an empty prefix
     * @throws io.etcdj.exception.InvalidArgumentException when the prefix is null
     */
    public EtcdClient withNamespace(byte[] prefix) {
        if (Checks.notNull(prefix, "prefix").length == 0) {
            return this;
        }
        KeyPrefix nested = namespace.then(prefix);
        return new EtcdClient(runtime, runtime.namespace(nested), nested);
    }

    /**
     * The prefix of this namespace view, relative to the etcd keyspace.
     *
     * @return the full prefix (all nested views' prefixes concatenated), decoded with the client's
     *     charset; empty for a client that is not a view
     */
    public String namespace() {
        return new String(namespace.bytes(), charset());
    }

    /** @return how this client speaks to etcd: gRPC or etcd's HTTP/JSON gateway (see the builder's {@code transport}) */
    public EtcdTransport transport() {
        return runtime.config().transport();
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
     *
     * <p>On a namespace view ({@link #withNamespace(String)}) this does nothing: the view shares
     * the client it came from, which stays open until closed itself.
     */
    @Override
    public void close() {
        if (namespace.isNone()) {
            runtime.close();
        }
    }
}
