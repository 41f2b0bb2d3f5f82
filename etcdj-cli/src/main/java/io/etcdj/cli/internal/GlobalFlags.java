package io.etcdj.cli.internal;

import java.util.List;

/** The global flags every command accepts: etcdctl 3.4's, plus etcdj's {@code --transport}. */
public final class GlobalFlags {
    /** {@code --endpoints}: the members' client URLs. */
    public static final String ENDPOINTS = "endpoints";
    /** {@code --dial-timeout}: how long to try to connect. */
    public static final String DIAL_TIMEOUT = "dial-timeout";
    /** {@code --command-timeout}: the deadline of each request. */
    public static final String COMMAND_TIMEOUT = "command-timeout";
    /** {@code -w}/{@code --write-out}: the output format. */
    public static final String WRITE_OUT = "write-out";
    /** {@code --hex}: keys and values as hex escapes in the simple format. */
    public static final String HEX = "hex";
    /** {@code -h}/{@code --help}: print the help text. */
    public static final String HELP = "help";
    /** {@code --cacert}: the PEM file of the CAs that sign the servers' certificates. */
    public static final String CACERT = "cacert";
    /** {@code --cert}: the PEM file of the client's certificate. */
    public static final String CERT = "cert";
    /** {@code --key}: the PEM file of the client certificate's private key. */
    public static final String KEY = "key";
    /** {@code --user}: {@code name} or {@code name:password}. */
    public static final String USER = "user";
    /** {@code --password}: the password, when {@code --user} has none. */
    public static final String PASSWORD = "password";
    /** {@code --insecure-transport}: no TLS unless a TLS file is given (true by default). */
    public static final String INSECURE_TRANSPORT = "insecure-transport";
    /** {@code --insecure-skip-tls-verify}: accept any server certificate. */
    public static final String INSECURE_SKIP_TLS_VERIFY = "insecure-skip-tls-verify";
    /** {@code --insecure-discovery}: accept {@code http://} endpoints found by DNS discovery. */
    public static final String INSECURE_DISCOVERY = "insecure-discovery";
    /** {@code -d}/{@code --discovery-srv}: the domain whose SRV records name the endpoints. */
    public static final String DISCOVERY_SRV = "discovery-srv";
    /** {@code --discovery-srv-name}: the service name of DNS discovery. */
    public static final String DISCOVERY_SRV_NAME = "discovery-srv-name";
    /** {@code --keepalive-time}: how long a connection may be idle before a ping. */
    public static final String KEEPALIVE_TIME = "keepalive-time";
    /** {@code --keepalive-timeout}: how long to wait for a ping's answer. */
    public static final String KEEPALIVE_TIMEOUT = "keepalive-timeout";
    /** {@code --debug}: print the global flags' values as {@code ETCDCTL_*} lines first. */
    public static final String DEBUG = "debug";
    /**
     * {@code --transport}: {@code grpc} or {@code http-json} (etcd's HTTP/JSON gateway); etcdj's
     * own flag, see {@link TransportFlag}.
     */
    public static final String TRANSPORT = "transport";

