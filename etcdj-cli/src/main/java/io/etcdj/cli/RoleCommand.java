package io.etcdj.cli;

import io.etcdj.auth.AuthResponse;
import io.etcdj.auth.Permission;
import io.etcdj.auth.RoleResponse;
import io.etcdj.cli.internal.AuthPrinter;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.kv.RangeEnd;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code role add|get|list|delete|grant-permission|revoke-permission}: etcdctl 3.4's role commands
 * over the auth facet, with its flags ({@code --prefix}, {@code --from-key}), key ranges, output
 * and exit codes.
 *
 * <p>A permission covers {@code key} alone, {@code [key, endkey)}, the keys with prefix
 * {@code key} ({@code --prefix}) or every key from {@code key} on ({@code --from-key}, sent as the
 * range end {@code "\0"}). An empty key stands for the key {@code "\0"}; with {@code --prefix} or
 * {@code --from-key} it covers the whole key space.
 */
final class RoleCommand implements Command {
    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("prefix", "grant-permission/revoke-permission: a permission on a key prefix"),
            FlagSpec.bool("from-key", "grant-permission/revoke-permission: a permission on every key from the given key on"));

    @Override
    public String name() {
        return "role";
    }

    @Override
    public String usage() {
        return "role <add|get|list|delete|grant-permission|revoke-permission> [options] [arguments]";
    }

    @Override
    public String summary() {
        return "Role related commands";
    }

    @Override
    public String description() {
        return "add <role name>: adds a role\n"
                + "get <role name>: the role's permissions\n"
                + "list: lists all roles\n"
                + "delete <role name>: deletes a role\n"
                + "grant-permission [--prefix|--from-key] <role name> <read|write|readwrite> <key> [endkey]: grants a permission\n"
                + "revoke-permission [--prefix|--from-key] <role name> <key> [endkey]: revokes a permission";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        List<String> known = List.of("add", "delete", "get", "grant-permission", "list", "revoke-permission");
        if (Subcommands.helpIfNone(ctx, this, known)) {
            return ExitCodes.SUCCESS;
        }
        Subcommands.checkFlags(ctx, this, Map.of("grant-permission", List.of("prefix", "from-key"),
                "revoke-permission", List.of("prefix", "from-key")));
        String sub = ctx.args().get(0);
        List<String> args = ctx.args().subList(1, ctx.args().size());
        AuthPrinter printer = new AuthPrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out());
        switch (sub) {
            case "add" -> {
                String role = one(args, "role add command requires role name as its argument");
                ctx.connect();
                AuthResponse r = ctx.callClient(c -> c.auth().roleAdd(role));
                printer.changed(r.header(), "Role " + role + " created");
            }
            case "delete" -> {
                String role = one(args, "role delete command requires role name as its argument");
                ctx.connect();
                AuthResponse r = ctx.callClient(c -> c.auth().roleDelete(role));
                printer.changed(r.header(), "Role " + role + " deleted");
            }
            case "get" -> {
                String role = one(args, "role get command requires role name as its argument");
                ctx.connect();
                RoleResponse r = ctx.callClient(c -> c.auth().roleGet(role));
                printer.role(role, r);
            }
            case "list" -> {
                if (!args.isEmpty()) {
                    throw new CliExit(ExitCodes.BAD_ARGS, "role list command requires no arguments");
                }
                ctx.connect();
                printer.roles(ctx.callClient(c -> c.auth().roleList()));
            }
            case "grant-permission" -> grant(ctx, args, printer);
            case "revoke-permission" -> revoke(ctx, args, printer);
            default -> throw new IllegalStateException(sub);
        }
        return ExitCodes.SUCCESS;
    }

    private static String one(List<String> args, String message) {
        if (args.size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, message);
        }
        return args.get(0);
    }

    private static void grant(CommandContext ctx, List<String> args, AuthPrinter printer) {
        if (args.size() < 3) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "role grant command requires role name, permission type, and key [endkey] as its argument");
        }
        Permission.Type type = switch (args.get(1).toLowerCase(Locale.ROOT)) {
            case "read" -> Permission.Type.READ;
            case "write" -> Permission.Type.WRITE;
            case "readwrite" -> Permission.Type.READWRITE;
            default -> throw new CliExit(ExitCodes.BAD_ARGS, "invalid permission type: " + args.get(1));
        };
        byte[][] range = range(ctx, args.subList(2, args.size()));
        String role = args.get(0);
        ctx.connect();
        AuthResponse r = ctx.callClient(c -> c.auth().roleGrantPermission(role, Permission.raw(type, range[0], range[1])));
        printer.changed(r.header(), "Role " + role + " updated");
    }

    private static void revoke(CommandContext ctx, List<String> args, AuthPrinter printer) {
        if (args.size() < 2) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "role revoke-permission command requires role name and key [endkey] as its argument");
        }
        byte[][] range = range(ctx, args.subList(1, args.size()));
        String role = args.get(0);
        ctx.connect();
        RangeEnd end = range[1].length == 0 ? RangeEnd.single() : RangeEnd.of(range[1]);
        AuthResponse r = ctx.callClient(c -> c.auth().roleRevokePermission(role,
                new String(range[0], StandardCharsets.UTF_8), end));
        // the message names the key as given (an empty key stays empty) and the range end sent
        byte[] given = args.get(1).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        if (range[1].length == 0) {
            line.writeBytes(("Permission of key " + args.get(1) + " is revoked from role " + role)
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            line.writeBytes("Permission of range ".getBytes(StandardCharsets.UTF_8));
            line.writeBytes(AuthPrinter.rangeText(given, range[1]));
            line.writeBytes((" is revoked from role " + role).getBytes(StandardCharsets.UTF_8));
        }
        printer.changed(r.header(), line.toByteArray());
    }

    /**
     * The key and range end a permission covers, from {@code key [endkey]} and the flags.
     *
     * @return the key and the range end ({@code ""} for the key alone)
     * @throws CliExit exit 128 for {@code --prefix} with {@code --from-key}, or either with an end key
     */
    private static byte[][] range(CommandContext ctx, List<String> keyArgs) {
        boolean prefix = ctx.flags().bool("prefix");
        boolean fromKey = ctx.flags().bool("from-key");
        byte[] key = keyArgs.get(0).getBytes(StandardCharsets.UTF_8);
        if (prefix && fromKey && (key.length == 0 || keyArgs.size() == 1)) {
            throw new CliExit(ExitCodes.BAD_ARGS, "--from-key and --prefix flags are mutually exclusive");
        }
        if (key.length == 0) {
            // the empty key means the key "\0"; as a prefix or a start it opens the whole key space
            return new byte[][] {{0}, prefix || fromKey ? new byte[] {0} : new byte[0]};
        }
        if (keyArgs.size() == 1) {
            if (prefix) {
                return new byte[][] {key, AuthPrinter.prefixEnd(key)};
            }
            return new byte[][] {key, fromKey ? new byte[] {0} : new byte[0]};
        }
        if (prefix) {
            throw new CliExit(ExitCodes.BAD_ARGS, "unexpected endkey argument with --prefix flag");
        }
        if (fromKey) {
            throw new CliExit(ExitCodes.BAD_ARGS, "unexpected endkey argument with --from-key flag");
        }
        return new byte[][] {key, keyArgs.get(1).getBytes(StandardCharsets.UTF_8)};
    }
}
