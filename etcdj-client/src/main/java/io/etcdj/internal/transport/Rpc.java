package io.etcdj.internal.transport;

import com.google.protobuf.Message;
import java.util.Objects;

/**
 * One etcd RPC, described once for every transport: its service and method (what gRPC calls it),
 * its request and response messages, its shape, and the path etcd's HTTP/JSON gateway serves it
 * at. The constants are in {@link Rpcs}.
 *
 * @param service the proto service, package included (for example {@code etcdserverpb.KV})
 * @param method the method name (for example {@code Range})
 * @param kind unary, or which side streams
 * @param request the request message's default instance, which parses requests
 * @param response the response message's default instance, which parses responses
 * @param gatewayPath the gateway path below the API prefix (for example {@code /kv/range}), or
 *     null where etcd's gateway does not serve the RPC
 * @param <Q> the request message type
 * @param <R> the response message type
 */
public record Rpc<Q extends Message, R extends Message>(String service, String method, Kind kind, Q request,
        R response, String gatewayPath) {
    /** The shape of an RPC. */
    public enum Kind {
        /** One request, one response. */
        UNARY,
        /** One request, a stream of responses. */
        SERVER_STREAMING,
        /** A stream each way. */
        BIDI_STREAMING
    }

    /** Checks the parts. */
    public Rpc {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
    }

    /** @return the name gRPC uses, {@code service/method} */
    public String fullName() {
        return service + "/" + method;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
