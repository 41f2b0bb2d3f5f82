package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.DeleteOptions;
import io.etcdj.v2.EtcdV2Response;
import java.util.List;

/** {@code rm <key>}: deletes a key, a directory with {@code --dir} or {@code --recursive}, conditionally with {@code --with-value}/{@code --with-index}. */
final class V2RmCommand implements V2Command {
    @Override
    public String name() {
        return "rm";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.bool("dir", "removes the key if it is an empty directory or a key-value pair"),
                FlagSpec.bool("recursive", "removes the key and all child keys(if it is a directory)")
                        .withShorthand('r'),
                FlagSpec.string("with-value", "", "previous value"),
                FlagSpec.int64("with-index", 0, "previous index"));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        DeleteOptions.Builder b = DeleteOptions.builder().dir(ctx.flags().bool("dir"))
                .recursive(ctx.flags().bool("recursive"));
        String prevValue = ctx.flags().string("with-value");
        if (!prevValue.isEmpty()) {
            b.prevValue(prevValue);
        }
        long prevIndex = ctx.flags().int64("with-index");
        if (prevIndex > 0) {
            b.prevIndex(prevIndex);
        }
        EtcdV2Response r = ctx.call(() -> ctx.client().delete(key, b.build()));
        if (!r.node().dir() || !ctx.simple()) {
            V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        }
        return V2Exit.SUCCESS;
    }
}
