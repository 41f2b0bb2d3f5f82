package io.etcdj.cli.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the command in a command line, parses its flags and runs it, reporting errors with
 * etcdctl's words and exit codes: a flag error prints {@code Error: ...} on standard error, the
 * command's usage on standard output and {@code Error: ...} again (exit 1), as etcdctl does; an
 * unknown command suggests similar names; a failed command prints {@code Error: ...} once.
 */
public final class Dispatcher {
    /**
     * etcdctl 3.4.23's commands in the order it registers them (Debian's build adds
     * {@code completion}), which is the order of its suggestions. A command prefix runs a command
     * only when it is the prefix of one name among these and etcdj's own, as etcdctl's
     * {@code cobra.EnablePrefixMatching}; a prefix of a command etcdj lacks is unknown.
     */
    static final List<String> ETCDCTL_COMMANDS = List.of("get", "put", "del", "txn", "compaction", "alarm", "defrag",
            "endpoint", "move-leader", "watch", "version", "lease", "member", "snapshot", "make-mirror", "migrate", "lock",
            "elect", "auth", "user", "role", "check", "help", "completion");

    private final String program;
    private final List<Command> commands;

    /**
     * @param program the program name used in help and error texts
     * @param commands the commands, in the order the help lists them
     */
    public Dispatcher(String program, List<Command> commands) {
        this.program = program;
        this.commands = List.copyOf(commands);
    }

    /**
     * Runs one command line. Never calls {@code System.exit}.
     *
     * @param argv the arguments after the program name
     * @param in standard input
     * @param stdout standard output (flushed, not closed)
     * @param stderr standard error (flushed, not closed)
     * @param env the environment variables
     * @return the exit code
     */
    public int run(String[] argv, InputStream in, OutputStream stdout, OutputStream stderr, Map<String, String> env) {
        Out out = new Out(stdout);
        Out err = new Out(stderr);
        try {
            return dispatch(Arrays.asList(argv), in, out, err, env);
        } catch (CliExit e) {
            if (e.getMessage() != null) {
                err.println("Error: " + e.getMessage());
            }
            return e.code();
        } catch (UncheckedIOException e) {
            err.println("Error: " + e.getCause().getMessage());
            return ExitCodes.IO;
        } catch (RuntimeException e) {
            err.println("Error: " + e);
            return ExitCodes.ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(List<String> args, InputStream in, Out out, Out err, Map<String, String> env) {
        List<FlagSpec> rootSpecs = new ArrayList<>(GlobalFlags.ALL);
        rootSpecs.add(GlobalFlags.HELP_FLAG);
        FlagSet rootFlags = new FlagSet(rootSpecs);
        int index = rootFlags.findCommand(args);
        if (index < 0) {
            return runRoot(rootFlags, args, out, err);
        }
        String typed = args.get(index);
        String name = resolve(typed);
        List<String> rest = new ArrayList<>(args);
        rest.remove(index);
        if (name.equals("help")) {
            return help(rest, out, err);
        }
        Command command = find(name);
        if (command == null) {
            throw unknownCommand(typed, err);
        }
        List<FlagSpec> specs = new ArrayList<>(GlobalFlags.ALL);
        specs.addAll(command.flags());
        specs.add(GlobalFlags.HELP_FLAG);
        ParsedFlags flags;
        try {
            flags = new FlagSet(specs).parse(rest);
        } catch (FlagException e) {
            return flagError(e, HelpText.command(program, command), out, err);
        }
        if (flags.bool(GlobalFlags.HELP)) {
            out.print(HelpText.command(program, command));
            return ExitCodes.SUCCESS;
        }
        try (CommandContext ctx = new CommandContext(in, out, err, env, flags)) {
            ctx.commandName(command.name());
            return command.run(ctx);
        }
    }

    private int runRoot(FlagSet rootFlags, List<String> args, Out out, Out err) {
        ParsedFlags flags;
        try {
            flags = rootFlags.parse(args);
        } catch (FlagException e) {
            return flagError(e, HelpText.root(program, commands), out, err);
        }
        for (String arg : flags.args()) {
            if (!arg.isEmpty()) {
                throw unknownCommand(arg, err);
            }
        }
        out.print(HelpText.root(program, commands));
        return ExitCodes.SUCCESS;
    }

    private int help(List<String> rest, Out out, Out err) {
        for (String word : rest) {
            if (!word.isEmpty() && !word.startsWith("-")) {
                Command c = find(resolve(word));
                if (c == null) {
                    err.println("Unknown help topic " + GoText.quote(word) + ".");
                    out.print(HelpText.root(program, commands));
                    return ExitCodes.SUCCESS;
                }
                out.print(HelpText.command(program, c));
                return ExitCodes.SUCCESS;
            }
        }
        out.print(HelpText.root(program, commands));
        return ExitCodes.SUCCESS;
    }

    private int flagError(FlagException e, String usage, Out out, Out err) {
        err.println("Error: " + e.getMessage());
        out.print(usage);
        out.println("");
        err.println("");
        err.println("Error: " + e.getMessage());
        return ExitCodes.ERROR;
    }

    private Command find(String name) {
        for (Command c : commands) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** All command names etcdctl or etcdj knows: etcdctl's in its order, then etcdj's own. */
    private List<String> allNames() {
        List<String> names = new ArrayList<>(ETCDCTL_COMMANDS);
        for (Command c : commands) {
            if (!names.contains(c.name())) {
                names.add(c.name());
            }
        }
        return names;
    }

    /**
     * @param typed a command name as typed
     * @return the command it names: itself when it is a name, or the one name it is a prefix of
     *     (etcdctl's or etcdj's); otherwise itself (unknown, or ambiguous)
     */
    String resolve(String typed) {
        return Prefixes.resolve(typed, allNames());
    }

    private CliExit unknownCommand(String name, Out err) {
        String message = "unknown command " + GoText.quote(name) + " for " + GoText.quote(program)
                + suggestions(name);
        err.println("Error: " + message);
        err.println("Run '" + program + " --help' for usage.");
        return new CliExit(ExitCodes.ERROR, message);
    }

    /**
     * cobra's suggestions: the commands within a Levenshtein distance of 2 (ignoring case) or
     * starting with the typed text, in etcdctl's order, then etcdj's own commands.
     */
    private String suggestions(String typed) {
        List<String> names = new ArrayList<>();
        for (String n : allNames()) {
            if (!n.equals("help") && find(n) != null) {
                names.add(n);
            }
        }
        StringBuilder sb = new StringBuilder();
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (levenshtein(lower, n.toLowerCase(Locale.ROOT)) <= 2 || n.toLowerCase(Locale.ROOT).startsWith(lower)) {
                sb.append('\t').append(n).append('\n');
            }
        }
        return sb.length() == 0 ? "" : "\n\nDid you mean this?\n" + sb;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
