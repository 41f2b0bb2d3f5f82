package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GoText;
import io.etcdj.cli.internal.ParsedFlags;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.PutResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code put [options] <key> [value]}: writes a key, as etcdctl's {@code put} (etcd's {@code Put}
 * RPC). Without a value argument the value is all of standard input, byte for byte.
 */
final class PutCommand implements Command {
    static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.string("lease", "0", "lease ID (in hexadecimal) to attach the key to"),
            FlagSpec.bool("prev-kv", "return the key-value pair before the put"),
            FlagSpec.bool("ignore-value", "keep the key's current value"),
            FlagSpec.bool("ignore-lease", "keep the key's current lease"));

    private static final String NEEDS_ARGS = "put command needs 1 argument and input from stdin or 2 arguments";

    /** A parsed put. */
    record Request(byte[] key, byte[] value, PutOptions options) {
    }

    @Override
    public String name() {
        return "put";
    }

    @Override
    public String usage() {
        return "put [options] <key> <value>  (<value> can also come from standard input)";
    }

    @Override
    public String summary() {
        return "Writes a key";
    }

    @Override
    public String description() {
        return "Writes the value to the key. Without a value argument, and without --ignore-value,\n"
                + "the value is everything read from standard input. A value that starts with '-'\n"
                + "must follow '--', as in: put -- <key> <value>";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        Request r = request(ctx.flags(), ctx.args(), ctx.in());
        ctx.requirePrintableFormat();
        PutResponse response = ctx.call(kv -> kv.put(r.key(), r.value(), r.options()));
        ctx.printer(false).put(response);
        return ExitCodes.SUCCESS;
    }

    /**
     * Checks a put's arguments in etcdctl's order and builds the request.
     *
     * @param f the flags
     * @param args the arguments
     * @param stdin where the value comes from when it is not an argument, or null for none
     * @return the request
     * @throws CliExit exit 128 for bad arguments or a bad lease id
     */
    static Request request(ParsedFlags f, List<String> args, InputStream stdin) {
        if (args.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, NEEDS_ARGS);
        }
        boolean ignoreValue = f.bool("ignore-value");
        if (ignoreValue && args.size() > 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "put command needs only 1 argument when 'ignore-value' is set");
        }
        byte[] value = new byte[0];
        if (!ignoreValue) {
            if (args.size() > 1) {
                value = GetCommand.bytes(args.get(1));
            } else {
                value = readAll(stdin);
                if (value.length == 0) {
                    throw new CliExit(ExitCodes.BAD_ARGS, NEEDS_ARGS);
                }
            }
        }
        long lease;
        try {
            lease = GoText.parseInt(f.string("lease"), 16);
        } catch (IllegalArgumentException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, "bad lease ID (" + e.getMessage() + "), expecting ID in Hex");
        }
        PutOptions.Builder options = PutOptions.builder().leaseId(lease);
        if (f.bool("prev-kv")) {
            options.prevKv();
        }
        if (ignoreValue) {
            options.ignoreValue();
        }
        if (f.bool("ignore-lease")) {
            options.ignoreLease();
        }
        return new Request(GetCommand.bytes(args.get(0)), value, options.build());
    }

    private static byte[] readAll(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
