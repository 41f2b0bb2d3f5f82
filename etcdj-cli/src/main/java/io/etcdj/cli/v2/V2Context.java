package io.etcdj.cli.v2;

import io.etcdj.cli.internal.Out;
import io.etcdj.cli.internal.ParsedFlags;
import io.etcdj.v2.EtcdV2Client;
import io.etcdj.v2.EtcdV2ConnectionException;
import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2TimeoutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a v2 command works with: its flags and arguments, the global flags, the streams, the
 * environment and a v2 client built from them the way etcdctl v2 builds its own (endpoints from
 * {@code --endpoints} or {@code ETCDCTL_ENDPOINTS}, a sync from {@code /v2/machines} unless
 * {@code --no-sync}, {@code --total-timeout} for each command).
 */
final class V2Context implements AutoCloseable {
    static final String DEFAULT_ENDPOINTS = "http://127.0.0.1:2379,http://127.0.0.1:4001";

    private final ParsedFlags global;
    private final ParsedFlags flags;
    private final List<String> rawArgs;
    private final InputStream in;
    private final Out out;
    private final Out err;
    private final Map<String, String> env;
    private EtcdV2Client client;

    V2Context(ParsedFlags global, ParsedFlags flags, List<String> rawArgs, InputStream in, Out out, Out err,
            Map<String, String> env) {
        this.global = global;
        this.flags = flags;
        this.rawArgs = List.copyOf(rawArgs);
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    ParsedFlags flags() {
        return flags;
    }

    List<String> args() {
        return flags.args();
    }

    /** The command's arguments as typed, flags included. */
    List<String> rawArgs() {
        return rawArgs;
    }

    Out out() {
        return out;
    }

    Out err() {
        return err;
    }

    Map<String, String> env() {
        return env;
    }

    String output() {
        return global.string("output");
    }

    boolean simple() {
        return "simple".equals(output());
    }

    /** The i-th argument, or standard input when it is missing (etcdctl's argOrStdin). */
    String argOrStdin(int i, String missing) {
        if (i < args().size()) {
            return args().get(i);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            in.transferTo(buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = buf.toString(StandardCharsets.UTF_8);
        if (s.isEmpty()) {
            throw V2Exit.error(V2Exit.BAD_ARGS, missing);
        }
        return s;
    }

    /** The first argument, the key; {@code key required} when missing. */
    String key() {
        if (args().isEmpty()) {
            throw V2Exit.error(V2Exit.BAD_ARGS, "key required");
        }
        return args().get(0);
    }

    List<String> endpoints() {
        String s = global.string("endpoints");
        String[] sources = {s, env.getOrDefault("ETCDCTL_ENDPOINTS", ""), global.string("endpoint"),
            env.getOrDefault("ETCDCTL_ENDPOINT", ""), global.string("peers"), env.getOrDefault("ETCDCTL_PEERS", "")};
        String chosen = DEFAULT_ENDPOINTS;
        for (String src : sources) {
            if (src != null && !src.isEmpty()) {
                chosen = src;
                break;
            }
        }
        List<String> eps = new ArrayList<>();
        for (String ep : chosen.split(",", -1)) {
            eps.add(ep.contains("://") ? ep : "http://" + ep);
        }
        return eps;
    }

    Duration totalTimeout() {
        return global.duration("total-timeout");
    }

    /** The client, synced unless {@code --no-sync}, as etcdctl's mustNewClient. */
    EtcdV2Client client() {
        if (client == null) {
            client = newClient();
            if (!global.bool("no-sync")) {
                try {
                    client.sync();
                } catch (EtcdV2ConnectionException | EtcdV2TimeoutException e) {
                    throw clusterError(V2Exit.BAD_CONNECTION, e);
                } catch (EtcdV2Exception ignored) {
                    // etcdctl goes on with the given endpoints when the sync fails otherwise
                }
            }
        }
        return client;
    }

    /** A client that does not sync, as etcdctl's mustNewClientNoSync. */
    EtcdV2Client clientNoSync() {
        if (client == null) {
            client = newClient();
        }
        return client;
    }

    private EtcdV2Client newClient() {
        for (String unsupported : List.of("ca-file", "cert-file", "key-file", "discovery-srv")) {
            if (!global.string(unsupported).isEmpty()) {
                throw V2Exit.error(V2Exit.BAD_ARGS, "--" + unsupported + " is not supported by etcdj's v2 command line");
            }
        }
        // --timeout bounds each request (etcdctl: per request and endpoint), --total-timeout the command;
        // etcdj's client has one timeout per request: the smaller of the two
        Duration total = totalTimeout();
        Duration perRequest = global.duration("timeout");
        EtcdV2Client.Builder b = EtcdV2Client.builder().endpoints(endpoints()).autoSync(false);
        Duration t = null;
        for (Duration d : List.of(total, perRequest)) {
            if (!d.isZero() && !d.isNegative() && (t == null || d.compareTo(t) < 0)) {
                t = d;
            }
        }
        if (t != null) {
            b.timeout(t);
        }
        String user = global.string("username");
        if (user.isEmpty()) {
            user = env.getOrDefault("ETCDCTL_USERNAME", "");
        }
        if (!user.isEmpty()) {
            int colon = user.indexOf(':');
            if (colon < 0) {
                throw V2Exit.error(V2Exit.BAD_ARGS, "the password must be given as --username user:password");
            }
            b.basicAuth(user.substring(0, colon), user.substring(colon + 1));
        }
        return b.build();
    }

    /**
     * Runs a request, turning its failure into etcdctl's: {@code Error:  <etcd error>} with exit
     * code 4, or the Go client's cluster error for a connection failure.
     */
    <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (EtcdV2Exception e) {
            throw failure(e);
        }
    }

    /** etcdctl's handleError with exit code 4 for a failed request. */
    V2Exit failure(EtcdV2Exception e) {
        if (e instanceof EtcdV2ConnectionException || e instanceof EtcdV2TimeoutException) {
            return clusterError(V2Exit.SERVER_ERROR, e);
        }
        return V2Exit.error(V2Exit.SERVER_ERROR, errorText(e));
    }

    /** The text etcdctl prints for an error: the Go client's error string. */
    static String errorText(EtcdV2Exception e) {
        if (e.errorCode() != EtcdV2Exception.NO_ERROR_CODE) {
            return e.getMessage();
        }
        return e.etcdMessage() != null ? e.etcdMessage() : e.getMessage();
    }

    /** The Go client's "cluster is unavailable" error, with one line per endpoint and its detail. */
    V2Exit clusterError(int code, EtcdV2Exception e) {
        StringBuilder detail = new StringBuilder();
        List<String> eps = endpoints();
        for (int i = 0; i < eps.size(); i++) {
            detail.append("error #").append(i).append(": ").append(reason(eps.get(i), e)).append('\n');
        }
        return new V2Exit(code, "Error:  client: etcd cluster is unavailable or misconfigured; " + detail + "\n"
                + detail + "\n");
    }

    private static String reason(String endpoint, EtcdV2Exception e) {
        if (e instanceof EtcdV2TimeoutException) {
            return "client: endpoint " + endpoint + " exceeded header timeout";
        }
        URI u = URI.create(endpoint);
        int port = u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
        return "dial tcp " + u.getHost() + ":" + port + ": connect: connection refused";
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
