package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.EndpointPrinter;
import io.etcdj.cli.internal.ErrorMessages;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.GoFormat;
import io.etcdj.exception.EtcdException;
import io.etcdj.maintenance.EndpointHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code endpoint status|health|hashkv [--cluster]}: etcdctl's per-endpoint commands over
 * etcdj's maintenance facet, each call pinned to one endpoint. A failed endpoint is reported and
 * the others still printed; the exit code is then 1, as etcdctl's.
 */
final class EndpointCommand implements Command {
    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("cluster", "use all endpoints from the cluster member list"),
            FlagSpec.int64("rev", 0, "hashkv: maximum revision to hash (default: all revisions)"));

    @Override
    public String name() {
        return "endpoint";
    }

    @Override
    public String usage() {
        return "endpoint <status|health|hashkv> [options]";
    }

    @Override
    public String summary() {
        return "Endpoint related commands";
    }

    @Override
    public String description() {
        return "status: prints the status of each endpoint (endpoint, ID, version, db size, is leader, is learner,\n"
                + "\traft term, raft index, raft applied index, errors)\n"
                + "health: checks the healthiness of each endpoint\n"
                + "hashkv: prints the KV history hash of each endpoint";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        if (Subcommands.helpIfNone(ctx, this, List.of("health", "status", "hashkv"))) {
            return ExitCodes.SUCCESS;
        }
        Subcommands.checkFlags(ctx, this, Map.of("health", List.of("cluster"), "status", List.of("cluster"),
                "hashkv", List.of("cluster", "rev")));
        ctx.requirePrintableFormat();
        EndpointPrinter printer = new EndpointPrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out(), ctx.err());
        switch (ctx.args().get(0)) {
            case "status" -> {
                return status(ctx, printer);
            }
            case "hashkv" -> {
                return hashKv(ctx, printer);
            }
            case "health" -> {
                return health(ctx, printer);
            }
            default -> throw new IllegalStateException(ctx.args().get(0));
        }
    }

    private static int status(CommandContext ctx, EndpointPrinter printer) {
        List<EndpointPrinter.Status> list = new ArrayList<>();
        boolean failed = false;
        for (String ep : ClusterEndpoints.of(ctx)) {
            try {
                list.add(new EndpointPrinter.Status(ep, ctx.callClient(c -> c.maintenance().status(ep))));
            } catch (CliExit e) {
                failed = true;
                ctx.err().println("Failed to get the status of endpoint " + ep + " (" + e.getMessage() + ")");
            }
        }
        printer.status(list);
        return failed ? ExitCodes.ERROR : ExitCodes.SUCCESS;
    }

    private static int hashKv(CommandContext ctx, EndpointPrinter printer) {
        long rev = ctx.flags().int64("rev");
        List<EndpointPrinter.Hash> list = new ArrayList<>();
        String failure = null;
        for (String ep : ClusterEndpoints.of(ctx)) {
            try {
                list.add(new EndpointPrinter.Hash(ep, ctx.callClient(c -> c.maintenance().hashKv(ep, Math.max(rev, 0)))));
            } catch (CliExit e) {
                failure = e.getMessage();
                ctx.err().println("Failed to get the hash of endpoint " + ep + " (" + e.getMessage() + ")");
            }
        }
        printer.hashKv(list);
        if (failure != null) {
            throw new CliExit(ExitCodes.ERROR, failure);
        }
        return ExitCodes.SUCCESS;
    }

    private static int health(CommandContext ctx, EndpointPrinter printer) {
        List<EndpointPrinter.Health> list = new ArrayList<>();
        boolean unhealthy = false;
        for (String ep : ClusterEndpoints.of(ctx)) {
            EndpointPrinter.Health line;
            try {
                EndpointHealth h = ctx.callClient(c -> c.maintenance().health(ep));
                String error = h.failure().map(EtcdException.class::cast).map(ErrorMessages::of).orElse("");
                line = new EndpointPrinter.Health(ep, h.isHealthy(), GoFormat.duration(h.took()), error);
            } catch (CliExit e) {
                line = new EndpointPrinter.Health(ep, false, "", e.getMessage());
            }
            unhealthy |= !line.error().isEmpty();
            list.add(line);
        }
        printer.health(list);
        if (unhealthy) {
            throw new CliExit(ExitCodes.ERROR, "unhealthy cluster");
        }
        return ExitCodes.SUCCESS;
    }
}
