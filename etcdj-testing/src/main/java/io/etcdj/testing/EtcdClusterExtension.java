package io.etcdj.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives tests a running {@link EtcdCluster}.
 *
 * <pre>{@code
 * class ClusterTest {
 *     @RegisterExtension
 *     static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();
 *
 *     @Test
 *     void works(EtcdCluster cluster) {
 *         List<String> endpoints = etcd.endpoints();
 *     }
 * }
 * }</pre>
 *
 * <p>On a static field the cluster is started before all tests of the class (and its
 * {@code @Nested} classes) and closed after them; on an instance field it is started before and
 * closed after each test. {@link #shared()} gives one single-member cluster shared by every
 * class of the test run, closed when the run ends.
 *
 * <p>{@link Builder#tls()} and {@link Builder#auth(String)} give a cluster with TLS and auth,
 * as the same options of {@link EtcdCluster.Builder}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EtcdClusterExtension etcd =
 *         EtcdClusterExtension.builder().tls().auth("s3cret").build();
 *
 * @Test
 * void secure(EtcdCluster cluster) {
 *     TlsFiles tls = cluster.tls();
 *     String password = cluster.rootPassword();
 * }
 * }</pre>
 *
 * <p>Test constructors, test methods and lifecycle methods may declare an {@link EtcdCluster}
 * parameter. Register at most one such extension per class, or parameter resolution is
 * ambiguous.
 */
public final class EtcdClusterExtension implements BeforeAllCallback, AfterAllCallback,
        BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EtcdClusterExtension.class);
    private static final String SHARED_KEY = "shared-cluster";

    private final EtcdCluster.Builder clusterBuilder;
    private final boolean shared;

    private EtcdCluster cluster;
    private String ownerId;

    private EtcdClusterExtension(EtcdCluster.Builder clusterBuilder, boolean shared) {
        this.clusterBuilder = clusterBuilder;
        this.shared = shared;
    }

    /** @return a builder; by default one member, as {@link EtcdCluster#builder()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An extension whose cluster is one single-member cluster shared by all test classes of
     * the run (JUnit's root store), started on first use and closed when the run ends. Tests
     * using it must not kill, stop or pause its member, and should use their own key prefixes;
     * a member found not running is restarted and a paused one resumed.
     *
     * @return a new extension instance backed by the shared cluster
     */
    public static EtcdClusterExtension shared() {
        return new EtcdClusterExtension(null, true);
    }

    /**
     * @return the running cluster
     * @throws IllegalStateException if it is not started (outside the test lifecycle)
     */
    public synchronized EtcdCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("the etcd cluster is not started: use it from a test"
                    + " or lifecycle method of a class that registers this extension");
        }
        return cluster;
    }

    /**
     * @return the client URLs, such as {@code http://127.0.0.1:41234}
     * @throws IllegalStateException if the cluster is not started
     */
    public List<String> endpoints() {
        return cluster().clientEndpoints();
    }

    /**
     * @return the client URLs joined with commas
     * @throws IllegalStateException if the cluster is not started
     */
    public String endpointsCsv() {
        return cluster().clientEndpointsCsv();
    }

    /**
     * Starts the cluster (static field) or attaches to the shared one.
     *
     * @throws EtcdLaunchException if the cluster cannot be started
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        acquire(context);
    }

    /** Closes the cluster if this class started it. */
    @Override
    public void afterAll(ExtensionContext context) {
        release(context);
    }

    /**
     * Starts the cluster unless one is already running (instance field, or no beforeAll).
     *
     * @throws EtcdLaunchException if the cluster cannot be started
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        acquire(context);
    }

    /** Closes the cluster if this test started it. */
    @Override
    public void afterEach(ExtensionContext context) {
        release(context);
    }

    /** Supports parameters of type {@link EtcdCluster}. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext,
            ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EtcdCluster.class;
    }

    /**
     * @return the running cluster
     * @throws ParameterResolutionException if the cluster is not started yet, for example for
     *     the constructor of a class that registers the extension on an instance field
     */
    @Override
    public synchronized Object resolveParameter(ParameterContext parameterContext,
            ExtensionContext extensionContext) {
        if (cluster == null && shared) {
            cluster = sharedCluster(extensionContext);
        }
        if (cluster == null) {
            throw new ParameterResolutionException("the etcd cluster is not started yet;"
                    + " register EtcdClusterExtension on a static field to inject it into"
                    + " constructors or @BeforeAll methods");
        }
        return cluster;
    }

    private synchronized void acquire(ExtensionContext context) {
        if (shared) {
            cluster = sharedCluster(context);
            return;
        }
        if (cluster == null) {
            cluster = clusterBuilder.start();
            ownerId = context.getUniqueId();
        }
    }

    private synchronized void release(ExtensionContext context) {
        if (!shared && cluster != null && context.getUniqueId().equals(ownerId)) {
            try {
                cluster.close();
            } finally {
                cluster = null;
                ownerId = null;
            }
        }
    }

    private static EtcdCluster sharedCluster(ExtensionContext context) {
        EtcdCluster running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                SHARED_KEY, key -> EtcdCluster.builder().namePrefix("shared").start(),
                EtcdCluster.class);
        synchronized (running) {
            for (EtcdMember member : running.members()) {
                if (!member.isRunning()) {
                    member.restart();
                } else if (member.isPaused()) {
                    member.resume();
                }
            }
        }
        return running;
    }

    /** Configures an {@link EtcdClusterExtension}; the options are those of {@link EtcdCluster.Builder}. */
    public static final class Builder {

        private final EtcdCluster.Builder cluster = EtcdCluster.builder();

        private Builder() {}

        /**
         * @param count the number of members, at least 1; default 1
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is less than 1
         */
        public Builder members(int count) {
            cluster.members(count);
            return this;
        }

        /**
         * @param token the initial cluster token, or {@code null} for a random one
         * @return this builder
         */
        public Builder clusterToken(String token) {
            cluster.clusterToken(token);
            return this;
        }

        /**
         * @param prefix member name prefix; default {@code etcd}
         * @return this builder
         * @throws NullPointerException if {@code prefix} is null
         * @throws IllegalArgumentException if {@code prefix} is not a valid name
         */
        public Builder namePrefix(String prefix) {
            cluster.namePrefix(prefix);
            return this;
        }

        /**
         * @param args etcd flags added after the launcher's own flags
         * @return this builder
         * @throws NullPointerException if {@code args} or an element is null
         */
        public Builder extraArgs(String... args) {
            cluster.extraArgs(args);
            return this;
        }

        /**
         * @param timeout how long to wait for the members to be healthy; default 30 seconds
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder startTimeout(Duration timeout) {
            cluster.startTimeout(timeout);
            return this;
        }

        /**
         * @param path the etcd executable, or {@code null} to look it up
         * @return this builder
         */
        public Builder binary(Path path) {
            cluster.binary(path);
            return this;
        }

        /**
         * Serves clients over TLS with generated certificates, as
         * {@link EtcdCluster.Builder#tls()}; the files are at {@code cluster().tls()}.
         *
         * @return this builder
         */
        public Builder tls() {
            cluster.tls();
            return this;
        }

        /**
         * As {@link EtcdCluster.Builder#tls(TlsOptions)}.
         *
         * @param options how to generate and use the certificates, or {@code null} for plain
         *     HTTP (the default)
         * @return this builder
         */
        public Builder tls(TlsOptions options) {
            cluster.tls(options);
            return this;
        }

        /**
         * Enables auth with user {@code root}, as {@link EtcdCluster.Builder#auth(String)}.
         *
         * @param rootPassword the password of user {@code root}, or {@code null} for no auth
         *     (the default)
         * @return this builder
         * @throws IllegalArgumentException if {@code rootPassword} is empty
         */
        public Builder auth(String rootPassword) {
            cluster.auth(rootPassword);
            return this;
        }

        /**
         * As {@link EtcdCluster.Builder#authTokenTtl(Duration)}.
         *
         * @param ttl the simple token TTL in whole seconds, or {@code null} for etcd's default
         * @return this builder
         * @throws IllegalArgumentException if {@code ttl} is under 1 second or has a fraction
         */
        public Builder authTokenTtl(Duration ttl) {
            cluster.authTokenTtl(ttl);
            return this;
        }

        /**
         * @param path the etcdctl executable used to set up auth, or {@code null} to look it up
         * @return this builder
         */
        public Builder etcdctlBinary(Path path) {
            cluster.etcdctlBinary(path);
            return this;
        }

        /** @return the extension; each build copies the current settings */
        public EtcdClusterExtension build() {
            return new EtcdClusterExtension(cluster.copy(), false);
        }
    }
}
