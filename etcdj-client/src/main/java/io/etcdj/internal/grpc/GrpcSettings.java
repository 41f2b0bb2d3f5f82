package io.etcdj.internal.grpc;

import io.etcdj.internal.TlsMaterial;
import java.time.Duration;

/**
 * How the gRPC transport sets up its channels.
 *
 * @param connectTimeout how long one TCP connect may take
 * @param userAgent the user agent sent to the server
 * @param maxInboundMessageBytes the largest response accepted, in bytes
 * @param keepAliveTime how long a connection may be idle before the client pings the server
 * @param keepAliveTimeout how long the client waits for a ping's answer before it drops the connection
 * @param tls certificates and trust for {@code https://} endpoints; null for the JVM's defaults
 */
public record GrpcSettings(Duration connectTimeout, String userAgent, int maxInboundMessageBytes,
        Duration keepAliveTime, Duration keepAliveTimeout, TlsMaterial tls) {
}
