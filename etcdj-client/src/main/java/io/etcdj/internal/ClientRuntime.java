package io.etcdj.internal;

import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Kv;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Everything one client owns: a gRPC channel per endpoint, the call pipeline, the scheduler for
 * retries, and the facets. Created by the public builder; closed with the client.
 */
public final class ClientRuntime implements AutoCloseable {
    private final EndpointPool pool;
    private final ScheduledExecutorService scheduler;
    private final CallPipeline pipeline;
    private final AsyncKv asyncKv;
    private final Kv kv;

    /**
     * @param endpoints the endpoint URLs; not empty
     * @param requestTimeout default deadline of a call
     * @param connectTimeout how long to try to connect before a call fails
     * @param charset charset of String keys and values
     * @param userAgent the user agent sent to the server
     * @param maxInboundMessageBytes the largest response accepted, in bytes
     */
    public ClientRuntime(List<String> endpoints, Duration requestTimeout, Duration connectTimeout, Charset charset,
            String userAgent, int maxInboundMessageBytes) {
        List<Endpoint> list = new ArrayList<>();
        for (String spec : endpoints) {
            EndpointAddress address = EndpointAddress.parse(spec);
            list.add(new Endpoint(address, channel(address, connectTimeout, userAgent, maxInboundMessageBytes)));
        }
        pool = new EndpointPool(list);
        ScheduledThreadPoolExecutor exec = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "etcdj-scheduler");
            t.setDaemon(true);
            return t;
        });
        exec.setRemoveOnCancelPolicy(true);
        scheduler = Executors.unconfigurableScheduledExecutorService(exec);
        pipeline = new CallPipeline(pool, scheduler, requestTimeout, connectTimeout);
        asyncKv = new KvImpl(pipeline, new KvMapper(charset));
        kv = Blocking.of(Kv.class, AsyncKv.class, asyncKv, requestTimeout);
    }

    private static ManagedChannel channel(EndpointAddress address, Duration connectTimeout, String userAgent,
            int maxInboundMessageBytes) {
        NettyChannelBuilder b = NettyChannelBuilder.forAddress(address.host(), address.port())
                .directExecutor()
                .userAgent(userAgent)
                .maxInboundMessageSize(maxInboundMessageBytes)
                .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.max(1, connectTimeout.toMillis()))
                .keepAliveTime(30, TimeUnit.SECONDS)
                .keepAliveTimeout(10, TimeUnit.SECONDS);
        if (address.tls()) {
            b.useTransportSecurity();
        } else {
            b.usePlaintext();
        }
        return b.build();
    }

    /** @return the blocking KV facet */
    public Kv kv() {
        return kv;
    }

    /** @return the async KV facet */
    public AsyncKv asyncKv() {
        return asyncKv;
    }

    @Override
    public void close() {
        pipeline.close();
        pool.shutdown();
        scheduler.shutdownNow();
    }
}
