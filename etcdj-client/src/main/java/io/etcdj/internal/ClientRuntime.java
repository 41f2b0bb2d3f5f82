package io.etcdj.internal;

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
import io.etcdj.internal.grpc.GrpcSettings;
import io.etcdj.internal.grpc.GrpcTransport;
import io.etcdj.internal.http.GatewaySettings;
import io.etcdj.internal.http.GatewayTransport;
import io.etcdj.internal.transport.Transport;
import com.google.protobuf.Message;
import io.etcdj.internal.transport.Rpc;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Everything one client owns: the transport's connections (one per endpoint), the call pipeline,
 * the scheduler for retries, and the facets. Created by the public builder; closed with the client.
 */
public final class ClientRuntime implements AutoCloseable, KeyFacets {
    /** Threads of the default listener executor. */
    private static final int DEFAULT_LISTENER_THREADS = 4;

    private final ClientConfig config;
    private final EndpointPool pool;
    private final ScheduledExecutorService scheduler;
    private final CallPipeline pipeline;
    private final MetadataProvider metadata;
    /** Authenticates when the client has credentials; null otherwise. */
    private final CallPipeline tokenPipeline;
    private final Executor listenerExecutor;
    private final ExecutorService ownListenerExecutor;
    private final AsyncKv asyncKv;
    private final Kv kv;
    private final AsyncCluster asyncCluster;
    private final Cluster cluster;
    private final AsyncMaintenance asyncMaintenance;
    private final AsyncAuth asyncAuth;
    private final Auth auth;
    private final Maintenance maintenance;
    private final WatchEngine watchEngine;
    private final AsyncWatch asyncWatch;
    private final Watch watch;
    private final LeasesImpl asyncLeases;
    private final Leases leases;
    private final LocksImpl asyncLocks;
    private volatile boolean closing;
    private final Locks locks;
    private final ElectionsImpl asyncElections;
    private final Elections elections;
    private final EndpointSync endpointSync;

    /** @param config the client's settings */
    public ClientRuntime(ClientConfig config) {
        this(config, tlsMaterial(config));
    }

    private ClientRuntime(ClientConfig config, TlsMaterial tls) {
        this(config, transport(config, tls), null, tls);
    }

    private static Transport transport(ClientConfig config, TlsMaterial tls) {
        if (config.transport() == io.etcdj.EtcdTransport.HTTP_JSON) {
            return new GatewayTransport(new GatewaySettings(config.connectTimeout(), config.userAgent(),
                    config.maxInboundMessageBytes(), config.keepAliveTime(), config.keepAliveTimeout(), tls,
                    config.gatewayPrefix()));
        }
        return new GrpcTransport(new GrpcSettings(config.connectTimeout(), config.userAgent(),
                config.maxInboundMessageBytes(), config.keepAliveTime(), config.keepAliveTimeout(), tls));
    }

    /**
     * @param config the client's settings
     * @param transport how to reach the endpoints
     * @param metadata the metadata of every call; null for the config's headers and credentials
     */
    public ClientRuntime(ClientConfig config, Transport transport, MetadataProvider metadata) {
        this(config, transport, metadata, null);
    }

    /** Loads the certificate files now, so that bad ones fail the build of the client, not its first call. */
    private static TlsMaterial tlsMaterial(ClientConfig config) {
        return config.tls().configured() ? TlsMaterial.load(config.tls()) : null;
    }

