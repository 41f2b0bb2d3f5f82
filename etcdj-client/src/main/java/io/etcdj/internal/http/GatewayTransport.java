package io.etcdj.internal.http;

import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.transport.Connection;
import io.etcdj.internal.transport.Transport;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * etcd's HTTP/JSON gateway as a transport: every RPC is a {@code POST} of its request's JSON to
 * the gateway path {@code <prefix><rpc path>} of the endpoint, through one {@code java.net.http}
 * client shared by the endpoints. HTTP/1.1 on {@code http://} endpoints, HTTP/2 where TLS
 * negotiates it. Its threads (two to eight, by the processors) end when idle for 30 s. The call pipeline and the stream layer above it are the same as over gRPC.
 */
public final class GatewayTransport implements Transport {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final GatewaySettings settings;
    private final ExecutorService executor;
    /**
     * Runs unary exchanges with {@code HttpClient.send}, one thread each while it waits (at most
     * {@link GatewayConnection#MAX_UNARY_IN_FLIGHT} per endpoint; idle ones end after 30 s).
     * {@code sendAsync} would hand every response to the JDK's default async pool, which on a
     * machine of two processors or fewer starts a thread per task: a thread per call.
     */
    private final ExecutorService senders;
    private final HttpClient http;

    /** @param settings how to reach the gateway */
    public GatewayTransport(GatewaySettings settings) {
        this.settings = settings;
        int threads = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> new GatewayThread(r, "etcdj-http-" + THREADS.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
        senders = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> new GatewayThread(r, "etcdj-http-send-" + THREADS.incrementAndGet()));
        HttpClient.Builder b = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2);
        if (settings.tls() != null) {
            b.sslContext(settings.tls().sslContext());
        }
        http = b.build();
    }

    @Override
    public Connection connect(EndpointAddress endpoint) {
        return new GatewayConnection(this, endpoint);
    }

    GatewaySettings settings() {
        return settings;
    }

    HttpClient http() {
        return http;
    }

    /** Runs unary exchanges, which block while they wait. */
    ExecutorService senders() {
        return senders;
    }

    /** Runs the transport's callbacks (never on the caller's thread, so callers may hold locks). */
    ExecutorService executor() {
        return executor;
    }
}
