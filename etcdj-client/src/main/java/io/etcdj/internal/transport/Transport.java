package io.etcdj.internal.transport;

/**
 * A way of speaking to etcd (gRPC today; etcd's HTTP/JSON gateway later): makes one
 * {@link Connection} per endpoint. The call pipeline and the facets above it do not know which.
 */
public interface Transport {
    /**
     * @param endpoint the endpoint to connect to
     * @return a connection, made lazily on its first attempt
     */
    Connection connect(io.etcdj.internal.EndpointAddress endpoint);
}
