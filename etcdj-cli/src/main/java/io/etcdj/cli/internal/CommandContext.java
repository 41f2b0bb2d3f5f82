package io.etcdj.cli.internal;

import io.etcdj.EtcdClient;
import io.etcdj.EtcdClientBuilder;
import io.etcdj.EtcdTransport;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.Kv;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a running command works with: its flags and arguments, the standard streams, the
 * environment, and the etcd client, made when the command first needs it the way etcdctl makes
 * its own (environment variables applied, output format checked, endpoints required). Closing it
 * closes the client.
 */
public final class CommandContext implements AutoCloseable {
    /**
     * The commands for which {@code ETCDCTL_COMMAND_TIMEOUT} counts: etcdctl 3.4's other commands
     * take their deadline before they read the environment, so for them only
     * {@code --command-timeout} on the command line counts.
     */
    private static final Set<String> ENV_TIMEOUT_COMMANDS = Set.of("compaction", "defrag", "endpoint", "move-leader");
    private static final Set<String> KNOWN_FORMATS = Set.of("simple", "json", "fields", "table", "protobuf");

    private final InputStream in;
    private final Out out;
    private final Out err;
    private final Map<String, String> env;
    private final ParsedFlags flags;
    private EtcdClient client;
    private boolean connected;
    private boolean unreachable;
    private String commandName = "";
    private List<String> usableEndpoints;
    private TlsFlags tlsFlags;
    private EtcdTransport transport;
    private Credentials credentials;
    /** Whether a call with credentials has come through (etcdctl authenticates when it connects). */
    private boolean authenticated;
    /** {@code --command-timeout} as given on the command line, before the environment is applied. */
    private final Duration commandLineTimeout;
    private Duration commandTimeout;

