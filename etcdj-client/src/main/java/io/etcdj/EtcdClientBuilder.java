package io.etcdj;

import io.etcdj.internal.Checks;
import io.etcdj.internal.ClientRuntime;
import io.etcdj.internal.EndpointAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an {@link EtcdClient}. Not thread-safe.
 *
 * <p>Defaults: request timeout 5 s (as etcdctl's {@code --command-timeout}), connect timeout 2 s
 * (as etcdctl's {@code --dial-timeout}), charset UTF-8, no limit below 2 GiB on response size.
 */
public final class EtcdClientBuilder {
    private final List<String> endpoints = new ArrayList<>();
    private Duration requestTimeout = Duration.ofSeconds(5);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Charset charset = StandardCharsets.UTF_8;
    private int maxInboundMessageBytes = Integer.MAX_VALUE;

    EtcdClientBuilder() {
    }

    /**
     * @param endpoints client URLs of the members: {@code http://host:port},
     *     {@code https://host:port}, or {@code host:port} (plain HTTP); replaces earlier ones
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when one is malformed
     */
    public EtcdClientBuilder endpoints(String... endpoints) {
        return endpoints(Arrays.asList(Checks.notNull(endpoints, "endpoints")));
    }

    /**
     * @param endpoints client URLs of the members; replaces earlier ones
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when one is malformed
     */
    public EtcdClientBuilder endpoints(List<String> endpoints) {
        List<String> checked = new ArrayList<>();
        for (String e : Checks.notNull(endpoints, "endpoints")) {
            EndpointAddress.parse(e);
            checked.add(e);
        }
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
     * @param timeout how long a call keeps trying to reach an endpoint before it fails with
     *     {@link io.etcdj.exception.ConnectionException}; positive
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
     */
    public EtcdClientBuilder charset(Charset charset) {
        this.charset = Checks.notNull(charset, "charset");
        return this;
    }

    /**
     * @param bytes the largest response the client accepts, in bytes; positive
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
     * @return a client; connections are made lazily, on the first call
     * @throws io.etcdj.exception.InvalidArgumentException when no endpoint was given
     */
    public EtcdClient build() {
        if (endpoints.isEmpty()) {
            throw Checks.invalid("at least one endpoint is required");
        }
        ClientRuntime runtime = new ClientRuntime(endpoints, requestTimeout, connectTimeout, charset,
                "etcdj/" + version(), maxInboundMessageBytes);
        return new EtcdClient(runtime, charset);
    }

    private static String version() {
        String v = EtcdClientBuilder.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
