package io.etcdj.cli.internal;

import java.util.List;

/** The global flags every command accepts: the subset of etcdctl v3's that etcdj implements. */
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

    /** The global flags, in the order pflag visits them (sorted by name). */
    public static final List<FlagSpec> ALL = List.of(
            new FlagSpec(COMMAND_TIMEOUT, (char) 0, FlagSpec.Kind.DURATION, "5s",
                    "deadline of each request, not counting the connection"),
            new FlagSpec(DIAL_TIMEOUT, (char) 0, FlagSpec.Kind.DURATION, "2s",
                    "how long to keep trying to connect to an endpoint"),
            new FlagSpec(ENDPOINTS, (char) 0, FlagSpec.Kind.STRING_SLICE, "127.0.0.1:2379",
                    "client URLs of the etcd members, comma-separated"),
            FlagSpec.bool(HEX, "write keys and values as hex escapes (simple format)"),
            new FlagSpec(WRITE_OUT, 'w', FlagSpec.Kind.STRING, "simple",
                    "output format: simple, json or fields"));

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
}
