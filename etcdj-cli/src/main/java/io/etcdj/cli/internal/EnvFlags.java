package io.etcdj.cli.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies {@code ETCDCTL_*} environment variables to the global flags, as etcdctl does when it
 * makes its client: a variable fills a flag not given on the command line (an invalid value
 * leaves a list flag as it was and sets a boolean to false, a duration to 0s, as pflag does); a variable for a flag also given on the command line is a fatal conflict (exit 1);
 * other {@code ETCDCTL_*} variables are reported as unrecognized.
 */
final class EnvFlags {
    /** Variables etcdctl itself consumes without a matching global flag. */
    private static final Set<String> CONSUMED = Set.of("ETCDCTL_API");
    /** Variables only {@code watch} consumes (for the other commands they are unrecognized). */
    static final Set<String> WATCH_ONLY = Set.of("ETCDCTL_WATCH_KEY", "ETCDCTL_WATCH_RANGE_END");

    private EnvFlags() {
    }

    /**
     * @param flags the parsed command line; flags not given are filled from the environment
     * @param env the environment
     * @param err standard error, for the warnings
     * @param command the command's name ({@code watch} consumes two more variables)
     * @throws CliExit exit 1 when a variable shadows a flag given on the command line
     */
    static void apply(ParsedFlags flags, Map<String, String> env, Out err, String command) {
        Set<String> used = new HashSet<>();
        Set<String> shadowed = new HashSet<>();
        for (FlagSpec spec : GlobalFlags.ALL) {
            String key = GlobalFlags.envName(spec.name());
            if (flags.changed(spec.name())) {
                shadowed.add(key);
                continue;
            }
            String value = env.get(key);
            if (value != null && !value.isEmpty()) {
                used.add(key);
                try {
                    flags.setFromEnv(spec.name(), value);
                } catch (FlagException ignored) {
                    // etcdctl goes on with a value that does not parse (a flag of a type with a
                    // zero value takes it)
                }
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String key = e.getKey();
            if (used.contains(key)) {
                continue;
            }
            if (shadowed.contains(key)) {
                FlagLog.log(err, 'C', "conflicting environment variable " + GoText.quote(key)
                        + " is shadowed by corresponding command-line flag (either unset environment"
                        + " variable or disable flag)");
                throw new CliExit(ExitCodes.ERROR, null);
            }
            boolean consumed = CONSUMED.contains(key) || command.equals("watch") && WATCH_ONLY.contains(key);
            if (key.startsWith("ETCDCTL_") && !consumed) {
                FlagLog.log(err, 'W', "unrecognized environment variable " + key + "=" + e.getValue());
            }
        }
    }
}
