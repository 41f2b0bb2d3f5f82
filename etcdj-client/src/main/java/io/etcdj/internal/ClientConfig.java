package io.etcdj.internal;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What the public builder collected, checked.
 *
 * @param endpoints the endpoints; not empty
 * @param requestTimeout default deadline of a call
 * @param connectTimeout how long a call may find no endpoint to connect to
 * @param charset charset of String keys and values
 * @param userAgent the user agent sent to the server
 * @param maxInboundMessageBytes the largest response accepted, in bytes
 * @param headers fixed headers sent with every call; names in lower case
 * @param callbackExecutor completes futures and runs listeners; null for the transport threads
 * @param keepAliveTime how long a connection may be idle before the client pings the server
 * @param keepAliveTimeout how long the client waits for a ping's answer before it drops the connection
 * @param credentials the user and password to authenticate with; null for none
 * @param tls certificates for {@code https://} endpoints; never null
 * @param autoSyncInterval how often the endpoints are synced from the member list; null for never
 * @param transport gRPC or etcd's HTTP/JSON gateway; null for gRPC
 * @param gatewayPrefix the gateway's API path prefix (such as {@code /v3}); null to detect it from
 *     the server's version; unused over gRPC
 */
public record ClientConfig(List<EndpointAddress> endpoints, Duration requestTimeout, Duration connectTimeout,
        Charset charset, String userAgent, int maxInboundMessageBytes, Map<String, String> headers,
        Executor callbackExecutor, Duration keepAliveTime, Duration keepAliveTimeout, Credentials credentials,
        TlsConfig tls, Duration autoSyncInterval, io.etcdj.EtcdTransport transport, String gatewayPrefix) {
    /** Copies the collections; a zero or negative sync interval means never. */
    public ClientConfig {
        endpoints = List.copyOf(endpoints);
        headers = Map.copyOf(headers);
        if (autoSyncInterval != null && (autoSyncInterval.isZero() || autoSyncInterval.isNegative())) {
            autoSyncInterval = null;
        }
        if (transport == null) {
            transport = io.etcdj.EtcdTransport.GRPC;
        }
    }

    /**
     * Settings without endpoint sync.
     *
     * @param endpoints the endpoints; not empty
     * @param requestTimeout default deadline of a call
     * @param connectTimeout how long a call may find no endpoint to connect to
     * @param charset charset of String keys and values
     * @param userAgent the user agent sent to the server
     * @param maxInboundMessageBytes the largest response accepted, in bytes
     * @param headers fixed headers sent with every call; names in lower case
     * @param callbackExecutor completes futures and runs listeners; null for the transport threads
     * @param keepAliveTime how long a connection may be idle before the client pings the server
     * @param keepAliveTimeout how long the client waits for a ping's answer
     * @param credentials the user and password to authenticate with; null for none
     * @param tls certificates for {@code https://} endpoints; never null
     */
    public ClientConfig(List<EndpointAddress> endpoints, Duration requestTimeout, Duration connectTimeout,
            Charset charset, String userAgent, int maxInboundMessageBytes, Map<String, String> headers,
            Executor callbackExecutor, Duration keepAliveTime, Duration keepAliveTimeout, Credentials credentials,
            TlsConfig tls) {
        this(endpoints, requestTimeout, connectTimeout, charset, userAgent, maxInboundMessageBytes, headers,
                callbackExecutor, keepAliveTime, keepAliveTimeout, credentials, tls, null, null, null);
    }
}
