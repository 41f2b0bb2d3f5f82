package io.etcdj.cli.internal;

import io.etcdj.EtcdClient;
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
    private static final Set<String> KNOWN_FORMATS = Set.of("simple", "json", "fields", "table", "protobuf");

    private final InputStream in;
    private final Out out;
    private final Out err;
    private final Map<String, String> env;
    private final ParsedFlags flags;
    private EtcdClient client;
    private boolean connected;
    private boolean unreachable;

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
     * Prepares the client as etcdctl does before its request: applies {@code ETCDCTL_*}
     * variables, checks the output format, requires an endpoint. Idempotent.
     *
     * @throws CliExit exit 4 for an unknown output format, exit 2 without endpoints, exit 1 for a
     *     conflicting environment variable
     */
    public void connect() {
        if (connected) {
            return;
        }
        EnvFlags.apply(flags, env, err);
        if (!KNOWN_FORMATS.contains(flags.string(GlobalFlags.WRITE_OUT))) {
            throw new CliExit(ExitCodes.BAD_FEATURE, "unsupported output format");
        }
        List<String> endpoints = flags.list(GlobalFlags.ENDPOINTS);
        if (endpoints.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_CONNECTION, "etcdclient: no available endpoints");
        }
        List<String> usable = new ArrayList<>();
        for (String e : endpoints) {
            try {
                EtcdClient.builder().endpoints(e);
                usable.add(e);
            } catch (EtcdException notAnEndpoint) {
                // etcdctl accepts it and then cannot reach it; the other endpoints may still work
            }
        }
        connected = true;
        if (usable.isEmpty()) {
            unreachable = true;
            return;
        }
        Duration command = flags.duration(GlobalFlags.COMMAND_TIMEOUT);
        Duration dial = flags.duration(GlobalFlags.DIAL_TIMEOUT);
        Duration requestTimeout = isPositive(command) ? command : Duration.ofSeconds(5);
        client = EtcdClient.builder()
                .endpoints(usable)
                .connectTimeout(isPositive(dial) ? dial : requestTimeout)
                .requestTimeout(requestTimeout)
                .build();
    }

    private static boolean isPositive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    /**
     * Refuses, before anything is sent, an output format etcdctl has for key-value responses but
     * etcdj does not ({@code protobuf}), so that a write is not applied and then left unprinted.
     *
     * @throws CliExit exit 4 for {@code -w protobuf}
     */
    public void requirePrintableFormat() {
        connect();
        if (format("protobuf")) {
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
        if (unreachable || !isPositive(flags.duration(GlobalFlags.COMMAND_TIMEOUT))) {
            throw new CliExit(ExitCodes.ERROR, "context deadline exceeded");
        }
        try {
            return request.apply(client);
        } catch (EtcdException e) {
            throw new CliExit(ExitCodes.ERROR, ErrorMessages.of(e));
        }
    }

    /** Closes the client, if one was made. */
    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
