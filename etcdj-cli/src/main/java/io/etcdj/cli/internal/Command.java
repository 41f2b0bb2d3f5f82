package io.etcdj.cli.internal;

import java.util.List;

/** One subcommand of the command line, such as {@code get} or {@code txn}. */
public interface Command {
    /** @return the name typed on the command line */
    String name();

    /** @return the usage line after the program name, such as {@code get [options] <key> [range_end]} */
    String usage();

    /** @return a one-line summary for the help text */
    String summary();

    /** @return a longer description for the command's help text, or "" */
    default String description() {
        return "";
    }

    /** @return the command's own flags (the global flags are added by the dispatcher) */
    List<FlagSpec> flags();

    /**
     * Runs the command. Errors end it with {@link CliExit}; the command never exits the JVM.
     *
     * @param ctx the parsed command line, the standard streams, the environment and the client
     * @return the exit code
     */
    int run(CommandContext ctx);
}
