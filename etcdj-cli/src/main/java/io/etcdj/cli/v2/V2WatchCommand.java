package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.WaitOptions;
import java.util.List;

/** {@code watch <key>}: waits for the next change (every change with {@code --forever}) and prints it. */
final class V2WatchCommand implements V2Command {
    @Override
    public String name() {
        return "watch";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.bool("forever", "forever watch a key until CTRL+C").withShorthand('f'),
                FlagSpec.int64("after-index", 0, "watch after the given index"),
                FlagSpec.bool("recursive", "returns all values for key and child keys").withShorthand('r'));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        boolean recursive = ctx.flags().bool("recursive");
        boolean forever = ctx.flags().bool("forever");
        V2Waiter waiter = new V2Waiter(ctx, key, ctx.flags().int64("after-index"), recursive);
        while (true) {
            EtcdV2Response r = waiter.next();
            if (r.node().dir()) {
                continue;
            }
            if (recursive) {
                ctx.out().println("[" + r.action() + "] " + r.node().key());
            }
            V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
            ctx.out().flush();
            if (!forever) {
                return V2Exit.SUCCESS;
            }
        }
    }
}
