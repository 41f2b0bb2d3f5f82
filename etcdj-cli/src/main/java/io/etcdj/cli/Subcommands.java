package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.Prefixes;
import java.util.List;
import java.util.Map;

/**
 * What etcdctl's commands with subcommands ({@code member}, {@code endpoint}, {@code alarm}) do
 * around them: a subcommand may be given by a prefix of its name, as etcdctl's prefix matching
 * allows ({@code member li}); without a known subcommand (or with an ambiguous prefix) they print
 * their help and succeed; a flag that
 * belongs to another subcommand is an unknown flag (exit 1, the error printed before and after
 * the usage, as etcdctl prints flag errors). The help texts are etcdj's own.
 */
final class Subcommands {
    private Subcommands() {
    }

    /**
     * Prints the command's help when there is no known subcommand.
     *
     * @param ctx the running command
     * @param command the command
     * @param known its subcommands
     * @return true when the help was printed (the command is done, exit 0)
     */
    static boolean helpIfNone(CommandContext ctx, Command command, List<String> known) {
        if (!ctx.args().isEmpty()) {
            String sub = Prefixes.resolve(ctx.args().get(0), known);
            if (known.contains(sub)) {
                ctx.flags().setArg(0, sub);
                return false;
            }
        }
        ctx.out().print("NAME:\n\t" + command.name() + " - " + command.summary() + "\n\nUSAGE:\n\tetcdj "
                + command.name() + " <subcommand> [flags]\n\nSUBCOMMANDS:\n\t" + String.join(", ", known)
                + "\n\nRun 'etcdj " + command.name() + " --help' for the subcommands' options.\n");
        return true;
    }

    /**
     * Rejects a flag given to a subcommand that does not have it.
     *
     * @param ctx the running command
     * @param command the command
     * @param ownFlags each subcommand's flags (long names), of those the command declares
     * @throws CliExit exit 1 for a flag of another subcommand
     */
    static void checkFlags(CommandContext ctx, Command command, Map<String, List<String>> ownFlags) {
        String sub = ctx.args().get(0);
        List<String> allowed = ownFlags.getOrDefault(sub, List.of());
        for (var spec : command.flags()) {
            if (!allowed.contains(spec.name()) && ctx.flags().changed(spec.name())) {
                String message = "unknown flag: --" + spec.name();
                ctx.err().println("Error: " + message);
                ctx.out().print("Usage:\n\tetcdj " + command.name() + " " + sub + " [flags]\n");
                ctx.out().println("");
                ctx.err().println("");
                throw new CliExit(ExitCodes.ERROR, message);
            }
        }
    }
}
