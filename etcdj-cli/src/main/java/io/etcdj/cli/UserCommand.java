package io.etcdj.cli;

import io.etcdj.auth.AuthResponse;
import io.etcdj.auth.RoleResponse;
import io.etcdj.auth.UserResponse;
import io.etcdj.cli.internal.AuthPrinter;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.UserPasswordInput;
import java.util.List;
import java.util.Map;

/**
 * {@code user add|get|list|delete|passwd|grant-role|revoke-role}: etcdctl 3.4's user commands over
 * the auth facet, with its flags ({@code --interactive}, {@code --new-user-password},
 * {@code --no-password}, {@code --detail}), password prompts, output and exit codes.
 */
final class UserCommand implements Command {
    private static final List<FlagSpec> FLAGS = List.of(
            new FlagSpec("interactive", (char) 0, FlagSpec.Kind.BOOL, "true",
                    "add/passwd: read the password from the terminal (false: one word from standard input)"),
            FlagSpec.string("new-user-password", "", "add: the new user's password"),
            FlagSpec.bool("no-password", "add: a user without password (CN based auth only)"),
            FlagSpec.bool("detail", "get: show the permissions of the roles granted to the user"));

    @Override
    public String name() {
        return "user";
    }

    @Override
    public String usage() {
        return "user <add|get|list|delete|passwd|grant-role|revoke-role> [options] [arguments]";
    }

    @Override
    public String summary() {
        return "User related commands";
    }

    @Override
    public String description() {
        return "add <user name or user:password> [--interactive=false|--new-user-password=P|--no-password]: adds a user\n"
                + "get <user name> [--detail]: the user's roles (with --detail, each role's permissions)\n"
                + "list: lists all users\n"
                + "delete <user name>: deletes a user\n"
                + "passwd <user name> [--interactive=false]: changes a user's password\n"
                + "grant-role <user name> <role name>: grants a role to a user\n"
                + "revoke-role <user name> <role name>: revokes a role from a user";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        List<String> known = List.of("add", "delete", "get", "grant-role", "list", "passwd", "revoke-role");
        if (Subcommands.helpIfNone(ctx, this, known)) {
            return ExitCodes.SUCCESS;
        }
        Subcommands.checkFlags(ctx, this, Map.of("add", List.of("interactive", "new-user-password", "no-password"),
                "passwd", List.of("interactive"), "get", List.of("detail")));
        String sub = ctx.args().get(0);
        List<String> args = ctx.args().subList(1, ctx.args().size());
        AuthPrinter printer = new AuthPrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out());
        switch (sub) {
            case "add" -> add(ctx, args, printer);
            case "get" -> get(ctx, args, printer);
            case "list" -> {
                if (!args.isEmpty()) {
                    throw new CliExit(ExitCodes.BAD_ARGS, "user list command requires no arguments");
                }
                ctx.connect();
                printer.users(ctx.callClient(c -> c.auth().userList()));
            }
            case "delete" -> {
                String user = one(args, "user delete command requires user name as its argument");
                ctx.connect();
                AuthResponse r = ctx.callClient(c -> c.auth().userDelete(user));
                printer.changed(r.header(), "User " + user + " deleted");
            }
            case "passwd" -> {
                String user = one(args, "user passwd command requires user name as its argument");
                String password = password(ctx, user);
                ctx.connect();
                AuthResponse r = ctx.callClient(c -> c.auth().userChangePassword(user, password));
                printer.changed(r.header(), "Password updated");
            }
            case "grant-role" -> {
                if (args.size() != 2) {
                    throw new CliExit(ExitCodes.BAD_ARGS,
                            "user grant command requires user name and role name as its argument");
                }
                ctx.connect();
                AuthResponse r = ctx.callClient(c -> c.auth().userGrantRole(args.get(0), args.get(1)));
                printer.changed(r.header(), "Role " + args.get(1) + " is granted to user " + args.get(0));
            }
            case "revoke-role" -> {
                if (args.size() != 2) {
                    throw new CliExit(ExitCodes.BAD_ARGS, "user revoke-role requires user name and role name as its argument");
                }
                ctx.connect();
                AuthResponse r = ctx.callClient(c -> c.auth().userRevokeRole(args.get(0), args.get(1)));
                printer.changed(r.header(), "Role " + args.get(1) + " is revoked from user " + args.get(0));
            }
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

    /** The password asked on the terminal, or one word read from standard input with {@code --interactive=false}. */
    private static String password(CommandContext ctx, String user) {
        if (!ctx.flags().bool("interactive")) {
            return UserPasswordInput.word(ctx.in());
        }
        return UserPasswordInput.askTwice(user, ctx.in(), ctx.out(), ctx.err());
    }

    /**
     * {@code user add}: the password from {@code --new-user-password}, else after the first colon
     * of the argument, else asked for; none with {@code --no-password}.
     */
    private static void add(CommandContext ctx, List<String> args, AuthPrinter printer) {
        String given = one(args, "user add command requires user name as its argument");
        String user = given;
        String password = null;
        if (!ctx.flags().bool("no-password")) {
            String fromFlag = ctx.flags().string("new-user-password");
            int colon = given.indexOf(':');
            if (!fromFlag.isEmpty()) {
                password = fromFlag;
            } else if (colon < 0) {
                password = password(ctx, given);
            } else {
                user = given.substring(0, colon);
                password = given.substring(colon + 1);
                if (user.isEmpty()) {
                    throw new CliExit(ExitCodes.BAD_ARGS, "empty user name is not allowed");
                }
            }
        }
        String name = user;
        String secret = password;
        ctx.connect();
        AuthResponse r = ctx.callClient(c -> secret == null ? c.auth().userAddWithoutPassword(name)
                : c.auth().userAdd(name, secret));
        printer.changed(r.header(), "User " + name + " created");
    }

    /** {@code user get}, and with {@code --detail} each granted role as {@code role get} prints it. */
    private static void get(CommandContext ctx, List<String> args, AuthPrinter printer) {
        String user = one(args, "user get command requires user name as its argument");
        ctx.connect();
        UserResponse r = ctx.callClient(c -> c.auth().userGet(user));
        if (!ctx.flags().bool("detail")) {
            printer.user(user, r);
            return;
        }
        ctx.out().println("User: " + user);
        for (String role : r.roles()) {
            ctx.out().println("");
            RoleResponse roleResponse = ctx.callClient(c -> c.auth().roleGet(role));
            printer.role(role, roleResponse);
        }
    }
}
