package io.etcdj.cli.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies {@code ETCDCTL_*} environment variables to the global flags, as etcdctl does when it
 * makes its client: a variable fills a flag not given on the command line (an invalid value is
 * ignored); a variable for a flag also given on the command line is a fatal conflict (exit 1);
 * other {@code ETCDCTL_*} variables are reported as unrecognized.
 */
final class EnvFlags {
    /** Variables etcdctl itself consumes without a matching global flag. */
    private static final Set<String> CONSUMED = Set.of("ETCDCTL_API", "ETCDCTL_WATCH_KEY", "ETCDCTL_WATCH_RANGE_END");

    private EnvFlags() {
    }

    static void apply(ParsedFlags flags, Map<String, String> env, Out err) {
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
                    flags.set(spec.name(), value);
                } catch (FlagException ignored) {
                    // etcdctl ignores an environment value that does not parse
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
            if (key.startsWith("ETCDCTL_") && !CONSUMED.contains(key)) {
                FlagLog.log(err, 'W', "unrecognized environment variable " + key + "=" + e.getValue());
            }
        }
    }
}
