package io.etcdj.internal.grpc;

import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.transport.Connection;
import io.etcdj.internal.transport.Transport;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import java.util.concurrent.TimeUnit;

/** etcd's native transport: one gRPC channel (HTTP/2 over Netty) per endpoint. */
public final class GrpcTransport implements Transport {
    private final GrpcSettings settings;

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
            b.useTransportSecurity();
        } else {
            b.usePlaintext();
        }
        return new GrpcConnection(b.build());
    }
}
