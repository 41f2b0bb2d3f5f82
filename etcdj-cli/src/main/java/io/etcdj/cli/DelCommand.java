package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.ParsedFlags;
import io.etcdj.kv.DeleteOptions;
import io.etcdj.kv.DeleteResponse;
import java.util.List;

/**
 * {@code del [options] <key> [range_end]}: deletes a key or a range, as etcdctl's {@code del}
 * (etcd's {@code DeleteRange} RPC), and prints how many keys were deleted.
 */
final class DelCommand implements Command {
    static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("prefix", "delete every key with the given prefix"),
            FlagSpec.bool("prev-kv", "return the deleted key-value pairs"),
            FlagSpec.bool("from-key", "delete every key greater than or equal to the given key"));

    /** A parsed delete. */
    record Request(byte[] key, DeleteOptions options) {
    }

    @Override
    public String name() {
        return "del";
    }

    @Override
    public String usage() {
        return "del [options] <key> [range_end]";
    }

    @Override
    public String summary() {
        return "Deletes a key or a range of keys [key, range_end)";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        Request r = request(ctx.flags(), ctx.args());
        ctx.requirePrintableFormat();
        DeleteResponse response = ctx.call(kv -> kv.delete(r.key(), r.options()));
        ctx.printer(false).del(response);
        return ExitCodes.SUCCESS;
    }

    /**
     * Checks a delete's arguments in etcdctl's order and builds the request.
     *
     * @param f the flags
     * @param args the arguments
     * @return the request
     * @throws CliExit exit 128 for bad arguments
     */
    static Request request(ParsedFlags f, List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "del command needs one argument as key and an optional argument as range_end");
        }
        boolean prefix = f.bool("prefix");
        boolean fromKey = f.bool("from-key");
        if (prefix && fromKey) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "`--prefix` and `--from-key` cannot be set at the same time, choose one");
        }
        DeleteOptions.Builder b = DeleteOptions.builder();
        if (args.size() > 1) {
            if (prefix || fromKey) {
                throw new CliExit(ExitCodes.BAD_ARGS,
                        "too many arguments, only accept one argument when `--prefix` or `--from-key` is set");
            }
            b.rangeEnd(GetCommand.bytes(args.get(1)));
        }
        if (prefix) {
            b.prefix();
        }
        if (fromKey) {
            b.fromKey();
        }
        if (f.bool("prev-kv")) {
            b.prevKv();
        }
        return new Request(GetCommand.bytes(args.get(0)), b.build());
    }
}
