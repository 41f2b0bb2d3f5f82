package io.etcdj.internal.http;

import io.etcdj.internal.TlsMaterial;
import java.time.Duration;

/**
 * How the HTTP/JSON gateway transport reaches etcd.
 *
 * @param connectTimeout how long one TCP (and TLS) connect may take
 * @param userAgent the user agent sent to the server
 * @param maxInboundMessageBytes the largest response (or stream message) accepted, in bytes
 * @param keepAliveTime while streams are open on an endpoint, how often its liveness is checked
 *     (HTTP has no pings of its own: a {@code GET /version})
 * @param keepAliveTimeout how long that check may go unanswered before the endpoint's streams are
 *     ended as broken, so that the stream layer reopens them elsewhere
 * @param tls certificates and trust for {@code https://} endpoints; null for the JVM's defaults
 * @param prefix the gateway's path prefix (for example {@code /v3}); null to detect it from each
 *     endpoint's {@code GET /version}
 */
public record GatewaySettings(Duration connectTimeout, String userAgent, int maxInboundMessageBytes,
        Duration keepAliveTime, Duration keepAliveTimeout, TlsMaterial tls, String prefix) {
}
