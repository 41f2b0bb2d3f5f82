package io.etcdj.internal;

import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Kv;
import io.etcdj.internal.grpc.GrpcSettings;
import io.etcdj.internal.grpc.GrpcTransport;
import io.etcdj.internal.transport.Transport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Everything one client owns: the transport's connections (one per endpoint), the call pipeline,
 * the scheduler for retries, and the facets. Created by the public builder; closed with the client.
 */
public final class ClientRuntime implements AutoCloseable {
    private final ClientConfig config;
    private final EndpointPool pool;
    private final ScheduledExecutorService scheduler;
    private final CallPipeline pipeline;
    private final AsyncKv asyncKv;
    private final Kv kv;

    /** @param config the client's settings */
    public ClientRuntime(ClientConfig config) {
        this(config, new GrpcTransport(new GrpcSettings(config.connectTimeout(), config.userAgent(),
                config.maxInboundMessageBytes(), Duration.ofSeconds(30), Duration.ofSeconds(10))),
                MetadataProvider.of(config.headers()));
    }

    /**
     * @param config the client's settings
     * @param transport how to reach the endpoints
     * @param metadata the metadata of every call
     */
    public ClientRuntime(ClientConfig config, Transport transport, MetadataProvider metadata) {
        this.config = config;
        pool = new EndpointPool(transport, config.endpoints());
        ScheduledThreadPoolExecutor exec = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "etcdj-scheduler");
            t.setDaemon(true);
            return t;
        });
        exec.setRemoveOnCancelPolicy(true);
        scheduler = Executors.unconfigurableScheduledExecutorService(exec);
        pipeline = new CallPipeline(pool, scheduler, metadata, config.callbackExecutor(), config.requestTimeout(),
                config.connectTimeout());
        asyncKv = new KvImpl(pipeline, new KvMapper(config.charset()));
        kv = Blocking.of(Kv.class, asyncKv, config.requestTimeout());
    }

    /** @return the blocking KV facet */
    public Kv kv() {
        return kv;
    }

    /** @return the async KV facet */
    public AsyncKv asyncKv() {
        return asyncKv;
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
        pipeline.close();
        pool.shutdown();
        scheduler.shutdownNow();
    }
}
