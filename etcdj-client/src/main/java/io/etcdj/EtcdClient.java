package io.etcdj;

import io.etcdj.internal.ClientRuntime;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Kv;
import java.nio.charset.Charset;

/**
 * A client of one etcd cluster: the entry point of etcdj. Thread-safe; build one per application
 * and share it. Closing it closes its connections and fails calls still in flight with
 * {@link io.etcdj.exception.ClientClosedException}.
 *
 * <pre>{@code
 * try (EtcdClient etcd = EtcdClient.builder().endpoints("http://127.0.0.1:2379").build()) {
 *     etcd.kv().put("config/db", "postgres://db:5432");
 *     String url = etcd.kv().get("config/db").first().orElseThrow().valueAsString();
 * }
 * }</pre>
 *
 * <p>Facets are named after etcd's services. {@link #kv()} blocks; {@link #async()} gives the same
 * calls returning futures.
 */
public final class EtcdClient implements AutoCloseable {
    private final ClientRuntime runtime;
    private final Charset charset;
    private final EtcdAsync async;

    EtcdClient(ClientRuntime runtime, Charset charset) {
        this.runtime = runtime;
        this.charset = charset;
        this.async = new EtcdAsync() {
            @Override
            public AsyncKv kv() {
                return runtime.asyncKv();
            }
        };
    }

    /** @return a builder with the defaults (see {@link EtcdClientBuilder}) */
    public static EtcdClientBuilder builder() {
        return new EtcdClientBuilder();
    }

    /** @return the blocking key-value facet, etcd's {@code KV} service */
    public Kv kv() {
        return runtime.kv();
    }

    /** @return the async facets */
    public EtcdAsync async() {
        return async;
    }

    /** @return the charset used for String keys and values */
    public Charset charset() {
        return charset;
    }

    /** Closes the connections. Calls in flight fail; later calls fail at once. Idempotent. */
    @Override
    public void close() {
        runtime.close();
    }
}
