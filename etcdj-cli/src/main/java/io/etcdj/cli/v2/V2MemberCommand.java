package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GoText;
import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** {@code member list|add|remove|update}: the cluster's members, with etcdctl v2's words. */
final class V2MemberCommand implements V2Command {
    private static final String HELP = """
            NAME:
               etcdctl member - member add, remove and list subcommands

            USAGE:
               etcdctl member command [command options] [arguments...]

            COMMANDS:
               list    enumerate existing cluster members
               add     add a new member to the etcd cluster
               remove  remove an existing member from the etcd cluster
               update  update an existing member in the etcd cluster

            OPTIONS:
               --help, -h  show help
               \n""";

    @Override
    public String name() {
        return "member";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(V2Context ctx) {
        if (ctx.args().isEmpty()) {
            ctx.out().print(HELP);
            return V2Exit.SUCCESS;
        }
        List<String> args = ctx.args().subList(1, ctx.args().size());
        return switch (ctx.args().get(0)) {
            case "list" -> list(ctx, args);
            case "add" -> add(ctx, args);
            case "remove" -> remove(ctx, args);
            case "update" -> update(ctx, args);
            default -> {
                ctx.out().print(HELP);
                yield V2Exit.SUCCESS;
            }
        };
    }

    private static int list(V2Context ctx, List<String> args) {
        if (!args.isEmpty()) {
            throw new V2Exit(V2Exit.BAD_ARGS, "No arguments accepted\n");
        }
        List<EtcdV2Member> members = fail(() -> ctx.client().members(), "");
        EtcdV2Member leader = fail(() -> ctx.client().leader(), "Failed to get leader:  ");
        for (EtcdV2Member m : members) {
            if (m.name().isEmpty()) {
                ctx.out().println(m.id() + "[unstarted]: peerURLs=" + String.join(",", m.peerUrls()));
            } else {
                ctx.out().println(m.id() + ": name=" + m.name() + " peerURLs=" + String.join(",", m.peerUrls())
                        + " clientURLs=" + String.join(",", m.clientUrls()) + " isLeader=" + m.id().equals(leader.id()));
            }
        }
        return V2Exit.SUCCESS;
    }

    private static int add(V2Context ctx, List<String> args) {
        if (args.size() != 2) {
            throw new V2Exit(V2Exit.BAD_ARGS, "Provide a name and a single member peerURL\n");
        }
        String name = args.get(0);
        EtcdV2Member added = fail(() -> ctx.client().addMember(List.of(args.get(1))), "");
        ctx.out().println("Added member named " + name + " with ID " + added.id() + " to cluster");
        List<EtcdV2Member> members = fail(() -> ctx.client().members(), "");
        List<String> conf = new ArrayList<>();
        for (EtcdV2Member m : members) {
            for (String u : m.peerUrls()) {
                conf.add((m.id().equals(added.id()) ? name : m.name()) + "=" + u);
            }
        }
        ctx.out().print("\n");
        ctx.out().println("ETCD_NAME=" + GoText.quote(name));
        ctx.out().println("ETCD_INITIAL_CLUSTER=" + GoText.quote(String.join(",", conf)));
        ctx.out().println("ETCD_INITIAL_CLUSTER_STATE=\"existing\"");
        return V2Exit.SUCCESS;
    }

    private static int remove(V2Context ctx, List<String> args) {
        if (args.size() != 1) {
            throw new V2Exit(V2Exit.BAD_ARGS, "Provide a single member ID\n");
        }
        String id = args.get(0);
        List<EtcdV2Member> members = fail(() -> ctx.client().members(),
                "Error while verifying ID against known members: ");
        boolean found = false;
        for (EtcdV2Member m : members) {
            found |= m.id().equals(id);
            if (m.name().equals(id)) {
                ctx.err().print("Found a member named " + m.name() + "; if this is correct, please use its ID, eg:\n"
                        + "\tetcdctl member remove " + m.id() + "\n"
                        + "For more details, read the documentation at "
                        + "https://github.com/etcd-io/etcd/blob/master/Documentation/runtime-configuration.md"
                        + "#remove-a-member\n\n");
            }
        }
        if (!found) {
            throw new V2Exit(V2Exit.BAD_ARGS, "Couldn't find a member in the cluster with an ID of " + id + ".\n");
        }
        try {
            ctx.client().removeMember(id);
        } catch (EtcdV2Exception e) {
            throw new V2Exit(V2Exit.BAD_ARGS, "Received an error trying to remove member " + id + ": "
                    + V2Context.errorText(e));
        }
        ctx.out().println("Removed member " + id + " from cluster");
        return V2Exit.SUCCESS;
    }

    private static int update(V2Context ctx, List<String> args) {
        if (args.size() != 2) {
            throw new V2Exit(V2Exit.BAD_ARGS, "Provide an ID and a list of comma separated peerURL "
                    + "(0xabcd http://example.com,http://example1.com)\n");
        }
        String id = args.get(0);
        fail(() -> {
            ctx.client().updateMember(id, Arrays.asList(args.get(1).split(",", -1)));
            return null;
        }, "");
        ctx.out().println("Updated member with ID " + id + " in cluster");
        return V2Exit.SUCCESS;
    }

    /** etcdctl's member commands print the error as it is and exit 1. */
    private static <T> T fail(Supplier<T> call, String prefix) {
        try {
            return call.get();
        } catch (EtcdV2Exception e) {
            throw new V2Exit(V2Exit.BAD_ARGS, prefix + V2Context.errorText(e) + "\n");
        }
    }
}
