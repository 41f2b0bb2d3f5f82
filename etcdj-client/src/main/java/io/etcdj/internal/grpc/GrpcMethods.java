package io.etcdj.internal.grpc;

import com.google.protobuf.Message;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.Rpcs;
import io.grpc.MethodDescriptor;
import io.grpc.protobuf.ProtoUtils;
import java.util.IdentityHashMap;
import java.util.Map;

/** gRPC's descriptor of each etcdj {@link Rpc}, made once. */
final class GrpcMethods {
    private static final Map<Rpc<?, ?>, MethodDescriptor<?, ?>> KNOWN = new IdentityHashMap<>();

    static {
        for (Rpc<?, ?> rpc : Rpcs.ALL) {
            KNOWN.put(rpc, build(rpc));
        }
    }

    private GrpcMethods() {
    }

    @SuppressWarnings("unchecked")
    static <Q extends Message, R extends Message> MethodDescriptor<Q, R> of(Rpc<Q, R> rpc) {
        MethodDescriptor<?, ?> known = KNOWN.get(rpc);
        return (MethodDescriptor<Q, R>) (known != null ? known : build(rpc));
    }

    private static <Q extends Message, R extends Message> MethodDescriptor<Q, R> build(Rpc<Q, R> rpc) {
        return MethodDescriptor.<Q, R>newBuilder()
                .setType(switch (rpc.kind()) {
                    case UNARY -> MethodDescriptor.MethodType.UNARY;
                    case SERVER_STREAMING -> MethodDescriptor.MethodType.SERVER_STREAMING;
                    case BIDI_STREAMING -> MethodDescriptor.MethodType.BIDI_STREAMING;
                })
                .setFullMethodName(MethodDescriptor.generateFullMethodName(rpc.service(), rpc.method()))
                .setRequestMarshaller(ProtoUtils.marshaller(rpc.request()))
                .setResponseMarshaller(ProtoUtils.marshaller(rpc.response()))
                .build();
    }
}
