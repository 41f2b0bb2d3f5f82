package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagException;
import io.etcdj.cli.internal.FlagSet;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.Out;
import io.etcdj.cli.internal.ParsedFlags;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * etcdj's command line under {@code ETCDCTL_API=2}: etcdctl v2's global flags ({@code --endpoints},
 * {@code -o simple|json|extended}, {@code --no-sync}, {@code --timeout}, {@code --total-timeout},
 * {@code --username}) and commands ({@code get}, {@code set}, {@code mk}, {@code mkdir},
 * {@code rm}, {@code rmdir}, {@code update}, {@code updatedir}, {@code setdir}, {@code ls},
 * {@code watch}, {@code exec-watch}, {@code member list|add|remove|update},
 * {@code cluster-health}), with etcdctl 3.4's output and exit codes (0 success, 1 bad arguments,
 * 2 no connection when syncing, 3 unknown command, 4 etcd or connection error, 5 cluster unhealthy).
 */
public final class V2Main {
    static final List<FlagSpec> GLOBAL = List.of(
            FlagSpec.bool("debug", "output cURL commands which can be used to reproduce the request"),
            FlagSpec.bool("no-sync", "don't synchronize cluster information before sending request"),
            FlagSpec.string("output", "simple", "output response in the given format (`simple`, `extended` or `json`)")
                    .withShorthand('o'),
            FlagSpec.string("discovery-srv", "", "domain name to query for SRV records describing cluster endpoints")
                    .withShorthand('D'),
            FlagSpec.bool("insecure-discovery", "accept insecure SRV records describing cluster endpoints"),
            FlagSpec.string("peers", "", "DEPRECATED - \"--endpoints\" should be used instead").withShorthand('C'),
            FlagSpec.string("endpoint", "", "DEPRECATED - \"--endpoints\" should be used instead"),
            FlagSpec.string("endpoints", "", "a comma-delimited list of machine addresses in the cluster"),
            FlagSpec.string("cert-file", "", "identify HTTPS client using this SSL certificate file"),
            FlagSpec.string("key-file", "", "identify HTTPS client using this SSL key file"),
            FlagSpec.string("ca-file", "", "verify certificates of HTTPS-enabled servers using this CA bundle"),
            FlagSpec.string("username", "", "provide username[:password] and prompt if password is not supplied.")
                    .withShorthand('u'),
            new FlagSpec("timeout", (char) 0, FlagSpec.Kind.DURATION, "2s", "connection timeout per request"),
            new FlagSpec("total-timeout", (char) 0, FlagSpec.Kind.DURATION, "5s",
                    "timeout for the command execution (except watch)"),
            FlagSpec.bool("help", "show help").withShorthand('h'),
            FlagSpec.bool("version", "print the version").withShorthand('v'));

    private static final FlagSpec HELP = FlagSpec.bool("help", "show help").withShorthand('h');

    private V2Main() {
    }

    private static List<V2Command> commands() {
        return List.of(new V2GetCommand(), new V2SetCommand(), new V2MkCommand(), new V2MkdirCommand(),
                new V2RmCommand(), new V2RmdirCommand(), new V2UpdateCommand(), new V2UpdatedirCommand(),
                new V2SetdirCommand(), new V2LsCommand(), new V2WatchCommand(), new V2ExecWatchCommand(),
                new V2MemberCommand(), new V2ClusterHealthCommand());
    }

