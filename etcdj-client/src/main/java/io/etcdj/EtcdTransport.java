package io.etcdj;

/**
 * How a client speaks to etcd. Every facet, option, error and guarantee is the same over both;
 * see docs/gateway.md for what differs in cost and the few calls etcd's gateway does not serve.
 */
public enum EtcdTransport {
    /** etcd's native gRPC API over HTTP/2 (the default, and the cheaper one). */
    GRPC,
    /**
     * etcd's HTTP/JSON gateway ({@code POST /v3/...} with JSON bodies), for networks whose proxies
     * or load balancers do not carry gRPC. HTTP/1.1 on {@code http://} endpoints, HTTP/2 when TLS
     * negotiates it. Each stream request (a watch, a lease refresh) is one HTTP request.
     */
    HTTP_JSON
}