    /** The global flags, in the order pflag visits them (sorted by name). */
    public static final List<FlagSpec> ALL = List.of(
            FlagSpec.string(CACERT, "", "verify the certificates of TLS servers with this PEM file of CAs"),
            FlagSpec.string(CERT, "", "identify this client by this TLS certificate (PEM file)"),
            new FlagSpec(COMMAND_TIMEOUT, (char) 0, FlagSpec.Kind.DURATION, "5s",
                    "deadline of each request, not counting the connection"),
            FlagSpec.bool(DEBUG, "print the global flags' values (as ETCDCTL_* variables) on standard error"),
            new FlagSpec(DIAL_TIMEOUT, (char) 0, FlagSpec.Kind.DURATION, "2s",
                    "how long to keep trying to connect to an endpoint"),
            FlagSpec.string(DISCOVERY_SRV, "", "domain whose DNS SRV records name the endpoints")
                    .withShorthand('d'),
            FlagSpec.string(DISCOVERY_SRV_NAME, "", "service name for DNS discovery (_etcd-client[-ssl]-<name>._tcp)"),
            new FlagSpec(ENDPOINTS, (char) 0, FlagSpec.Kind.STRING_SLICE, "127.0.0.1:2379",
                    "client URLs of the etcd members, comma-separated"),
            FlagSpec.bool(HEX, "write keys and values as hex escapes (simple format)"),
            new FlagSpec(INSECURE_DISCOVERY, (char) 0, FlagSpec.Kind.BOOL, "true",
                    "accept http:// endpoints found by DNS discovery"),
            FlagSpec.bool(INSECURE_SKIP_TLS_VERIFY,
                    "accept any server certificate, unverified (for tests only)"),
            new FlagSpec(INSECURE_TRANSPORT, (char) 0, FlagSpec.Kind.BOOL, "true",
                    "plain connections unless a TLS file is given; false for TLS with the JVM's CAs"),
            new FlagSpec(KEEPALIVE_TIME, (char) 0, FlagSpec.Kind.DURATION, "2s",
                    "idle time of a connection before the client pings it"),
            new FlagSpec(KEEPALIVE_TIMEOUT, (char) 0, FlagSpec.Kind.DURATION, "6s",
                    "how long to wait for a ping's answer before dropping the connection"),
            FlagSpec.string(KEY, "", "the private key of --cert (PEM file)"),
            FlagSpec.string(PASSWORD, "", "password of --user (then --user holds only the name)"),
            FlagSpec.string(TRANSPORT, TransportFlag.GRPC,
                    "how to speak to etcd: grpc, or http-json for etcd's HTTP/JSON gateway (/v3/...); etcdj only"),
            FlagSpec.string(USER, "", "name[:password] to authenticate as; asks for the password when missing"),
            new FlagSpec(WRITE_OUT, 'w', FlagSpec.Kind.STRING, "simple",
                    "output format: simple, json, fields, table or protobuf"));

    /** The help flag every command has. */
    public static final FlagSpec HELP_FLAG = FlagSpec.bool(HELP, "show this help").withShorthand('h');

    private GlobalFlags() {
    }

    /**
     * @param flag a flag's long name
     * @return the environment variable etcdctl reads it from, such as {@code ETCDCTL_DIAL_TIMEOUT}
     */
    public static String envName(String flag) {
        return "ETCDCTL_" + flag.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /**
     * Writes what etcdctl's {@code --debug} writes first: each global flag's value as
     * {@code ETCDCTL_NAME=value}, in name order ({@code watch} adds its two variables). etcdj's own
     * {@code --transport} is left out, so that the lines are etcdctl's whatever the transport.
     *
     * @param flags the parsed flags, environment applied
     * @param command the command's name
     * @param err standard error
     */
    static void printForDebug(ParsedFlags flags, String command, Out err) {
        java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
        for (FlagSpec spec : ALL) {
            if (spec.name().equals(TRANSPORT)) {
                continue;
            }
            lines.put(spec.name(), valueText(flags, spec));
        }
        if (command.equals("watch")) {
            lines.put("watch-key", "");
            lines.put("watch-range-end", "");
        }
        StringBuilder sb = new StringBuilder();
        lines.forEach((name, value) -> sb.append(envName(name)).append('=').append(value).append('\n'));
        err.print(sb.toString());
    }

    private static String valueText(ParsedFlags flags, FlagSpec spec) {
        switch (spec.kind()) {
            case BOOL:
                return Boolean.toString(flags.bool(spec.name()));
            case DURATION:
                return GoFormat.duration(flags.duration(spec.name()));
            case INT64:
                return Long.toString(flags.int64(spec.name()));
            case STRING_SLICE:
                return "[" + CsvLine.format(flags.list(spec.name())) + "]";
            default:
                return flags.string(spec.name());
        }
    }
}
