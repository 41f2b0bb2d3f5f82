package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import java.util.List;

/**
 * {@code defrag [--cluster]}: defragments each endpoint's member in turn, as etcdctl's
 * {@code defrag} (etcd's {@code Maintenance.Defragment}, pinned to the endpoint). Each request
 * has the command timeout ({@code --command-timeout}, 5 s by default): raise it for large
 * databases. Defragmenting a data directory offline ({@code --data-dir}) is not supported.
 */
final class DefragCommand implements Command {
    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("cluster", "use all endpoints from the cluster member list"),
            FlagSpec.string("data-dir", "", "not supported by etcdj (defragments a data directory not in use by etcd)"));

    @Override
    public String name() {
        return "defrag";
    }

    @Override
    public String usage() {
        return "defrag [options]";
    }

    @Override
    public String summary() {
        return "Defragments the storage of the etcd members with given endpoints";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        String dataDir = ctx.flags().string("data-dir");
        if (!dataDir.isEmpty()) {
            ctx.err().println("Failed to defragment etcd data[" + dataDir + "] (defragmenting a data directory "
                    + "is not supported by etcdj; use etcdctl)");
            return ExitCodes.ERROR;
        }
        int failures = 0;
        for (String ep : ClusterEndpoints.of(ctx)) {
            try {
                ctx.callClient(c -> c.maintenance().defragment(ep));
                ctx.out().println("Finished defragmenting etcd member[" + ep + "]");
            } catch (CliExit e) {
                ctx.err().println("Failed to defragment etcd member[" + ep + "] (" + e.getMessage() + ")");
                failures++;
            }
        }
        return failures == 0 ? ExitCodes.SUCCESS : ExitCodes.ERROR;
    }
}
