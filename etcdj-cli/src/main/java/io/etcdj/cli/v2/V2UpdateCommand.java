package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.SetOptions;
import java.util.List;

/** {@code update <key> <value>}: changes a key that must exist. */
final class V2UpdateCommand implements V2Command {
    @Override
    public String name() {
        return "update";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.int64("ttl", 0, "key time-to-live in seconds"));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        String value = ctx.argOrStdin(1, "value required");
        SetOptions.Builder b = SetOptions.builder();
        V2Keys.ttl(ctx, b);
        EtcdV2Response r = ctx.call(() -> ctx.client().update(key, value, b.build()));
        V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        return V2Exit.SUCCESS;
    }
}
