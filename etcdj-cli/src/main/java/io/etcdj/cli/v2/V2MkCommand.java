package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.SetOptions;
import java.util.List;

/** {@code mk <key> <value>}: creates a key that must not exist, or an in-order key with {@code --in-order}. */
final class V2MkCommand implements V2Command {
    @Override
    public String name() {
        return "mk";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.bool("in-order", "create in-order key under directory <key>"),
                FlagSpec.int64("ttl", 0, "key time-to-live in seconds"));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        String value = ctx.argOrStdin(1, "value required");
        SetOptions.Builder b = SetOptions.builder();
        V2Keys.ttl(ctx, b);
        EtcdV2Response r = ctx.flags().bool("in-order")
                ? ctx.call(() -> ctx.client().createInOrder(key, value, b.build()))
                : ctx.call(() -> ctx.client().create(key, value, b.build()));
        V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        return V2Exit.SUCCESS;
    }
}
