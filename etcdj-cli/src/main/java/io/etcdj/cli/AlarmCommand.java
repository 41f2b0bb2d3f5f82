package io.etcdj.cli;

import io.etcdj.cli.internal.AlarmPrinter;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.maintenance.AlarmResponse;
import java.util.List;

/**
 * {@code alarm list|disarm}: lists the cluster's alarms, or disarms every one of them (listed,
 * then disarmed one by one), as etcdctl's {@code alarm} commands over etcd's
 * {@code Maintenance.Alarm}.
 */
final class AlarmCommand implements Command {
    @Override
    public String name() {
        return "alarm";
    }

    @Override
    public String usage() {
        return "alarm <list|disarm>";
    }

    @Override
    public String summary() {
        return "Alarm related commands";
    }

    @Override
    public String description() {
        return "list: lists all alarms\ndisarm: disarms all alarms";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(CommandContext ctx) {
        if (Subcommands.helpIfNone(ctx, this, List.of("disarm", "list"))) {
            return ExitCodes.SUCCESS;
        }
        String sub = ctx.args().get(0);
        if (ctx.args().size() > 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "alarm " + sub + " command accepts no arguments");
        }
        ctx.requirePrintableFormat();
        AlarmResponse r = ctx.callClient(c -> sub.equals("list") ? c.maintenance().alarmList()
                : c.maintenance().alarmDisarmAll());
        if (sub.equals("disarm")) {
            // etcdctl's disarm-all answer is assembled on the client and has no header
            r = new AlarmResponse(new io.etcdj.ResponseHeader(0, 0, 0, 0), r.alarms());
        }
        new AlarmPrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out()).alarms(r);
        return ExitCodes.SUCCESS;
    }
}
