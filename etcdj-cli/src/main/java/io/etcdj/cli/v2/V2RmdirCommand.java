package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import java.util.List;

/** {@code rmdir <key>}: removes an empty directory. */
final class V2RmdirCommand implements V2Command {
    @Override
    public String name() {
        return "rmdir";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        EtcdV2Response r = ctx.call(() -> ctx.client().rmdir(key));
        if (!r.node().dir() || !ctx.simple()) {
            V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        }
        return V2Exit.SUCCESS;
    }
}