    private ClientRuntime(ClientConfig config, Transport transport, MetadataProvider metadata, TlsMaterial tls) {
        this.config = config;
        pool = new EndpointPool(transport, config.endpoints());
        if (config.callbackExecutor() != null) {
            ownListenerExecutor = null;
            listenerExecutor = config.callbackExecutor();
        } else {
            ownListenerExecutor = defaultListenerExecutor();
            listenerExecutor = ownListenerExecutor;
        }
        ScheduledThreadPoolExecutor exec = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "etcdj-scheduler");
            t.setDaemon(true);
            return t;
        });
        exec.setRemoveOnCancelPolicy(true);
        scheduler = Executors.unconfigurableScheduledExecutorService(exec);
        if (metadata != null || config.credentials() == null) {
            tokenPipeline = null;
            this.metadata = metadata != null ? metadata : MetadataProvider.of(config.headers());
        } else {
            tokenPipeline = new CallPipeline(pool, scheduler, MetadataProvider.of(config.headers()), null,
                    config.requestTimeout(), config.connectTimeout());
            this.metadata = new AuthTokens(config.credentials(), config.headers(), tokenPipeline,
                    config.requestTimeout());
        }
        pipeline = new CallPipeline(pool, scheduler, this.metadata, config.callbackExecutor(), config.requestTimeout(),
                config.connectTimeout());
        asyncKv = new KvImpl(pipeline, new KvMapper(config.charset()));
        kv = Blocking.of(Kv.class, asyncKv, config.requestTimeout());
        asyncCluster = new ClusterImpl(pipeline);
        cluster = Blocking.of(Cluster.class, asyncCluster, config.requestTimeout());
        asyncMaintenance = new MaintenanceImpl(pipeline, pool::addresses,
                new MetricsFetcher(config.requestTimeout(), config.connectTimeout(), tls));
        maintenance = Blocking.of(Maintenance.class, asyncMaintenance, config.requestTimeout());
        asyncAuth = new AuthImpl(pipeline);
        auth = Blocking.of(Auth.class, asyncAuth, config.requestTimeout());
        WatchMapper watchMapper = new WatchMapper(config.charset());
        watchEngine = new WatchEngine(this, watchMapper, config.requestTimeout());
        asyncWatch = new WatchImpl(watchEngine, watchMapper, scheduler);
        watch = Blocking.of(Watch.class, asyncWatch, config.requestTimeout());
        asyncLeases = new LeasesImpl(pipeline, this, config.charset(), config.requestTimeout());
        leases = Blocking.of(Leases.class, asyncLeases, config.requestTimeout());
        KeyQueue queue = new KeyQueue(asyncKv, asyncWatch, scheduler);
        asyncLocks = new LocksImpl(pipeline, config.charset(), asyncKv, asyncWatch, asyncLeases, queue,
                config.requestTimeout());
        locks = Blocking.of(Locks.class, asyncLocks, config.requestTimeout());
        asyncElections = new ElectionsImpl(pipeline, config.charset(), asyncKv, asyncWatch, asyncLeases, queue,
                config.requestTimeout(), listenerExecutor);
        elections = Blocking.of(Elections.class, asyncElections, config.requestTimeout());
        endpointSync = new EndpointSync(asyncCluster, pool);
        if (config.autoSyncInterval() != null) {
            endpointSync.start(scheduler, config.autoSyncInterval());
        }
    }

    /**
     * Syncs the endpoint set from the cluster's member list once, now (what the periodic sync of
     * {@code autoSyncInterval} does).
     *
     * @return the new endpoint set, or the failure of the member list (the set is then unchanged)
     */
    public java.util.concurrent.CompletableFuture<List<EndpointAddress>> syncEndpoints() {
        return endpointSync.sync();
    }

    /**
     * The default executor of watch, lease and election listeners: a few daemon threads, started
     * on demand and stopped when idle, so a listener may block without stalling the transport.
     */
    private static ExecutorService defaultListenerExecutor() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor exec = new ThreadPoolExecutor(DEFAULT_LISTENER_THREADS, DEFAULT_LISTENER_THREADS,
                30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "etcdj-listener-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        exec.allowCoreThreadTimeOut(true);
        return exec;
    }

    /**
     * @param name what the stream is for, for the log
     * @param rpc the streaming RPC
     * @param headers the stream's own headers, on top of the client's metadata
     * @param owner the stream's user
     * @param <Q> the request type
     * @param <R> the response type
     * @return a stream of the stream layer over this client's endpoints and credentials; not yet started
     */
    public <Q extends Message, R extends Message> ReconnectingStream<Q, R> stream(String name, Rpc<Q, R> rpc,
            Map<String, String> headers, ReconnectingStream.Owner<Q, R> owner) {
        return new ReconnectingStream<>(name, pool, metadata, scheduler, rpc, headers, owner);
    }

    /** @return where listeners run: the builder's callback executor, or a small default pool */
    public Executor listenerExecutor() {
        return listenerExecutor;
    }

    /**
     * The key facets of a namespace view of this client: the same pipeline, watch stream,
     * keep-alive stream and session registry, with keys under a prefix.
     *
     * @param prefix the view's prefix, relative to this client; not {@link KeyPrefix#NONE}
     * @return the view's facets
     */
    public NamespaceView namespace(KeyPrefix prefix) {
        return new NamespaceView(this, watchEngine, asyncLeases, asyncLocks, prefix);
    }

    /** @return the client's scheduler, for timeouts of facets (watch creation, watch-once) */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** @return the blocking KV facet */
    public Kv kv() {
        return kv;
    }

    /** @return the async KV facet */
    public AsyncKv asyncKv() {
        return asyncKv;
    }

    /** @return the blocking election facet */
    public Elections elections() {
        return elections;
    }

    /** @return the async election facet */
    public AsyncElections asyncElections() {
        return asyncElections;
    }

    /** @return the blocking lock facet */
    public Locks locks() {
        return locks;
    }

    /** @return the async lock facet */
    public AsyncLocks asyncLocks() {
        return asyncLocks;
    }

    /** @return the blocking lease facet */
    public Leases leases() {
        return leases;
    }

    /** @return the async lease facet */
    public AsyncLeases asyncLeases() {
        return asyncLeases;
    }

    /** @return the blocking watch facet */
    public Watch watch() {
        return watch;
    }

    /** @return the async watch facet */
    public AsyncWatch asyncWatch() {
        return asyncWatch;
    }

    /**
     * The blocking cluster facet.
     *
     * @return the facet
     */
    public Cluster cluster() {
        return cluster;
    }

    /**
     * The async cluster facet.
     *
     * @return the facet
     */
    public AsyncCluster asyncCluster() {
        return asyncCluster;
    }

    /**
     * The blocking maintenance facet.
     *
     * @return the facet
     */
    public Maintenance maintenance() {
        return maintenance;
    }

    /**
     * The blocking auth facet.
     *
     * @return the auth facet
     */
    public Auth auth() {
        return auth;
    }

    /**
     * The async auth facet.
     *
     * @return the auth facet
     */
    public AsyncAuth asyncAuth() {
        return asyncAuth;
    }

    /**
     * The async maintenance facet.
     *
     * @return the facet
     */
    public AsyncMaintenance asyncMaintenance() {
        return asyncMaintenance;
    }

    /** @return the call pipeline, for facets and tests */
    public CallPipeline pipeline() {
        return pipeline;
    }

    /** @return the endpoints, for tests */
    EndpointPool pool() {
        return pool;
    }

    /** @return the client's settings */
    public ClientConfig config() {
        return config;
    }

    /** @return the current endpoints */
    public List<EndpointAddress> endpoints() {
        return pool.addresses();
    }

    /**
     * Replaces the endpoint set without dropping calls in flight.
     *
     * @param endpoints the new endpoints; not empty
     */
    public void updateEndpoints(List<EndpointAddress> endpoints) {
        if (endpoints.isEmpty()) {
            throw Checks.invalid("at least one endpoint is required");
        }
        pool.update(endpoints);
    }

    @Override
    public void close() {
        if (!closing) {
            closing = true;
            asyncLocks.revokeSessions(Duration.ofSeconds(2)); // sessions end with the client, not at their TTL
        }
        endpointSync.stop();
        watchEngine.close();
        asyncLeases.keepAliveEngine().close();
        pipeline.close();
        if (tokenPipeline != null) {
            tokenPipeline.close();
        }
        pool.shutdown();
        scheduler.shutdownNow();
        if (ownListenerExecutor != null) {
            ownListenerExecutor.shutdown();
        }
    }
}
