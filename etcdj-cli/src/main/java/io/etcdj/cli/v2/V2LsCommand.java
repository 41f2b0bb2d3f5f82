package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Node;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.GetOptions;
import java.util.List;

/** {@code ls [key]}: the keys of a directory, one per line; the response itself in the other formats. */
final class V2LsCommand implements V2Command {
    @Override
    public String name() {
        return "ls";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.bool("sort", "returns result in sorted order"),
                FlagSpec.bool("recursive", "returns all key names recursively for the given path")
                        .withShorthand('r'),
                FlagSpec.bool("p", "append slash (/) to directories").withShorthand('p'),
                FlagSpec.bool("quorum", "require quorum for get request").withShorthand('q'));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.args().isEmpty() ? "/" : ctx.args().get(0);
        GetOptions o = GetOptions.builder().sorted(ctx.flags().bool("sort"))
                .recursive(ctx.flags().bool("recursive")).quorum(ctx.flags().bool("quorum")).build();
        EtcdV2Response r = ctx.call(() -> ctx.client().get(key, o));
        if (ctx.simple()) {
            if (!r.node().dir()) {
                ctx.out().println(r.node().key());
            }
            for (EtcdV2Node n : r.node().nodes()) {
                print(ctx, n);
            }
        } else {
            V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        }
        return V2Exit.SUCCESS;
    }

    private static void print(V2Context ctx, EtcdV2Node n) {
        ctx.out().println(n.dir() && ctx.flags().bool("p") ? n.key() + "/" : n.key());
        for (EtcdV2Node c : n.nodes()) {
            print(ctx, c);
        }
    }
}
