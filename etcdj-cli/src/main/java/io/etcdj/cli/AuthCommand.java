package io.etcdj.cli;

import io.etcdj.auth.AuthStatusResponse;
import io.etcdj.cli.internal.AuthPrinter;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import java.util.List;

/**
 * {@code auth enable|disable}: etcdctl 3.4's commands over the auth facet, printing
 * {@code Authentication Enabled} / {@code Authentication Disabled} whatever the output format.
 * As etcdctl, {@code enable} creates the role {@code root} and grants it to the user
 * {@code root} when etcd refuses because that role is missing. Plus {@code auth status}, which
 * etcdctl 3.4 lacks (it prints the help of {@code auth}), in etcdctl 3.5's words.
 */
final class AuthCommand implements Command {
    @Override
    public String name() {
        return "auth";
    }

    @Override
    public String usage() {
        return "auth <enable|disable|status>";
    }

    @Override
    public String summary() {
        return "Enable or disable authentication";
    }

    @Override
    public String description() {
        return "enable: enables authentication (needs the user root)\ndisable: disables authentication\n"
                + "status: whether authentication is enabled (etcdctl 3.5's command)";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(CommandContext ctx) {
        if (Subcommands.helpIfNone(ctx, this, List.of("disable", "enable", "status"))) {
            return ExitCodes.SUCCESS;
        }
        String sub = ctx.args().get(0);
        if (ctx.args().size() > 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "auth " + sub + " command does not accept any arguments");
        }
        switch (sub) {
            case "enable" -> {
                ctx.connect();
                ctx.callClient(c -> {
                    while (true) {
                        try {
                            return c.auth().authEnable();
                        } catch (EtcdException e) {
                            if (e.code() != ErrorCode.ROOT_ROLE_NOT_EXIST) {
                                throw e;
                            }
                            c.auth().roleAdd("root");
                            c.auth().userGrantRole("root", "root");
                        }
                    }
                });
                ctx.out().println("Authentication Enabled");
            }
            case "disable" -> {
                ctx.connect();
                ctx.callClient(c -> c.auth().authDisable());
                ctx.out().println("Authentication Disabled");
            }
            case "status" -> {
                ctx.requirePrintableFormat();
                AuthStatusResponse r = ctx.callClient(c -> c.auth().authStatus());
                new AuthPrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out()).status(r);
            }
            default -> throw new IllegalStateException(sub);
        }
        return ExitCodes.SUCCESS;
    }
}
