package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GoText;
import io.etcdj.cli.internal.ParsedFlags;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.SortOrder;
import io.etcdj.kv.SortTarget;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code get [options] <key> [range_end]}: reads a key or a range, as etcdctl's {@code get}
 * (etcd's {@code Range} RPC). Beyond etcdctl 3.4's flags it has etcdctl 3.5's
 * {@code --count-only} and {@code --min/max-create-rev}, {@code --min/max-mod-rev}.
 */
final class GetCommand implements Command {
    static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.string("consistency", "l", "linearizable (l) or serializable (s) read"),
            FlagSpec.string("order", "", "sort direction: ASCEND or DESCEND"),
            FlagSpec.string("sort-by", "", "sort by CREATE, KEY, MODIFY, VALUE or VERSION"),
            FlagSpec.int64("limit", 0, "most keys to return, 0 for no limit"),
            FlagSpec.bool("prefix", "read every key with the given prefix"),
            FlagSpec.bool("from-key", "read every key greater than or equal to the given key"),
            FlagSpec.int64("rev", 0, "revision to read at, 0 for the latest"),
            FlagSpec.bool("keys-only", "return keys without values"),
            FlagSpec.bool("count-only", "return only the number of keys (fields format)"),
            FlagSpec.bool("print-value-only", "write only the values (simple format)"),
            FlagSpec.int64("min-create-rev", 0, "only keys created at or after this revision"),
            FlagSpec.int64("max-create-rev", 0, "only keys created at or before this revision"),
            FlagSpec.int64("min-mod-rev", 0, "only keys modified at or after this revision"),
            FlagSpec.int64("max-mod-rev", 0, "only keys modified at or before this revision"));

    /** A parsed get: the key to send and the read options. */
    record Request(byte[] key, GetOptions options) {
    }

    @Override
    public String name() {
        return "get";
    }

    @Override
    public String usage() {
        return "get [options] <key> [range_end]";
    }

    @Override
    public String summary() {
        return "Reads a key or a range of keys";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        ParsedFlags f = ctx.flags();
        Request request = request(f, ctx.args());
        ctx.requirePrintableFormat();
        GetResponse response = ctx.call(kv -> kv.get(request.key(), request.options()));
        if (f.bool("count-only") && !ctx.format("fields")) {
            throw new CliExit(ExitCodes.BAD_ARGS, "--count-only is only for `--write-out=fields`");
        }
        boolean valueOnly = f.bool("print-value-only");
        if (valueOnly && !ctx.format("simple")) {
            throw new CliExit(ExitCodes.BAD_ARGS, "print-value-only is only for `--write-out=simple`");
        }
        ctx.printer(valueOnly).get(response);
        return ExitCodes.SUCCESS;
    }

    /**
     * Checks a get's arguments and flags in etcdctl's order and builds the request.
     *
     * @param f the flags
     * @param args the arguments
     * @return the request
     * @throws CliExit exit 128 for bad arguments, 4 for a bad consistency or sort value
     */
    static Request request(ParsedFlags f, List<String> args) {
        if (args.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "get command needs one argument as key and an optional argument as range_end");
        }
        boolean prefix = f.bool("prefix");
        boolean fromKey = f.bool("from-key");
        if (prefix && fromKey) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "`--prefix` and `--from-key` cannot be set at the same time, choose one");
        }
        if (f.bool("keys-only") && f.bool("count-only")) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "`--keys-only` and `--count-only` cannot be set at the same time, choose one");
        }
        GetOptions.Builder b = GetOptions.builder();
        String consistency = f.string("consistency");
        if (consistency.equals("s")) {
            b.serializable();
        } else if (!consistency.equals("l")) {
            throw new CliExit(ExitCodes.BAD_FEATURE, "unknown consistency flag " + GoText.quote(consistency));
        }
        byte[] key = bytes(args.get(0));
        if (args.size() > 1) {
            if (prefix || fromKey) {
                throw new CliExit(ExitCodes.BAD_ARGS,
                        "too many arguments, only accept one argument when `--prefix` or `--from-key` is set");
            }
            b.rangeEnd(bytes(args.get(1)));
        }
        b.limit(Math.max(0, f.int64("limit")));
        if (f.int64("rev") > 0) {
            b.revision(f.int64("rev"));
        }
        SortOrder order = switch (f.string("order").toUpperCase(Locale.ROOT)) {
            case "ASCEND" -> SortOrder.ASCEND;
            case "DESCEND" -> SortOrder.DESCEND;
            case "" -> SortOrder.NONE;
            default -> throw new CliExit(ExitCodes.BAD_FEATURE, "bad sort order " + f.string("order"));
        };
        SortTarget target = switch (f.string("sort-by").toUpperCase(Locale.ROOT)) {
            case "CREATE" -> SortTarget.CREATE;
            case "KEY", "" -> SortTarget.KEY;
            case "MODIFY" -> SortTarget.MOD;
            case "VALUE" -> SortTarget.VALUE;
            case "VERSION" -> SortTarget.VERSION;
            default -> throw new CliExit(ExitCodes.BAD_FEATURE, "bad sort target " + f.string("sort-by"));
        };
        if (target == SortTarget.KEY && order == SortOrder.ASCEND) {
            // etcd returns keys in ascending key order anyway; Go's client sends no sort then
            order = SortOrder.NONE;
        }
        b.sort(target, order);
        if (prefix) {
            b.prefix();
        }
        if (fromKey) {
            b.fromKey();
        }
        if (f.bool("keys-only")) {
            b.keysOnly();
        }
        if (f.bool("count-only")) {
            b.countOnly();
        }
        b.minCreateRevision(Math.max(0, f.int64("min-create-rev")));
        b.maxCreateRevision(Math.max(0, f.int64("max-create-rev")));
        b.minModRevision(Math.max(0, f.int64("min-mod-rev")));
        b.maxModRevision(Math.max(0, f.int64("max-mod-rev")));
        return new Request(key, b.build());
    }

    static byte[] bytes(String arg) {
        return arg.getBytes(StandardCharsets.UTF_8);
    }
}
