package io.etcdj.internal.grpc;

import io.etcdj.internal.Checks;
import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.TlsConfig;
import io.etcdj.internal.TlsMaterial;
import io.etcdj.internal.transport.Connection;
import io.etcdj.internal.transport.Transport;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslProvider;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import java.util.concurrent.TimeUnit;

/**
 * etcd's native transport: one gRPC channel (HTTP/2 over Netty) per endpoint, without gRPC's retry
 * layer, which etcdj's call pipeline and stream layer replace (see {@link GrpcConnection}); off, a
 * call allocates about a quarter less (issue 13). Netty's event loops are gRPC's shared ones,
 * native epoll where the platform has it.
 */
public final class GrpcTransport implements Transport {
    private final GrpcSettings settings;
    private SslContext sslContext;

    /** @param settings how channels are set up */
    public GrpcTransport(GrpcSettings settings) {
        this.settings = settings;
    }

    @Override
    public Connection connect(EndpointAddress address) {
        NettyChannelBuilder b = NettyChannelBuilder.forAddress(address.host(), address.port())
                .directExecutor()
                .userAgent(settings.userAgent())
                .maxInboundMessageSize(settings.maxInboundMessageBytes())
                .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                        (int) Math.max(1, Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis())))
                .keepAliveTime(settings.keepAliveTime().toNanos(), TimeUnit.NANOSECONDS)
                .keepAliveTimeout(settings.keepAliveTimeout().toNanos(), TimeUnit.NANOSECONDS);
        if (address.tls()) {
            b.sslContext(sslContext());
        } else {
            b.usePlaintext();
        }
        return new GrpcConnection(b.disableRetry().build());
    }

    /** One TLS context for all channels, made on the first https endpoint; the JDK's TLS, so errors are the JDK's. */
    private synchronized SslContext sslContext() {
        if (sslContext == null) {
            TlsMaterial tls = settings.tls() != null ? settings.tls() : TlsMaterial.load(TlsConfig.DEFAULT);
            SslContextBuilder b = GrpcSslContexts.configure(SslContextBuilder.forClient(), SslProvider.JDK);
            if (tls.trustFactory() != null) {
                b.trustManager(tls.trustFactory());
            } else {
                b.trustManager(tls.trustManagers()[0]);
            }
            if (tls.keyFactory() != null) {
                b.keyManager(tls.keyFactory());
            }
            try {
                sslContext = b.build();
            } catch (javax.net.ssl.SSLException e) {
                throw Checks.invalid("cannot set up TLS: " + e.getMessage());
            }
        }
        return sslContext;
    }
}