    /**
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param env the environment variables
     * @param flags the parsed command line
     */
    public CommandContext(InputStream in, Out out, Out err, Map<String, String> env, ParsedFlags flags) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
        this.flags = flags;
        this.commandLineTimeout = flags.duration(GlobalFlags.COMMAND_TIMEOUT);
        this.commandTimeout = commandLineTimeout;
    }

    /** @return standard input */
    public InputStream in() {
        return in;
    }

    /** @return standard output */
    public Out out() {
        return out;
    }

    /** @return standard error */
    public Out err() {
        return err;
    }

    /** @return the environment variables */
    public Map<String, String> env() {
        return env;
    }

    /** @return the flag values */
    public ParsedFlags flags() {
        return flags;
    }

    /** @return the positional arguments */
    public List<String> args() {
        return flags.args();
    }

    /**
     * Prepares the client as etcdctl does before its request, in etcdctl's order: applies
     * {@code ETCDCTL_*} variables, prints the flags for {@code --debug}, checks the TLS flags,
     * asks for a missing password, checks the output format and then etcdj's {@code --transport},
     * reads the TLS files, requires an endpoint. Idempotent.
     *
     * @throws CliExit exit 4 for an unknown output format or transport, exit 2 without endpoints, exit 1 for a
     *     conflicting environment variable or DNS discovery, exit 128 for an empty or unreadable
     *     TLS file
     */
    public void connect() {
        if (connected) {
            return;
        }
        EnvFlags.apply(flags, env, err, commandName);
        if (ENV_TIMEOUT_COMMANDS.contains(commandName)) {
            commandTimeout = flags.duration(GlobalFlags.COMMAND_TIMEOUT);
        }
        if (flags.bool(GlobalFlags.DEBUG)) {
            GlobalFlags.printForDebug(flags, commandName, err);
        }
        List<String> discovered = DiscoveryFlags.endpoints(flags, env, err);
        TlsFlags tls = TlsFlags.of(flags);
        Credentials credentials = credentials();
        if (!KNOWN_FORMATS.contains(flags.string(GlobalFlags.WRITE_OUT))) {
            throw new CliExit(ExitCodes.BAD_FEATURE, "unsupported output format");
        }
        EtcdTransport transport = TransportFlag.of(flags);
        tls.checkFiles();
        List<String> endpoints = discovered.isEmpty() ? flags.list(GlobalFlags.ENDPOINTS) : discovered;
        if (endpoints.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_CONNECTION, "etcdclient: no available endpoints");
        }
        List<String> usable = new ArrayList<>();
        for (String given : endpoints) {
            String e = tls.withScheme(given.trim());
            if (tls.trustsNothing() && e.regionMatches(true, 0, "https://", 0, 8)) {
                continue;
            }
            try {
                EtcdClient.builder().endpoints(e);
                usable.add(e);
            } catch (EtcdException notAnEndpoint) {
                // etcdctl accepts it and then cannot reach it; the other endpoints may still work
            }
        }
        connected = true;
        this.credentials = credentials;
        this.transport = transport;
        if (usable.isEmpty()) {
            unreachable = true;
            return;
        }
        this.usableEndpoints = usable;
        this.tlsFlags = tls;
        client = buildClient(credentials);
    }

    private EtcdClient buildClient(Credentials withCredentials) {
        Duration command = commandTimeout;
        Duration dial = flags.duration(GlobalFlags.DIAL_TIMEOUT);
        Duration requestTimeout = isPositive(command) ? command : Duration.ofSeconds(5);
        EtcdClientBuilder builder = EtcdClient.builder()
                .endpoints(usableEndpoints)
                .connectTimeout(isPositive(dial) ? dial : requestTimeout)
                .requestTimeout(requestTimeout)
                .transport(transport);
        Duration keepAliveTime = flags.duration(GlobalFlags.KEEPALIVE_TIME);
        Duration keepAliveTimeout = flags.duration(GlobalFlags.KEEPALIVE_TIMEOUT);
        if (isPositive(keepAliveTime) && isPositive(keepAliveTimeout)) {
            // gRPC pings no more often than every 10 s anyway, as for etcdctl
            builder.keepAlive(keepAliveTime.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : keepAliveTime,
                    keepAliveTimeout);
        }
        if (withCredentials != null) {
            builder.credentials(withCredentials.user(), withCredentials.password());
        }
        try {
            tlsFlags.configure(builder);
            return builder.build();
        } catch (EtcdException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, e.getMessage());
        }
    }

    /**
     * The transport the command's clients use: {@code --transport} (or {@code ETCDCTL_TRANSPORT}),
     * for a command that makes a client of its own beside {@link #callClient} (make-mirror's
     * destination). Connects first, so that the environment is applied.
     *
     * @return the transport
     * @throws CliExit as {@link #connect()}
     */
    public EtcdTransport transport() {
        connect();
        return transport;
    }

    /** A user and password to authenticate with. */
    private record Credentials(String user, String password) {
    }

    /**
     * {@code --user} and {@code --password} as etcdctl reads them: {@code --password} given, the
     * user is the whole {@code --user}; otherwise {@code --user} is split at its first colon, and
     * without one the password is asked for. As etcdctl's client, etcdj authenticates only with a
     * non-empty user and password.
     */
    private Credentials credentials() {
        String user = flags.string(GlobalFlags.USER);
        String password = flags.string(GlobalFlags.PASSWORD);
        if (user.isEmpty()) {
            return null;
        }
        String name = user;
        if (password.isEmpty()) {
            int colon = user.indexOf(':');
            if (colon < 0) {
                password = PasswordPrompt.ask(in, out, err);
            } else {
                name = user.substring(0, colon);
                password = user.substring(colon + 1);
            }
        }
        return name.isEmpty() || password.isEmpty() ? null : new Credentials(name, password);
    }

    /**
     * Tells the context which command runs, for what depends on it ({@code ETCDCTL_WATCH_KEY}
     * belongs to {@code watch} only).
     *
     * @param name the command's name
     */
    void commandName(String name) {
        this.commandName = name;
    }

    private static boolean isPositive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    /**
     * etcdctl's commands that write {@code -w protobuf}: the name, or the name and subcommand.
     * etcdctl's other commands either print the same text in every format or fail only after
     * their request (those follow etcdctl), or etcdj cannot print protobuf for them yet.
     */
    private static final Set<String> PROTOBUF_COMMANDS = Set.of("get", "put", "del", "txn", "member list",
            "member add", "member remove", "member update", "alarm list", "alarm disarm", "lease grant",
            "lease timetolive", "lease list", "lease keep-alive", "lease revoke", "endpoint status", "endpoint health",
            "endpoint hashkv", "move-leader", "watch");

    /**
     * Refuses, before anything is sent, {@code -w protobuf} for a command that etcdj cannot print
     * as protobuf, so that a change is not applied and then left unprinted.
     *
     * @throws CliExit exit 4 for {@code -w protobuf} where etcdj lacks it
     */
    public void requirePrintableFormat() {
        connect();
        if (format("protobuf") && !PROTOBUF_COMMANDS.contains(commandName)
                && (args().isEmpty() || !PROTOBUF_COMMANDS.contains(commandName + " " + args().get(0)))) {
            throw new CliExit(ExitCodes.BAD_FEATURE, "protobuf is not supported as output format by etcdj");
        }
    }

    /**
     * @param valueOnly the get command's {@code --print-value-only}
     * @return the printer for {@code --write-out}
     */
    public Printer printer(boolean valueOnly) {
        return Printer.of(flags.string(GlobalFlags.WRITE_OUT), flags.bool(GlobalFlags.HEX), valueOnly, out);
    }

    /** @return true when {@code --write-out} is the given format */
    public boolean format(String name) {
        return flags.string(GlobalFlags.WRITE_OUT).equals(name);
    }

    /**
     * Runs one request with the client, connecting first if needed.
     *
     * @param request the request
     * @param <T> the response type
     * @return the response
     * @throws CliExit exit 1 with etcdctl's message when the request fails
     */
    public <T> T call(Function<Kv, T> request) {
        return callClient(c -> request.apply(c.kv()));
    }

    /**
     * Runs one request with the whole client (cluster, maintenance, ...), connecting first if needed.
     *
     * @param request the request
     * @param <T> the response type
     * @return the response
     * @throws CliExit exit 1 with etcdctl's message when the request fails
     */
    public <T> T callClient(Function<EtcdClient, T> request) {
        connect();
        if (unreachable) {
            // with credentials, etcdctl fails while it connects (authenticating): a bad connection
            throw new CliExit(credentials != null ? ExitCodes.BAD_CONNECTION : ExitCodes.ERROR, "context deadline exceeded");
        }
        if (!isPositive(commandTimeout)) {
            throw new CliExit(ExitCodes.ERROR, "context deadline exceeded");
        }
        try {
            T result = request.apply(client);
            authenticated = true;
            return result;
        } catch (EtcdException e) {
            if (credentials != null && !authenticated) {
                if (e.code() == ErrorCode.AUTH_NOT_ENABLED) {
                    // etcdctl's client goes on without a token when the server has auth off
                    authenticated = true;
                    client.close();
                    client = buildClient(null);
                    return callClient(request);
                }
                if (failsAuthentication(e.code())) {
                    // etcdctl authenticates while it connects: that failure is a bad connection
                    throw new CliExit(ExitCodes.BAD_CONNECTION, ErrorMessages.of(e));
                }
            }
            throw new CliExit(ExitCodes.ERROR, ErrorMessages.of(e));
        }
    }

    private static boolean failsAuthentication(ErrorCode code) {
        return code == ErrorCode.AUTH_FAILED || code == ErrorCode.UNAVAILABLE || code == ErrorCode.DEADLINE_EXCEEDED
                || code.name().startsWith("TLS_");
    }

    /** Closes the client, if one was made. */
    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
