package io.etcdj.cli;

import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * {@code version}: prints etcdctl's two version lines, naming the etcdctl release whose behaviour
 * etcdj's command line follows and etcdj's own version.
 */
final class VersionCommand implements Command {
    /** The etcdctl release whose output and exit codes this command line reproduces. */
    static final String ETCDCTL_COMPATIBLE = "3.4.23";

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String usage() {
        return "version";
    }

    @Override
    public String summary() {
        return "Prints the version of etcdj's command line";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(CommandContext ctx) {
        ctx.out().println("etcdctl version: " + ETCDCTL_COMPATIBLE + " (etcdj " + etcdjVersion() + ")");
        ctx.out().println("API version: 3.4");
        return ExitCodes.SUCCESS;
    }

    /** @return etcdj's version, from the build, or {@code dev} when run from unpackaged classes */
    static String etcdjVersion() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isEmpty() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "dev";
    }
}
