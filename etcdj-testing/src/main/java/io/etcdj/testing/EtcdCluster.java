package io.etcdj.testing;

import io.etcdj.testing.internal.EtcdBinaryLocator;
import io.etcdj.testing.internal.EtcdCommandLine;
import io.etcdj.testing.internal.FileTrees;
import io.etcdj.testing.internal.MemberProbe;
import io.etcdj.testing.internal.PortAllocator;
import io.etcdj.testing.internal.ShutdownReaper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real etcd cluster of 1..N members, each an etcd child process listening on free ports of
 * 127.0.0.1 with its own temporary directory, the v2 API enabled and its log in a file.
 *
 * <pre>{@code
 * try (EtcdCluster etcd = EtcdCluster.builder().members(3).start()) {
 *     String endpoints = etcd.clientEndpointsCsv(); // http://127.0.0.1:41234,...
 *     etcd.member(1).kill();
 * }
 * }</pre>
 *
 * <p>{@link #start()} returns once every member answers {@code GET /health} with health true,
 * which in etcd 3.4 means the member knows a leader and a quorum read succeeds.
 *
 * <p>With {@link Builder#tls()} the members serve clients over TLS with certificates generated
 * at start ({@link #tls()} gives the PEM files); with {@link Builder#auth(String)} the cluster
 * has a {@code root} user and auth enabled before {@link #start()} returns:
 *
 * <pre>{@code
 * try (EtcdCluster etcd = EtcdCluster.builder().tls().auth("s3cret").start()) {
 *     TlsFiles tls = etcd.tls();  // tls.caCertificate(), tls.clientCertificate(), tls.clientKey()
 *     String endpoint = etcd.clientEndpoints().get(0); // https://127.0.0.1:41234
 * }
 * }</pre>
 *
 * <p>{@link #close()}
 * kills every process and deletes the temporary directories; clusters not closed are closed
 * by a JVM shutdown hook. Instances are thread-safe.
 */
public final class EtcdCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EtcdCluster.class);

    /** The user {@link Builder#auth(String)} creates. */
    private static final String ROOT_USER = "root";

    /** Attempts with fresh ports when a member finds a port taken. */
    static final int MAX_START_ATTEMPTS = 3;

    private enum State { NEW, STARTING, RUNNING, CLOSED }

    private final int size;
    private final String token;
    private final String namePrefix;
    private final List<String> extraArgs;
    private final Duration startTimeout;
    private final Path binary;
    private final PortAllocator ports;
    private final TlsOptions tlsOptions;
    private final String rootPassword;
    private final Duration authTokenTtl;
    private final Path etcdctlBinary;

    private final Object lock = new Object();
    private State state = State.NEW;
    private List<EtcdMember> members = List.of();
    private Path root;
    private List<Integer> allocated = List.of();
    private TlsMaterial tlsMaterial;
    private Path etcdctlPath;

    private EtcdCluster(Builder builder) {
        this.size = builder.members;
        this.token = builder.clusterToken != null ? builder.clusterToken
                : "etcdj-" + UUID.randomUUID().toString().substring(0, 8);
        this.namePrefix = builder.namePrefix;
        this.extraArgs = List.copyOf(builder.extraArgs);
        this.startTimeout = builder.startTimeout;
        this.binary = builder.binary;
        this.ports = builder.ports;
        this.tlsOptions = builder.tlsOptions;
        this.rootPassword = builder.rootPassword;
        this.authTokenTtl = builder.authTokenTtl;
        this.etcdctlBinary = builder.etcdctlBinary;
    }

    /** @return a builder for a one-member cluster with a 30 second start timeout */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts all members at once and waits until each is healthy, at most the start timeout per
     * attempt. If a member exits because one of its ports was taken in the meantime, the
     * attempt is discarded and the start retried with new ports, up to 3 attempts.
     *
     * <p>For a TLS cluster the certificates are generated first (per attempt); for a cluster
     * with auth, once the members are healthy, etcdctl adds user {@code root} with the
     * configured password, grants it role {@code root} and enables auth.
     *
     * @return this cluster, running
     * @throws EtcdBinaryNotFoundException if the etcd executable cannot be found
     * @throws EtcdLaunchException if a member cannot be started, exits, or is not healthy in
     *     time (the message includes the tail of that member's log), if the certificates cannot
     *     be generated, or if auth is configured and etcdctl is missing or fails. Nothing is
     *     left running.
     * @throws IllegalStateException if the cluster was already started or closed
     */
    public EtcdCluster start() {
        synchronized (lock) {
            if (state != State.NEW) {
                throw new IllegalStateException("cluster already " + state.name().toLowerCase());
            }
            state = State.STARTING;
        }
        Path etcd;
        try {
            etcd = EtcdBinaryLocator.system().locate(binary);
            if (rootPassword != null) {
                Path ctl = Etcdctl.locate(etcdctlBinary, etcd);
                synchronized (lock) {
                    etcdctlPath = ctl;
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        ShutdownReaper.register(this);
        long started = System.nanoTime();
        PortConflictException lastConflict = null;
        for (int attempt = 1; attempt <= MAX_START_ATTEMPTS; attempt++) {
            try {
                List<EtcdMember> attemptMembers = prepareAttempt(etcd);
                attemptMembers.forEach(EtcdMember::launch);
                Readiness.await(attemptMembers, startTimeout);
                if (rootPassword != null) {
                    enableAuth();
                }
                synchronized (lock) {
                    if (state == State.CLOSED) {
                        throw new EtcdLaunchException("cluster was closed while starting");
                    }
                    state = State.RUNNING;
                }
                LOG.info("etcd cluster {} started in {} ms: {}", token,
                        (System.nanoTime() - started) / 1_000_000, clientEndpointsCsv());
                return this;
            } catch (PortConflictException e) {
                LOG.info("etcd cluster {}: a port was taken (attempt {} of {}), retrying",
                        token, attempt, MAX_START_ATTEMPTS);
                lastConflict = e;
                discardAttempt();
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
        }
        close();
        throw new EtcdLaunchException("etcd could not bind its ports in " + MAX_START_ATTEMPTS
                + " attempts; last failure: " + lastConflict.getMessage(), lastConflict);
    }

    private List<EtcdMember> prepareAttempt(Path etcd) {
        List<Integer> attemptPorts = ports.allocate(2 * size);
        Path attemptRoot;
        try {
            attemptRoot = Files.createTempDirectory("etcdj-" + namePrefix + "-");
        } catch (IOException e) {
            ports.release(attemptPorts);
            throw new EtcdLaunchException("cannot create a temp dir: " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add(namePrefix + i);
        }
        TlsMaterial attemptTls = null;
        if (tlsOptions != null) {
            try {
                attemptTls = TlsMaterial.generate(attemptRoot, tlsOptions, names);
            } catch (RuntimeException e) {
                ports.release(attemptPorts);
                deleteQuietly(attemptRoot);
                throw e;
            }
        }
        MemberProbe probe = attemptTls == null ? MemberProbe.plain()
                : MemberProbe.tls(attemptTls.probeContext());
        String clientScheme = attemptTls == null ? "http" : "https";
        List<String> peers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            peers.add(namePrefix + i + "=http://127.0.0.1:" + attemptPorts.get(2 * i + 1));
        }
        String initialCluster = String.join(",", peers);
        List<EtcdMember> attemptMembers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = namePrefix + i;
            int clientPort = attemptPorts.get(2 * i);
            int peerPort = attemptPorts.get(2 * i + 1);
            Path dir = attemptRoot.resolve(name);
            List<String> launcherArgs = new ArrayList<>();
            if (attemptTls != null) {
                launcherArgs.addAll(attemptTls.memberArgs(i));
            }
            if (authTokenTtl != null) {
                launcherArgs.add("--auth-token-ttl=" + authTokenTtl.toSeconds());
            }
            List<String> command = EtcdCommandLine.build(etcd, name, dir.resolve("data"),
                    clientScheme + "://127.0.0.1:" + clientPort, "http://127.0.0.1:" + peerPort,
                    initialCluster, token, launcherArgs, extraArgs);
            attemptMembers.add(new EtcdMember(i, name, clientPort, peerPort, dir, command,
                    startTimeout, attemptTls != null, probe));
        }
        synchronized (lock) {
            if (state == State.CLOSED) {
                ports.release(attemptPorts);
                deleteQuietly(attemptRoot);
                throw new EtcdLaunchException("cluster was closed while starting");
            }
            members = List.copyOf(attemptMembers);
            root = attemptRoot;
            allocated = attemptPorts;
            tlsMaterial = attemptTls;
        }
        return attemptMembers;
    }

    /** Adds user root with its password and role root, then enables auth, with etcdctl. */
    private void enableAuth() {
        Etcdctl ctl = etcdctl();
        Duration timeout = Duration.ofSeconds(30);
        String[][] steps = {
            {"user", "add", ROOT_USER, "--new-user-password=" + rootPassword},
            {"user", "grant-role", ROOT_USER, ROOT_USER},
            {"auth", "enable"},
        };
        for (String[] step : steps) {
            Etcdctl.Result result = ctl.run(timeout, step);
            if (!result.ok()) {
                throw new EtcdLaunchException("cannot enable auth: `etcdctl " + step[0] + " "
                        + step[1] + "` failed with exit code " + result.exitCode() + ": "
                        + result.output().strip());
            }
        }
        LOG.debug("etcd cluster {}: auth enabled for user {}", token, ROOT_USER);
    }

    /**
     * @return etcdctl set up for this cluster's endpoints and TLS files, without credentials
     * @throws EtcdLaunchException if etcdctl cannot be found
     */
    Etcdctl etcdctl() {
        Path ctl;
        Path dir;
        TlsMaterial material;
        synchronized (lock) {
            ctl = etcdctlPath;
            dir = root;
            material = tlsMaterial;
        }
        if (ctl == null) {
            ctl = Etcdctl.locate(etcdctlBinary, binary);
        }
        List<String> global = new ArrayList<>();
        global.add("--endpoints=" + clientEndpointsCsv());
        global.add("--dial-timeout=5s");
        global.add("--command-timeout=10s");
        if (material != null) {
            global.addAll(material.etcdctlArgs());
        }
        return new Etcdctl(ctl, global, dir);
    }

    private void discardAttempt() {
        List<EtcdMember> oldMembers;
        Path oldRoot;
        List<Integer> oldPorts;
        synchronized (lock) {
            oldMembers = members;
            oldRoot = root;
            oldPorts = allocated;
            members = List.of();
            root = null;
            allocated = List.of();
            tlsMaterial = null;
        }
        oldMembers.forEach(EtcdMember::retire);
        deleteQuietly(oldRoot);
        ports.release(oldPorts);
    }

    /**
     * @return the members, in start order; unmodifiable
     * @throws IllegalStateException if the cluster has not been started
     */
    public List<EtcdMember> members() {
        synchronized (lock) {
            if (state == State.NEW || (state == State.STARTING && members.isEmpty())) {
                throw new IllegalStateException("cluster not started");
            }
            return members;
        }
    }

    /**
     * @param index the member's position, from 0
     * @return the member
     * @throws IndexOutOfBoundsException if there is no such member
     * @throws IllegalStateException if the cluster has not been started
     */
    public EtcdMember member(int index) {
        return members().get(index);
    }

    /**
     * Finds the current leader by asking each running, unpaused member (at most 1 second each).
     *
     * @return the member that reports itself leader, or empty if none does (during an election,
     *     or without quorum)
     * @throws IllegalStateException if the cluster has not been started
     */
    public Optional<EtcdMember> leader() {
        return members().stream().filter(EtcdMember::isLeader).findFirst();
    }

    /**
     * Waits until every running, unpaused member answers {@code GET /health} with health true,
     * for example after killing the leader, until a new one is elected. Killed, stopped and
     * paused members are skipped.
     *
     * @param timeout the longest to wait
     * @throws EtcdLaunchException if a member is not healthy in time or exits meanwhile; the
     *     message includes the tail of its log. Also thrown on interrupt, with the thread's
     *     interrupt flag set.
     * @throws IllegalStateException if the cluster has not been started
     * @throws NullPointerException if {@code timeout} is null
     */
    public void awaitHealthy(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        List<EtcdMember> live = members().stream()
                .filter(m -> m.isRunning() && !m.isPaused())
                .collect(Collectors.toList());
        Readiness.await(live, timeout);
    }

    /** @return whether the members serve clients over TLS ({@link Builder#tls()}) */
    public boolean isTls() {
        return tlsOptions != null;
    }

    /**
     * The generated certificates and keys, valid until the cluster is closed (they are in its
     * temporary directory). Each start attempt generates new ones.
     *
     * @return the PEM files of this cluster
     * @throws IllegalStateException if the cluster is not a TLS cluster, or not started
     */
    public TlsFiles tls() {
        if (tlsOptions == null) {
            throw new IllegalStateException("not a TLS cluster: use EtcdCluster.builder().tls()");
        }
        synchronized (lock) {
            if (tlsMaterial == null) {
                throw new IllegalStateException("cluster not started");
            }
            return tlsMaterial.files();
        }
    }

    /** @return whether auth is enabled at start ({@link Builder#auth(String)}) */
    public boolean isAuthEnabled() {
        return rootPassword != null;
    }

    /**
     * @return {@code root}, the user created when auth is enabled
     * @throws IllegalStateException if the cluster was built without auth
     */
    public String rootUser() {
        requireAuth();
        return ROOT_USER;
    }

    /**
     * @return the password of {@link #rootUser()}, as given to {@link Builder#auth(String)}
     * @throws IllegalStateException if the cluster was built without auth
     */
    public String rootPassword() {
        requireAuth();
        return rootPassword;
    }

    /**
     * @return the {@code --auth-token-ttl} given to the members, or empty when etcd's default
     *     (300 seconds) applies
     */
    public Optional<Duration> authTokenTtl() {
        return Optional.ofNullable(authTokenTtl);
    }

    private void requireAuth() {
        if (rootPassword == null) {
            throw new IllegalStateException(
                    "auth is not enabled: use EtcdCluster.builder().auth(rootPassword)");
        }
    }

    /** @return the number of members the cluster was built with */
    public int size() {
        return size;
    }

    /** @return the {@code --initial-cluster-token} of this cluster */
    public String clusterToken() {
        return token;
    }

    /**
     * @return the client URLs of all members, such as {@code http://127.0.0.1:41234}, in member
     *     order; members that are killed or paused stay in the list
     * @throws IllegalStateException if the cluster has not been started
     */
    public List<String> clientEndpoints() {
        return members().stream().map(EtcdMember::clientEndpoint).collect(Collectors.toList());
    }

    /**
     * @return {@link #clientEndpoints()} joined with commas, as etcdctl's {@code --endpoints}
     * @throws IllegalStateException if the cluster has not been started
     */
    public String clientEndpointsCsv() {
        return String.join(",", clientEndpoints());
    }

    /**
     * @return the peer URLs of all members, in member order
     * @throws IllegalStateException if the cluster has not been started
     */
    public List<String> peerEndpoints() {
        return members().stream().map(EtcdMember::peerEndpoint).collect(Collectors.toList());
    }

    /** @return whether {@link #close()} has been called */
    public boolean isClosed() {
        synchronized (lock) {
            return state == State.CLOSED;
        }
    }

    /**
     * Kills every member with SIGKILL, waits for the processes to end and deletes the temporary
     * directories (data and logs). Calling it again does nothing. Never throws; a directory that
     * cannot be deleted is logged.
     */
    @Override
    public void close() {
        List<EtcdMember> toKill;
        Path toDelete;
        List<Integer> toRelease;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            toKill = members;
            toDelete = root;
            toRelease = allocated;
            allocated = List.of();
        }
        ShutdownReaper.unregister(this);
        for (EtcdMember member : toKill) {
            try {
                member.retire();
            } catch (RuntimeException e) {
                LOG.warn("cannot kill etcd member {}", member.name(), e);
            }
        }
        deleteQuietly(toDelete);
        ports.release(toRelease);
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileTrees.deleteRecursively(dir);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", dir, e);
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "EtcdCluster[" + token + ", " + size + " member(s), " + state
                    + (tlsOptions != null ? ", tls" : "") + (rootPassword != null ? ", auth" : "")
                    + ", "
                    + members.stream().map(EtcdMember::clientEndpoint)
                            .collect(Collectors.joining(",")) + "]";
        }
    }

    /**
     * Configures an {@link EtcdCluster}. A builder may be used for several clusters; each
     * {@link #build()} copies the settings.
     */
    public static final class Builder {

        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

        private int members = 1;
        private String clusterToken;
        private String namePrefix = "etcd";
        private List<String> extraArgs = List.of();
        private Duration startTimeout = Duration.ofSeconds(30);
        private Path binary;
        private PortAllocator ports = PortAllocator.loopback();
        private TlsOptions tlsOptions;
        private String rootPassword;
        private Duration authTokenTtl;
        private Path etcdctlBinary;

        private Builder() {}

        /**
         * Serves clients over TLS with {@link TlsOptions#defaults()}: EC keys, client
         * certificates required, valid server certificates. Same as
         * {@code tls(TlsOptions.defaults())}.
         *
         * @return this builder
         */
        public Builder tls() {
            return tls(TlsOptions.defaults());
        }

        /**
         * Serves clients over TLS: at start the launcher generates a CA, a server certificate
         * per member (for {@code 127.0.0.1} and {@code localhost}) and a client certificate,
         * and starts the members with {@code --cert-file}, {@code --key-file} and, when
         * {@link TlsOptions#clientCertAuth()}, {@code --client-cert-auth} and
         * {@code --trusted-ca-file}. Client URLs become {@code https://127.0.0.1:port}; peers
         * still talk plain HTTP. See {@link EtcdCluster#tls()} for the files.
         *
         * @param options how to generate and use the certificates, or {@code null} for plain
         *     HTTP (the default)
         * @return this builder
         */
        public Builder tls(TlsOptions options) {
            this.tlsOptions = options;
            return this;
        }

        /**
         * Enables etcd's auth at start: once the members are healthy, etcdctl (see
         * {@link #etcdctlBinary(Path)}) adds user {@code root} with this password, grants it
         * role {@code root} and runs {@code auth enable}. Requests then need credentials (or,
         * with client certificate authentication, a client certificate whose CN names a user).
         *
         * @param rootPassword the password of user {@code root}, or {@code null} for no auth
         *     (the default)
         * @return this builder
         * @throws IllegalArgumentException if {@code rootPassword} is empty
         */
        public Builder auth(String rootPassword) {
            if (rootPassword != null && rootPassword.isEmpty()) {
                throw new IllegalArgumentException("the root password must not be empty");
            }
            this.rootPassword = rootPassword;
            return this;
        }

        /**
         * @param ttl how long an idle simple auth token stays valid (etcd's
         *     {@code --auth-token-ttl}), in whole seconds, so that tests can see tokens expire;
         *     {@code null} for etcd's default of 300 seconds (the default)
         * @return this builder
         * @throws IllegalArgumentException if {@code ttl} is shorter than 1 second or not a
         *     whole number of seconds
         */
        public Builder authTokenTtl(Duration ttl) {
            if (ttl != null && (ttl.compareTo(Duration.ofSeconds(1)) < 0
                    || ttl.getNano() != 0)) {
                throw new IllegalArgumentException(
                        "authTokenTtl must be a whole number of seconds, at least 1: " + ttl);
            }
            this.authTokenTtl = ttl;
            return this;
        }

        /**
         * @param path the etcdctl executable used to set up auth, or {@code null} (the
         *     default) to look for {@code etcdctl} next to the etcd executable, on
         *     {@code PATH}, then at {@code /usr/bin/etcdctl} (Debian's {@code etcd-client})
         * @return this builder
         */
        public Builder etcdctlBinary(Path path) {
            this.etcdctlBinary = path;
            return this;
        }

        /**
         * @param count the number of members, at least 1; default 1
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is less than 1
         */
        public Builder members(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("members must be at least 1: " + count);
            }
            this.members = count;
            return this;
        }

        /**
         * @param token the {@code --initial-cluster-token}, or {@code null} for a random one
         *     (the default)
         * @return this builder
         */
        public Builder clusterToken(String token) {
            this.clusterToken = token;
            return this;
        }

        /**
         * @param prefix member names are this prefix followed by the index from 0; default
         *     {@code etcd} (members {@code etcd0}, {@code etcd1}, ...)
         * @return this builder
         * @throws NullPointerException if {@code prefix} is null
         * @throws IllegalArgumentException if {@code prefix} is not letters, digits, '_', '.'
         *     and '-', starting with a letter or digit
         */
        public Builder namePrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (!NAME.matcher(prefix).matches()) {
                throw new IllegalArgumentException("bad member name prefix: " + prefix);
            }
            this.namePrefix = prefix;
            return this;
        }

        /**
         * @param args etcd flags added after the launcher's own flags (for example
         *     {@code "--heartbeat-interval=50"}); a later flag overrides an earlier single-valued
         *     one. Replaces any earlier extra arguments.
         * @return this builder
         * @throws NullPointerException if {@code args} or one of its elements is null
         */
        public Builder extraArgs(String... args) {
            this.extraArgs = List.copyOf(Arrays.asList(args));
            return this;
        }

        /**
         * @param timeout how long {@link EtcdCluster#start()} (per attempt) and
         *     {@link EtcdMember#restart()} wait for health; default 30 seconds
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder startTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("startTimeout must be positive: " + timeout);
            }
            this.startTimeout = timeout;
            return this;
        }

        /**
         * @param path the etcd executable to run, or {@code null} (the default) to look it up:
         *     system property {@code etcd.binary}, environment variable {@code ETCD_BINARY},
         *     {@code etcd} on {@code PATH}, then {@code /usr/bin/etcd}
         * @return this builder
         */
        public Builder binary(Path path) {
            this.binary = path;
            return this;
        }

        /** For tests of the retry on port conflicts. */
        Builder portAllocator(PortAllocator allocator) {
            this.ports = Objects.requireNonNull(allocator, "allocator");
            return this;
        }

        /** @return a new cluster with these settings, not started */
        public EtcdCluster build() {
            return new EtcdCluster(this);
        }

        /**
         * Same as {@code build().start()}.
         *
         * @return a running cluster
         * @throws EtcdBinaryNotFoundException if the etcd executable cannot be found
         * @throws EtcdLaunchException if the cluster cannot be started; see
         *     {@link EtcdCluster#start()}
         */
        public EtcdCluster start() {
            return build().start();
        }

        Builder copy() {
            Builder copy = new Builder();
            copy.members = members;
            copy.clusterToken = clusterToken;
            copy.namePrefix = namePrefix;
            copy.extraArgs = extraArgs;
            copy.startTimeout = startTimeout;
            copy.binary = binary;
            copy.ports = ports;
            copy.tlsOptions = tlsOptions;
            copy.rootPassword = rootPassword;
            copy.authTokenTtl = authTokenTtl;
            copy.etcdctlBinary = etcdctlBinary;
            return copy;
        }
    }
}
