package io.etcdj;

import io.etcdj.internal.Checks;
import io.etcdj.internal.ClientConfig;
import io.etcdj.internal.ClientRuntime;
import io.etcdj.internal.EndpointAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Builds an {@link EtcdClient}. Not thread-safe.
 *
 * <p>Defaults: request timeout 5 s (as etcdctl's {@code --command-timeout}), connect timeout 2 s
 * (as etcdctl's {@code --dial-timeout}), charset UTF-8, no limit below 2 GiB on response size, no
 * extra headers, futures completed on the client's I/O threads, keep-alive pings after 30 s of
 * silence with a 10 s timeout.
 */
public final class EtcdClientBuilder {
    private final List<EndpointAddress> endpoints = new ArrayList<>();
    private Duration requestTimeout = Duration.ofSeconds(5);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Charset charset = StandardCharsets.UTF_8;
    private int maxInboundMessageBytes = Integer.MAX_VALUE;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Executor callbackExecutor;
    private Duration keepAliveTime = Duration.ofSeconds(30);
    private Duration keepAliveTimeout = Duration.ofSeconds(10);

    EtcdClientBuilder() {
    }

    /**
     * @param endpoints client URLs of the members: {@code http://host:port},
     *     {@code https://host:port}, or {@code host:port} (plain HTTP); replaces earlier ones
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when one is null or malformed
     */
    public EtcdClientBuilder endpoints(String... endpoints) {
        return endpoints(Arrays.asList(Checks.notNull(endpoints, "endpoints")));
    }

    /**
     * @param endpoints client URLs of the members; replaces earlier ones
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when one is null or malformed
     */
    public EtcdClientBuilder endpoints(List<String> endpoints) {
        List<EndpointAddress> checked = EtcdClient.parseEndpoints(endpoints);
        this.endpoints.clear();
        this.endpoints.addAll(checked);
        return this;
    }

    /**
     * @param timeout the default deadline of every call, retries included; positive
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when null, zero or negative
     */
    public EtcdClientBuilder requestTimeout(Duration timeout) {
        this.requestTimeout = Checks.timeout(Checks.notNull(timeout, "requestTimeout"));
        return this;
    }

    /**
     * @param timeout how long a call keeps trying to reach an endpoint, while none is connected,
     *     before it fails with {@link io.etcdj.exception.ConnectionException}; positive
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when null, zero or negative
     */
    public EtcdClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = Checks.timeout(Checks.notNull(timeout, "connectTimeout"));
        return this;
    }

    /**
     * @param charset how String keys and values are encoded and decoded; not null
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when null
     */
    public EtcdClientBuilder charset(Charset charset) {
        this.charset = Checks.notNull(charset, "charset");
        return this;
    }

    /**
     * @param bytes the largest response the client accepts, in bytes; positive. A larger response
     *     fails the call with {@link io.etcdj.exception.ResourceExhaustedException} (code
     *     {@link io.etcdj.exception.ErrorCode#RESPONSE_TOO_LARGE}, outcome unknown: the server
     *     processed the request)
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when not positive
     */
    public EtcdClientBuilder maxInboundMessageSize(int bytes) {
        if (bytes <= 0) {
            throw Checks.invalid("maxInboundMessageSize must be positive, got " + bytes);
        }
        this.maxInboundMessageBytes = bytes;
        return this;
    }

    /**
     * Adds a header sent with every request (gRPC metadata), for proxies or servers that want one.
     * Calling it again with the same name replaces the value.
     *
     * @param name the header name: ASCII letters, digits, {@code -}, {@code _} and {@code .};
     *     stored in lower case; not one that gRPC or etcd reserve ({@code token}, {@code grpc-*},
     *     {@code :*}, {@code *-bin})
     * @param value the value: printable ASCII; not null
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when the name or value is not allowed
     */
    public EtcdClientBuilder header(String name, String value) {
        String n = Checks.notNull(name, "header name").toLowerCase(Locale.ROOT);
        Checks.notNull(value, "header value");
        if (n.isEmpty() || !n.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.')) {
            throw Checks.invalid("header name must be ASCII letters, digits, '-', '_' or '.', got \"" + name + "\"");
        }
        if (n.equals("token") || n.startsWith("grpc-") || n.endsWith("-bin") || n.equals("te")
                || n.equals("content-type") || n.equals("user-agent")) {
            throw Checks.invalid("header \"" + n + "\" is reserved by gRPC or etcd");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw Checks.invalid("header value must be printable ASCII");
        }
        headers.put(n, value);
        return this;
    }

    /**
     * @param executor runs the completion of every future the async facets return (so dependent
     *     stages run there too) and, later, listeners; null (the default) completes futures on the
     *     client's I/O threads, which is fastest but means a dependent stage must not block
     * @return this builder
     */
    public EtcdClientBuilder callbackExecutor(Executor executor) {
        this.callbackExecutor = executor;
        return this;
    }

    /**
     * Sets the keep-alive pings that find a connection to a member that died silently (paused,
     * cut off, a dropped connection without a reset), as etcdctl's {@code --keepalive-time} and
     * {@code --keepalive-timeout}. A dead connection is noticed within about {@code time + timeout}
     * after its last answer; calls in flight on it fail at their own deadline sooner, and watches
     * on it resume on another member. gRPC pings no more often than every 10 s: a shorter time
     * acts as 10 s. etcd rejects pings more often than its {@code --grpc-keepalive-min-time}
     * (5 s by default) on an idle connection.
     *
     * @param time how long a connection may be silent before the client pings; at least 1 s
     * @param timeout how long to wait for the ping's answer before dropping the connection; positive
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when null, or out of range
     */
    public EtcdClientBuilder keepAlive(Duration time, Duration timeout) {
        Checks.timeout(Checks.notNull(time, "keepAlive time"));
        Checks.timeout(Checks.notNull(timeout, "keepAlive timeout"));
        if (time.compareTo(Duration.ofSeconds(1)) < 0) {
            throw Checks.invalid("keepAlive time must be at least 1 s, got " + time);
        }
        this.keepAliveTime = time;
        this.keepAliveTimeout = timeout;
        return this;
    }

    /**
     * @return a client; connections are made lazily, on the first call
     * @throws io.etcdj.exception.InvalidArgumentException when no endpoint was given
     */
    public EtcdClient build() {
        if (endpoints.isEmpty()) {
            throw Checks.invalid("at least one endpoint is required");
        }
        ClientRuntime runtime = new ClientRuntime(new ClientConfig(endpoints, requestTimeout, connectTimeout, charset,
                "etcdj/" + version(), maxInboundMessageBytes, headers, callbackExecutor, keepAliveTime, keepAliveTimeout));
        return new EtcdClient(runtime);
    }

    private static String version() {
        String v = EtcdClientBuilder.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
