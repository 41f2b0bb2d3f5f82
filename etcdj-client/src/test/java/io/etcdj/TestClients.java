package io.etcdj;

import java.util.Locale;

/**
 * The client builder of the facet tests. The transport comes from the system property
 * {@code etcdj.test.transport} ({@code grpc}, the default, or {@code http-json}), so that one
 * suite runs over both transports: the build runs the facet tests a second time with
 * {@code http-json} (see this module's pom).
 */
public final class TestClients {
    /** The transport this run tests. */
    public static final EtcdTransport TRANSPORT = EtcdTransport.valueOf(
            System.getProperty("etcdj.test.transport", "grpc").toUpperCase(Locale.ROOT).replace('-', '_'));

    private TestClients() {
    }

    /** @return a builder for the transport under test */
    public static EtcdClientBuilder builder() {
        return EtcdClient.builder().transport(TRANSPORT);
    }

    /** @return true when this run tests etcd's HTTP/JSON gateway */
    public static boolean overGateway() {
        return TRANSPORT == EtcdTransport.HTTP_JSON;
    }
}
