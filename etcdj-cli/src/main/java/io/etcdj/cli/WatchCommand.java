package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GoText;
import java.util.List;

/**
 * {@code watch [options] [key or prefix] [range_end] [--] [exec-command arg1 arg2 ...]}: prints
 * the events on a key, a range or a prefix as they happen, as etcdctl 3.4's {@code watch} (etcd's
 * {@code Watch} RPC), until interrupted or until etcd cancels the watch (then exit 5 with
 * {@code watch is canceled by the server}). A command after {@code --} runs for each event
 * ({@link WatchExec}). With {@code -i} it reads {@code watch ...} and {@code progress} lines from
 * standard input until it ends (then exit 3, as etcdctl). Beyond etcdctl 3.4's flags it has
 * etcdctl 3.5's {@code --progress-notify}.
 */
final class WatchCommand implements Command {
    static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("interactive", "read watch and progress requests from standard input").withShorthand('i'),
            FlagSpec.bool("prefix", "watch every key with the given prefix"),
            FlagSpec.int64("rev", 0, "revision to start watching from, 0 for now"),
            FlagSpec.bool("prev-kv", "print the key-value as it was before each event"),
            FlagSpec.bool("progress-notify", "ask etcd for periodic progress notifications (etcdctl 3.5)"));

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String usage() {
        return "watch [options] [key or prefix] [range_end] [--] [exec-command arg1 arg2 ...]";
    }

    @Override
    public String summary() {
        return "Watches events stream on keys or prefixes";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        String envKey = ctx.env().getOrDefault("ETCDCTL_WATCH_KEY", "");
        String envRange = ctx.env().getOrDefault("ETCDCTL_WATCH_RANGE_END", "");
        if (envKey.isEmpty() && !envRange.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "ETCDCTL_WATCH_KEY is empty but got ETCDCTL_WATCH_RANGE_END=" + GoText.quote(envRange));
        }
        if (ctx.flags().bool("interactive")) {
            ctx.requirePrintableFormat();
            return new WatchSession(ctx).interactive(envKey, envRange);
        }
        WatchArgs watch = WatchArgs.commandLine(ctx.flags(), envKey, envRange);
        ctx.requirePrintableFormat();
        String problem = watch.problem();
        if (problem != null) {
            throw new CliExit(ExitCodes.BAD_ARGS, problem);
        }
        WatchSession session = new WatchSession(ctx);
        session.start(watch, true);
        return session.await();
    }
}
