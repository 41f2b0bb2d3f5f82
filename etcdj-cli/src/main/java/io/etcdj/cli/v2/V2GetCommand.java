package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.GetOptions;
import java.util.List;

/** {@code get <key>}: the value of a key; a directory is an error. */
final class V2GetCommand implements V2Command {
    @Override
    public String name() {
        return "get";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.bool("sort", "returns result in sorted order"),
                FlagSpec.bool("quorum", "require quorum for get request").withShorthand('q'));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        GetOptions o = GetOptions.builder().sorted(ctx.flags().bool("sort")).quorum(ctx.flags().bool("quorum"))
                .build();
        EtcdV2Response r = ctx.call(() -> ctx.client().get(key, o));
        if (r.node().dir()) {
            ctx.err().println((r.node().key() == null ? "" : r.node().key()) + ": is a directory");
            return V2Exit.BAD_ARGS;
        }
        V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        return V2Exit.SUCCESS;
    }
}
