package io.etcdj.cli;

import io.etcdj.ResponseHeader;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.GoText;
import io.etcdj.cli.internal.LeasePrinter;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.lease.LeaseGrant;
import io.etcdj.lease.LeaseKeepAliveResponse;
import io.etcdj.lease.LeaseList;
import io.etcdj.lease.LeaseTimeToLive;
import java.util.List;
import java.util.Map;

/**
 * {@code lease grant|revoke|timetolive|list|keep-alive}: etcdctl 3.4's lease commands over the
 * lease facet (etcd's {@code Lease} service), with its arguments (a TTL in decimal seconds, lease
 * ids in hex as Go's {@code strconv.ParseInt(id, 16, 64)} reads them), output, messages and exit
 * codes: grant and revoke failures exit 1 ({@code failed to grant lease (...)}), time-to-live,
 * list and keep-alive failures exit 2, bad arguments 128.
 *
 * <p>Where the library is stricter than etcd, the command sends what etcd makes of etcdctl's
 * request: a TTL below 1 is sent as 1 (etcd raises any TTL below its minimum to the minimum, so
 * the answer is the same), and a lease id below 1, which no lease can have, is answered as etcd
 * answers an unknown lease.
 */
final class LeaseCommand implements Command {
    private static final List<String> SUBCOMMANDS = List.of("grant", "keep-alive", "list", "revoke", "timetolive");
    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("keys", "timetolive: Get keys attached to this lease"),
            FlagSpec.bool("once", "keep-alive: Resets the keep-alive time to its original value and exits immediately"));

    @Override
    public String name() {
        return "lease";
    }

    @Override
    public String usage() {
        return "lease <grant|revoke|timetolive|list|keep-alive> [options] [arguments]";
    }

    @Override
    public String summary() {
        return "Lease related commands";
    }

    @Override
    public String description() {
        return "grant <ttl>: creates a lease with a TTL in seconds\n"
                + "revoke <leaseID>: revokes a lease (ID in hex) and deletes its keys\n"
                + "timetolive <leaseID> [--keys]: a lease's granted and remaining TTL, and its keys\n"
                + "list: lists all active leases\n"
                + "keep-alive [--once] <leaseID>: keeps a lease alive until interrupted, or refreshes it once";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        if (Subcommands.helpIfNone(ctx, this, SUBCOMMANDS)) {
            return ExitCodes.SUCCESS;
        }
        Subcommands.checkFlags(ctx, this, Map.of("timetolive", List.of("keys"), "keep-alive", List.of("once")));
        String sub = ctx.args().get(0);
        List<String> args = ctx.args().subList(1, ctx.args().size());
        switch (sub) {
            case "grant" -> grant(ctx, args);
            case "revoke" -> revoke(ctx, args);
            case "timetolive" -> timeToLive(ctx, args);
            case "list" -> list(ctx);
            case "keep-alive" -> {
                if (args.size() != 1) {
                    throw new CliExit(ExitCodes.BAD_ARGS, "lease keep-alive command needs lease ID as argument");
                }
                long id = leaseId(args.get(0));
                if (ctx.flags().bool("once")) {
                    keepAliveOnce(ctx, id);
                } else {
                    ctx.requirePrintableFormat();
                    return new LeaseKeepAliveLoop(ctx, printer(ctx), id).run();
                }
            }
            default -> throw new IllegalStateException(sub);
        }
        return ExitCodes.SUCCESS;
    }

    static LeasePrinter printer(CommandContext ctx) {
        return new LeasePrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out());
    }

    /** Reads a lease id as etcdctl does: signed 64-bit hex, Go's errors. */
    static long leaseId(String arg) {
        try {
            return GoText.parseInt(arg, 16);
        } catch (IllegalArgumentException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, "bad lease ID arg (" + e.getMessage() + "), expecting ID in Hex");
        }
    }

    /** Runs a request; a failure ends the command with {@code code} and the message wrapped by {@code wrap}. */
    private static <T> T call(CommandContext ctx, int code, String wrap, java.util.function.Function<io.etcdj.EtcdClient, T> request) {
        try {
            return ctx.callClient(request);
        } catch (CliExit e) {
            if (e.code() != ExitCodes.ERROR || e.getMessage() == null) {
                throw e;
            }
            throw new CliExit(code, wrap == null ? e.getMessage() : wrap + " (" + e.getMessage() + ")");
        }
    }

    private static void grant(CommandContext ctx, List<String> args) {
        if (args.size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "lease grant command needs TTL argument");
        }
        long ttl;
        try {
            ttl = GoText.parseInt(args.get(0), 10);
        } catch (IllegalArgumentException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, "bad TTL (" + e.getMessage() + ")");
        }
        ctx.requirePrintableFormat();
        // etcd raises a TTL below its minimum lease TTL (at least 1 s) to that minimum
        long sent = Math.max(ttl, 1);
        LeaseGrant r = call(ctx, ExitCodes.ERROR, "failed to grant lease", c -> c.lease().grant(sent));
        printer(ctx).grant(r);
    }

    private static void revoke(CommandContext ctx, List<String> args) {
        if (args.size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "lease revoke command needs 1 argument");
        }
        long id = leaseId(args.get(0));
        ctx.requirePrintableFormat();
        ResponseHeader h = call(ctx, ExitCodes.ERROR, "failed to revoke lease", c -> {
            if (id <= 0) {
                throw notFound();
            }
            return c.lease().revoke(id);
        });
        printer(ctx).revoke(id, h);
    }

    private static void timeToLive(CommandContext ctx, List<String> args) {
        if (args.size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "lease timetolive command needs lease ID as argument");
        }
        long id = leaseId(args.get(0));
        boolean keys = ctx.flags().bool("keys");
        ctx.requirePrintableFormat();
        LeaseTimeToLive r = call(ctx, ExitCodes.BAD_CONNECTION, null, c -> {
            if (id <= 0) {
                // etcd answers an unknown lease with TTL -1; the header is that of the list call
                ResponseHeader h = c.lease().leases().header();
                return new LeaseTimeToLive(h, id, -1, 0, List.of(), java.nio.charset.StandardCharsets.UTF_8);
            }
            return c.lease().timeToLive(id, keys);
        });
        printer(ctx).timeToLive(r, keys);
    }

    private static void list(CommandContext ctx) {
        ctx.requirePrintableFormat();
        LeaseList r = call(ctx, ExitCodes.BAD_CONNECTION, null, c -> c.lease().leases());
        printer(ctx).leases(r);
    }

    private static void keepAliveOnce(CommandContext ctx, long id) {
        ctx.requirePrintableFormat();
        LeaseKeepAliveResponse r = call(ctx, ExitCodes.BAD_CONNECTION, null, c -> {
            if (id <= 0) {
                throw notFound();
            }
            return c.lease().keepAliveOnce(id);
        });
        printer(ctx).keepAlive(r);
    }

    /** What the library would throw for a lease etcd does not know; the message is etcd's. */
    private static EtcdException notFound() {
        return new io.etcdj.exception.LeaseNotFoundException(ErrorCode.LEASE_NOT_FOUND,
                io.etcdj.exception.Outcome.NOT_APPLIED, ErrorCode.LEASE_NOT_FOUND.serverMessage(), null);
    }
}