    /**
     * Runs one etcdctl v2 command line in-process. Never calls {@code System.exit}.
     *
     * @param argv the arguments after the program name
     * @param in standard input
     * @param stdout standard output (flushed, not closed)
     * @param stderr standard error (flushed, not closed)
     * @param env the environment
     * @return the exit code
     */
    public static int run(String[] argv, InputStream in, OutputStream stdout, OutputStream stderr,
            Map<String, String> env) {
        Out out = new Out(stdout);
        Out err = new Out(stderr);
        try {
            return dispatch(Arrays.asList(argv), in, out, err, env);
        } catch (V2Exit e) {
            err.print(e.stderr());
            return e.code();
        } catch (UncheckedIOException e) {
            err.println("Error:  " + e.getCause().getMessage());
            return V2Exit.BAD_ARGS;
        } catch (RuntimeException e) {
            err.println("Error:  " + e);
            return V2Exit.BAD_ARGS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(List<String> argv, InputStream in, Out out, Out err, Map<String, String> env) {
        List<String> args = goStyle(argv);
        FlagSet globalSet = new FlagSet(GLOBAL);
        int index = globalSet.findCommand(args);
        ParsedFlags global;
        try {
            global = globalSet.parse(index < 0 ? args : args.subList(0, index));
        } catch (FlagException e) {
            err.println(goFlagMessage(e));
            return V2Exit.BAD_ARGS;
        }
        if (index < 0 || global.bool("help")) {
            out.print(rootHelp());
            return V2Exit.SUCCESS;
        }
        String name = args.get(index);
        V2Command command = null;
        for (V2Command c : commands()) {
            if (c.name().equals(name)) {
                command = c;
            }
        }
        if (command == null) {
            err.println("No help topic for '" + name + "'");
            return 3;
        }
        List<FlagSpec> specs = new ArrayList<>(command.flags());
        specs.add(HELP);
        ParsedFlags flags;
        try {
            flags = new FlagSet(specs).parse(flagsFirst(args.subList(index + 1, args.size()), specs));
        } catch (FlagException e) {
            err.println(goFlagMessage(e));
            return V2Exit.BAD_ARGS;
        }
        try (V2Context ctx = new V2Context(global, flags, args.subList(index + 1, args.size()), in, out, err, env)) {
            return command.run(ctx);
        }
    }

    /**
     * etcdctl v2 parses flags with Go's flag package, where a long flag may have one dash
     * ({@code -ttl 5}, {@code -p}): such words are rewritten with two, for the pflag-style parser,
     * when they name a flag of a v2 command or a global flag. Words after {@code --} stay.
     */
    static List<String> goStyle(List<String> argv) {
        java.util.Set<String> longNames = new java.util.HashSet<>();
        GLOBAL.forEach(f -> longNames.add(f.name()));
        for (V2Command c : commands()) {
            c.flags().forEach(f -> longNames.add(f.name()));
        }
        List<String> out = new ArrayList<>();
        boolean ended = false;
        for (String a : argv) {
            if (!ended && a.equals("--")) {
                ended = true;
            }
            if (!ended && a.length() > 2 && a.charAt(0) == '-' && a.charAt(1) != '-') {
                String name = a.substring(1, a.indexOf('=') < 0 ? a.length() : a.indexOf('='));
                if (longNames.contains(name) && name.length() > 1) {
                    out.add("-" + a);
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * Go's flag package stops at the first argument that is not a flag (the rest, {@code -x}
     * words included, are arguments), where the pflag-style parser goes on: a {@code --} is put
     * where Go's parsing would stop.
     */
    static List<String> flagsFirst(List<String> args, List<FlagSpec> specs) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("--") || a.length() < 2 || a.charAt(0) != '-') {
                break;
            }
            out.add(a);
            i++;
            String name = a.startsWith("--") ? a.substring(2) : a.substring(1);
            if (!name.contains("=")) {
                FlagSpec spec = specs.stream().filter(f -> f.name().equals(name)
                        || name.length() == 1 && f.hasShorthand() && f.shorthand() == name.charAt(0))
                        .findFirst().orElse(null);
                if (spec != null && spec.kind() != FlagSpec.Kind.BOOL && i < args.size()) {
                    out.add(args.get(i));
                    i++;
                }
            }
        }
        if (i < args.size()) {
            if (!args.get(i).equals("--")) {
                out.add("--");
            }
            out.addAll(args.subList(i, args.size()));
        }
        return out;
    }

    /** Go's flag package words an unknown flag {@code flag provided but not defined: -x}. */
    private static String goFlagMessage(FlagException e) {
        String m = e.getMessage();
        if (m.startsWith("unknown flag: --")) {
            return "flag provided but not defined: -" + m.substring("unknown flag: --".length());
        }
        if (m.startsWith("unknown shorthand flag: '")) {
            return "flag provided but not defined: -" + m.charAt("unknown shorthand flag: '".length());
        }
        return m;
    }

    private static String rootHelp() {
        StringBuilder sb = new StringBuilder("NAME:\n   etcdj - A simple command line client for etcd (v2 API).\n\n"
                + "USAGE:\n   etcdj [global options] command [command options] [arguments...]\n\nCOMMANDS:\n");
        for (V2Command c : commands()) {
            sb.append("   ").append(c.name()).append('\n');
        }
        sb.append("\nGLOBAL OPTIONS:\n");
        for (FlagSpec f : GLOBAL) {
            sb.append("   --").append(f.name()).append(f.hasShorthand() ? ", -" + f.shorthand() : "")
                    .append("  ").append(f.usage()).append('\n');
        }
        return sb.toString();
    }
}
