package io.etcdj.cli;

import io.etcdj.cli.internal.AlarmPrinter;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.GoFormat;
import io.etcdj.maintenance.MoveLeaderResponse;
import io.etcdj.maintenance.StatusResponse;
import java.util.List;

/**
 * {@code move-leader <memberID>}: transfers the raft leadership to another member, as etcdctl's
 * {@code move-leader}: asks each endpoint's status to find the leader among them (which must be
 * one of {@code --endpoints}), then sends etcd's {@code Maintenance.MoveLeader} to it.
 */
final class MoveLeaderCommand implements Command {
    @Override
    public String name() {
        return "move-leader";
    }

    @Override
    public String usage() {
        return "move-leader <transferee-member-id>";
    }

    @Override
    public String summary() {
        return "Transfers leadership to another etcd cluster member.";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(CommandContext ctx) {
        if (ctx.args().size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "move-leader command needs 1 argument");
        }
        long target;
        try {
            target = GoFormat.parseHexUint64(ctx.args().get(0));
        } catch (IllegalArgumentException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, e.getMessage());
        }
        ctx.requirePrintableFormat();
        List<String> endpoints = ctx.flags().list(GlobalFlags.ENDPOINTS);
        long leader = 0;
        for (String ep : endpoints) {
            StatusResponse s = ctx.callClient(c -> c.maintenance().status(ep));
            if (s.header().memberId() == s.leader()) {
                leader = s.leader();
                break;
            }
        }
        if (leader == 0) {
            throw new CliExit(ExitCodes.BAD_ARGS, "no leader endpoint given at [" + String.join(" ", endpoints) + "]");
        }
        MoveLeaderResponse r = ctx.callClient(c -> c.maintenance().moveLeader(target));
        new AlarmPrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out()).moveLeader(leader, target, r);
        return ExitCodes.SUCCESS;
    }
}
