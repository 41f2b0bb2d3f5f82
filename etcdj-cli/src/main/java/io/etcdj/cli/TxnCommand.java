package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagException;
import io.etcdj.cli.internal.FlagSet;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.ParsedFlags;
import io.etcdj.cli.internal.TxnSyntax;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.Op;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code txn [-i]}: reads a transaction from standard input in etcdctl's format and runs it
 * (etcd's {@code Txn} RPC): compares, a blank line, the requests to run when all compares hold,
 * a blank line, the requests to run otherwise, a blank line. With {@code -i} it prompts before
 * each part, as etcdctl does.
 */
final class TxnCommand implements Command {
    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("interactive", "prompt for each part of the transaction").withShorthand('i'));

    @Override
    public String name() {
        return "txn";
    }

    @Override
    public String usage() {
        return "txn [options]";
    }

    @Override
    public String summary() {
        return "Runs compares and requests from standard input as one transaction";
    }

    @Override
    public String description() {
        return "Reads from standard input, one per line:\n"
                + "  compares, such as  mod(\"key1\") > \"0\"  or  value(\"key2\") = \"v\"   (then a blank line)\n"
                + "  requests to run when every compare holds: get, put or del command lines (then a blank line)\n"
                + "  requests to run otherwise (then a blank line)\n"
                + "Compare targets: ver/version, c/create, m/mod, val/value, lease; operators: = != > <";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        if (!ctx.args().isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, "txn command does not accept argument");
        }
        ctx.requirePrintableFormat();
        boolean interactive = ctx.flags().bool("interactive");
        InputStream in = ctx.in();
        prompt(ctx, interactive, "compares:");
        List<Cmp> compares = new ArrayList<>();
        for (String line = next(in); !line.isEmpty(); line = next(in)) {
            compares.add(TxnSyntax.parseCompare(line));
        }
        prompt(ctx, interactive, "success requests (get, put, del):");
        List<Op> success = readOps(in);
        prompt(ctx, interactive, "failure requests (get, put, del):");
        List<Op> failure = readOps(in);
        Txn txn = Txn.builder()
                .when(compares.toArray(new Cmp[0]))
                .then(success.toArray(new Op[0]))
                .otherwise(failure.toArray(new Op[0]))
                .build();
        TxnResponse response = ctx.call(kv -> kv.txn(txn));
        ctx.printer(false).txn(response);
        return ExitCodes.SUCCESS;
    }

    private static void prompt(CommandContext ctx, boolean interactive, String text) {
        if (interactive) {
            ctx.out().println(text);
            ctx.out().flush();
        }
    }

    private static String next(InputStream in) {
        return TxnSyntax.trimSpace(TxnSyntax.readLine(in));
    }

    private static List<Op> readOps(InputStream in) {
        List<Op> ops = new ArrayList<>();
        for (String line = next(in); !line.isEmpty(); line = next(in)) {
            ops.add(parseOp(line));
        }
        return ops;
    }

    /**
     * Parses one request line ({@code get ...}, {@code put ...}, {@code del ...}) with the flags
     * of the command it names.
     *
     * @param line the trimmed line
     * @return the operation
     * @throws CliExit exit 3 for a line that is not a request; the named command's own exit codes
     *     for bad arguments
     */
    static Op parseOp(String line) {
        List<String> words = TxnSyntax.argify(line);
        if (words.size() < 2) {
            throw new CliExit(ExitCodes.INVALID_INPUT, "invalid txn compare request: " + line);
        }
        List<FlagSpec> specs = new ArrayList<>(switch (words.get(0)) {
            case "get" -> GetCommand.FLAGS;
            case "put" -> PutCommand.FLAGS;
            case "del" -> DelCommand.FLAGS;
            default -> throw invalidRequest(line);
        });
        specs.add(GlobalFlags.HELP_FLAG);
        ParsedFlags f;
        try {
            f = new FlagSet(specs).parse(words.subList(1, words.size()));
        } catch (FlagException e) {
            throw invalidRequest(line);
        }
        if (f.bool(GlobalFlags.HELP)) {
            throw invalidRequest(line);
        }
        switch (words.get(0)) {
            case "get": {
                GetCommand.Request r = GetCommand.request(f, f.args());
                return Op.get(r.key(), r.options());
            }
            case "put": {
                PutCommand.Request r = PutCommand.request(f, f.args(), null);
                return Op.put(r.key(), r.value(), r.options());
            }
            default: {
                DelCommand.Request r = DelCommand.request(f, f.args());
                return Op.delete(r.key(), r.options());
            }
        }
    }

    private static CliExit invalidRequest(String line) {
        return new CliExit(ExitCodes.INVALID_INPUT, "invalid txn request: " + line);
    }
}
