package io.etcdj.bench.jmh;

import io.etcdj.ResponseHeader;
import io.etcdj.grpc.PutRequest;
import io.etcdj.grpc.RangeRequest;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.grpc.TxnRequest;
import io.etcdj.internal.KvMapper;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.Txn;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Handles on etcdj's request encoders and response decoders ({@code io.etcdj.internal.KvMapper},
 * package-private: the exact code every call runs), so the microbenchmarks measure etcdj's own
 * code rather than a copy of it. Held in static finals, the JIT inlines them like direct calls.
 */
final class Internals {
    static final MethodHandle PUT;
    static final MethodHandle RANGE;
    static final MethodHandle TXN;
    static final MethodHandle GET_RESPONSE;
    static final MethodHandle PUT_RESPONSE;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(KvMapper.class, MethodHandles.lookup());
            PUT = l.findVirtual(KvMapper.class, "put",
                    MethodType.methodType(PutRequest.class, Object.class, Object.class, PutOptions.class));
            RANGE = l.findVirtual(KvMapper.class, "range",
                    MethodType.methodType(RangeRequest.class, Object.class, GetOptions.class));
            TXN = l.findVirtual(KvMapper.class, "txn", MethodType.methodType(TxnRequest.class, Txn.class));
            GET_RESPONSE = l.findVirtual(KvMapper.class, "getResponse",
                    MethodType.methodType(GetResponse.class, RangeResponse.class, ResponseHeader.class));
            PUT_RESPONSE = l.findVirtual(KvMapper.class, "putResponse",
                    MethodType.methodType(PutResponse.class, io.etcdj.grpc.PutResponse.class, ResponseHeader.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Internals() {
    }
}
