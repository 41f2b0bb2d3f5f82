package io.etcdj;

import io.etcdj.internal.Checks;
import io.etcdj.internal.ClientConfig;
import io.etcdj.internal.ClientRuntime;
import io.etcdj.internal.Credentials;
import io.etcdj.internal.TlsConfig;
import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.SrvDiscovery;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * silence with a 10 s timeout, no credentials, the JVM's trusted certificate authorities for
 * {@code https://} endpoints, no endpoint sync from the member list, no DNS discovery, gRPC (not the JSON gateway).
 */
public final class EtcdClientBuilder {
    private final List<String> endpoints = new ArrayList<>();
    private Duration requestTimeout = Duration.ofSeconds(5);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Charset charset = StandardCharsets.UTF_8;
    private int maxInboundMessageBytes = Integer.MAX_VALUE;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Executor callbackExecutor;
    private Duration keepAliveTime = Duration.ofSeconds(30);
    private Duration keepAliveTimeout = Duration.ofSeconds(10);
    private Credentials credentials;
    private Path caFile;
    private Path certFile;
    private Path keyFile;
    private boolean skipTlsVerify;
    private Duration autoSyncInterval;
    private String discoveryDomain;
    private String discoveryServiceName;
    private InetSocketAddress dnsServer;
    private EtcdTransport transport = EtcdTransport.GRPC;
    private String gatewayPrefix;

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
        EtcdClient.parseEndpoints(endpoints, false);
        this.endpoints.clear();
        this.endpoints.addAll(endpoints);
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
     * Authenticates as this user (etcd's Authenticate RPC) and sends the token it returns with
     * every call and stream. When etcd rejects the token as expired or invalid (its
     * {@code --auth-token-ttl} ran out, or auth was re-enabled), the client authenticates again and
     * repeats the call once: such a rejection is definite, the request was not applied. Without
     * credentials, a server with auth enabled answers with
     * {@link io.etcdj.exception.PermissionDeniedException} or
     * {@link io.etcdj.exception.UnauthenticatedException}.
     *
     * @param user the user name; not null or empty
     * @param password the password; not null (may be empty)
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when the user is null or empty, or the password null
     */
    public EtcdClientBuilder credentials(String user, String password) {
        String u = Checks.notNull(user, "user");
        if (u.isEmpty()) {
            throw Checks.invalid("user must not be empty");
        }
        this.credentials = new Credentials(u, Checks.notNull(password, "password"));
        return this;
    }

    /**
     * Trusts the certificate authorities of this PEM file for {@code https://} endpoints instead of
     * the JVM's (as etcdctl's {@code --cacert}). Once any TLS setting is given, endpoints written
     * without a scheme use TLS too, as with etcdctl.
     *
     * @param caFile a PEM file of one or more CA certificates; null for the JVM's trusted CAs
     * @return this builder
     */
    public EtcdClientBuilder trustedCertificates(Path caFile) {
        this.caFile = caFile;
        return this;
    }

    /**
     * Presents this certificate to the server (as etcdctl's {@code --cert} and {@code --key}), for
     * members started with {@code --client-cert-auth}.
     *
     * @param certFile PEM file of the client certificate, optionally followed by its chain; not null
     * @param keyFile PEM file of its private key: PKCS#8, PKCS#1 RSA or SEC1 EC, not encrypted; not null
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when either is null
     */
    public EtcdClientBuilder clientCertificate(Path certFile, Path keyFile) {
        this.certFile = Checks.notNull(certFile, "certFile");
        this.keyFile = Checks.notNull(keyFile, "keyFile");
        return this;
    }

    /**
     * Accepts any server certificate, unverified (as etcdctl's {@code --insecure-skip-tls-verify}).
     * For development only: anyone on the path can read and change the traffic. A warning is
     * logged when the client is built with it.
     *
     * @param skip true to skip verification
     * @return this builder
     */
    public EtcdClientBuilder insecureSkipTlsVerify(boolean skip) {
        this.skipTlsVerify = skip;
        return this;
    }

    /**
     * Keeps the endpoints in step with the cluster's membership, as clientv3's
     * {@code AutoSyncInterval}: every interval the client asks for the member list (etcd's
     * {@code Cluster.MemberList} RPC) and makes the members' client URLs, with the scheme each
     * member advertises, its endpoints, so that members added later are used and removed ones
     * dropped. Members not yet started (no client URLs) and learners are left out. Calls in
     * flight finish where they started. A failed sync keeps the endpoints as they were and is
     * logged once (SLF4J, {@code io.etcdj.internal.EndpointSync}) until a sync succeeds again.
     *
     * @param interval the pause between syncs, the first one an interval after build; null or
     *     zero (the default) for no sync
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when negative
     */
    public EtcdClientBuilder autoSyncInterval(Duration interval) {
        if (interval != null && interval.isNegative()) {
            throw Checks.invalid("autoSyncInterval must not be negative, got " + interval);
        }
        this.autoSyncInterval = interval == null || interval.isZero() ? null : interval;
        return this;
    }

    /**
     * Finds the endpoints in DNS SRV records when the client is built, as etcdctl's
     * {@code --discovery-srv}: {@code _etcd-client-ssl._tcp.<domain>} names {@code https://}
     * endpoints, {@code _etcd-client._tcp.<domain>} {@code http://} ones; each record's target
     * and port make one endpoint. The endpoints found replace those given to
     * {@link #endpoints(String...)}.
     *
     * @param domain the domain to look up, e.g. {@code example.com}; null for no discovery (the default)
     * @return this builder
     * @see #discoverySrv(String, String)
     */
    public EtcdClientBuilder discoverySrv(String domain) {
        return discoverySrv(domain, null);
    }

    /**
     * As {@link #discoverySrv(String)}, with a service name, as etcdctl's
     * {@code --discovery-srv-name}: the names looked up become
     * {@code _etcd-client-ssl-<serviceName>._tcp.<domain>} and
     * {@code _etcd-client-<serviceName>._tcp.<domain>}.
     *
     * @param domain the domain to look up; null for no discovery
     * @param serviceName the service name; null or empty for none
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when the domain is empty or blank
     */
    public EtcdClientBuilder discoverySrv(String domain, String serviceName) {
        if (domain != null && domain.isBlank()) {
            throw Checks.invalid("the discovery domain must not be empty");
        }
        this.discoveryDomain = domain;
        this.discoveryServiceName = serviceName;
        return this;
    }

    /**
     * The DNS server that {@link #discoverySrv(String)} asks (UDP, then TCP for long answers).
     *
     * @param server the server's address and port; null (the default) for the system's name
     *     servers ({@code /etc/resolv.conf})
     * @return this builder
     */
    public EtcdClientBuilder dnsServer(InetSocketAddress server) {
        this.dnsServer = server;
        return this;
    }

    /**
     * How the client speaks to etcd: {@link EtcdTransport#GRPC} (the default) or etcd's HTTP/JSON
     * gateway, {@link EtcdTransport#HTTP_JSON}, served by etcd on its client URLs at {@code /v3/...}.
     * Every facet works over both, with the same errors, retries and failover; docs/gateway.md
     * lists the few differences.
     *
     * @param transport the transport; null for gRPC
     * @return this builder
     */
    public EtcdClientBuilder transport(EtcdTransport transport) {
        this.transport = transport == null ? EtcdTransport.GRPC : transport;
        return this;
    }

    /**
     * The path prefix of etcd's HTTP/JSON gateway, used with {@link EtcdTransport#HTTP_JSON} only.
     * By default it is detected once per endpoint from the server's {@code GET /version}:
     * {@code /v3} for etcd 3.4 and later, {@code /v3beta} for 3.3, {@code /v3alpha} for 3.2. Set it
     * when a proxy serves the gateway under another path (for example {@code /etcd/v3}).
     *
     * @param prefix the prefix, starting with {@code /}, without a trailing {@code /}; null to detect
     * @return this builder
     * @throws io.etcdj.exception.InvalidArgumentException when it does not start with {@code /},
     *     ends with {@code /} or contains {@code ?} or {@code #}
     */
    public EtcdClientBuilder gatewayPrefix(String prefix) {
        if (prefix != null && (!prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("?")
                || prefix.contains("#"))) {
            throw Checks.invalid("gatewayPrefix must start with '/' and not end with '/', got '" + prefix + "'");
        }
        this.gatewayPrefix = prefix;
        return this;
    }

    /**
     * @return a client; connections are made lazily, on the first call; DNS discovery, when set,
     *     is done now
     * @throws io.etcdj.exception.InvalidArgumentException when no endpoint was given and no
     *     discovery domain set, when neither SRV name of the discovery domain has records (the
     *     message names both lookups), or when a discovered endpoint is not usable
     * @throws io.etcdj.exception.ConnectionException when discovery got no answer from the DNS server
     */
    public EtcdClient build() {
        List<String> given = endpoints;
        if (discoveryDomain != null) {
            given = SrvDiscovery.endpoints(discoveryDomain, discoveryServiceName, dnsServer);
        }
        if (given.isEmpty()) {
            throw Checks.invalid("at least one endpoint is required");
        }
        TlsConfig tls = new TlsConfig(caFile, certFile, keyFile, skipTlsVerify);
        List<EndpointAddress> addresses = EtcdClient.parseEndpoints(given, tls.configured());
        ClientRuntime runtime = new ClientRuntime(new ClientConfig(addresses, requestTimeout, connectTimeout, charset,
                "etcdj/" + version(), maxInboundMessageBytes, headers, callbackExecutor, keepAliveTime, keepAliveTimeout,
                credentials, tls, autoSyncInterval, transport, gatewayPrefix));
        return new EtcdClient(runtime);
    }

    private static String version() {
        String v = EtcdClientBuilder.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
