package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.GoFormat;
import io.etcdj.cli.internal.MemberPrinter;
import io.etcdj.cluster.MemberAddResponse;
import io.etcdj.cluster.MembershipChangeResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code member list|add|remove|update|promote}: etcdctl's membership commands over etcdj's
 * cluster facet (etcd's {@code Cluster} service), with etcdctl's flags, output and exit codes.
 * Member ids are given and printed in hex.
 */
final class MemberCommand implements Command {
    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("learner", "member add: indicates if the new member is raft learner"),
            FlagSpec.string("peer-urls", "", "member add/update: comma separated peer URLs for the member"));

    @Override
    public String name() {
        return "member";
    }

    @Override
    public String usage() {
        return "member <list|add|remove|update|promote> [options] [arguments]";
    }

    @Override
    public String summary() {
        return "Membership related commands";
    }

    @Override
    public String description() {
        return "list: lists all members (ID, Status, Name, Peer Addrs, Client Addrs, Is Learner)\n"
                + "add <memberName> --peer-urls=<urls> [--learner]: adds a member\n"
                + "remove <memberID>: removes a member (ID in hex)\n"
                + "update <memberID> --peer-urls=<urls>: updates a member's peer URLs\n"
                + "promote <memberID>: promotes a learner to a voting member";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        if (Subcommands.helpIfNone(ctx, this, List.of("add", "list", "promote", "remove", "update"))) {
            return ExitCodes.SUCCESS;
        }
        Subcommands.checkFlags(ctx, this, Map.of("add", List.of("learner", "peer-urls"), "update", List.of("peer-urls")));
        String sub = ctx.args().get(0);
        List<String> args = ctx.args().subList(1, ctx.args().size());
        switch (sub) {
            case "list" -> list(ctx);
            case "add" -> add(ctx, args);
            case "remove" -> {
                long id = memberId(args);
                ctx.requirePrintableFormat();
                MembershipChangeResponse r = ctx.callClient(c -> c.cluster().memberRemove(id));
                printer(ctx).changed("removed from", id, r);
            }
            case "update" -> {
                long id = memberId(args);
                List<String> urls = peerUrls(ctx);
                ctx.requirePrintableFormat();
                MembershipChangeResponse r = ctx.callClient(c -> c.cluster().memberUpdate(id, urls));
                printer(ctx).changed("updated in", id, r);
            }
            case "promote" -> {
                long id = memberId(args);
                ctx.requirePrintableFormat();
                MembershipChangeResponse r = ctx.callClient(c -> c.cluster().memberPromote(id));
                printer(ctx).changed("promoted in", id, r);
            }
            default -> throw new IllegalStateException(sub);
        }
        return ExitCodes.SUCCESS;
    }

    private static MemberPrinter printer(CommandContext ctx) {
        return new MemberPrinter(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.out());
    }

    private static void list(CommandContext ctx) {
        ctx.requirePrintableFormat();
        printer(ctx).list(ctx.callClient(c -> c.cluster().memberList()));
    }

    private static void add(CommandContext ctx, List<String> args) {
        if (args.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, "member name not provided");
        }
        if (args.size() > 1) {
            StringBuilder message = new StringBuilder("too many arguments");
            for (String a : args) {
                if (a.toLowerCase(Locale.ROOT).startsWith("http")) {
                    message.append(", did you mean --peer-urls=").append(a);
                }
            }
            throw new CliExit(ExitCodes.BAD_ARGS, message.toString());
        }
        List<String> urls = peerUrls(ctx);
        String name = args.get(0);
        ctx.requirePrintableFormat();
        checkUrls(urls);
        boolean learner = ctx.flags().bool("learner");
        MemberAddResponse r = ctx.callClient(c -> learner ? c.cluster().memberAddAsLearner(urls) : c.cluster().memberAdd(urls));
        printer(ctx).added(r, name, ctx.flags().string("peer-urls"));
    }

    private static List<String> peerUrls(CommandContext ctx) {
        String value = ctx.flags().string("peer-urls");
        if (value.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, "member peer urls not provided");
        }
        return Arrays.asList(value.split(",", -1));
    }

    /** etcdctl checks the peer URLs before sending, with these words (exit 1). */
    private static void checkUrls(List<String> urls) {
        for (String raw : urls) {
            String u = raw.strip();
            int colon = u.indexOf("://");
            String scheme = colon < 0 ? "" : u.substring(0, colon);
            if (!List.of("http", "https", "unix", "unixs").contains(scheme)) {
                throw new CliExit(ExitCodes.ERROR, "URL scheme must be http, https, unix, or unixs: " + u);
            }
            String rest = u.substring(colon + 3);
            int slash = rest.indexOf('/');
            String host = slash < 0 ? rest : rest.substring(0, slash);
            if (!host.matches(".*:[0-9]*") || host.startsWith(":") && host.length() == 1) {
                throw new CliExit(ExitCodes.ERROR, "URL address does not have the form \"host:port\": " + u);
            }
            if (slash >= 0) {
                throw new CliExit(ExitCodes.ERROR, "URL must not contain a path: " + u);
            }
        }
    }

    private static long memberId(List<String> args) {
        if (args.size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "member ID is not provided");
        }
        try {
            return GoFormat.parseHexUint64(args.get(0));
        } catch (IllegalArgumentException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, "bad member ID arg (" + e.getMessage() + "), expecting ID in Hex");
        }
    }
}
