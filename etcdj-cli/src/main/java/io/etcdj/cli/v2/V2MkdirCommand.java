package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.SetOptions;
import java.util.List;

/** {@code mkdir <key>}: creates a directory that must not exist; prints only in the extended and json formats. */
final class V2MkdirCommand implements V2Command {
    @Override
    public String name() {
        return "mkdir";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.int64("ttl", 0, "key time-to-live in seconds"));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        SetOptions.Builder b = SetOptions.builder();
        V2Keys.ttl(ctx, b);
        EtcdV2Response r = ctx.call(() -> ctx.client().mkdir(key, b.build()));
        if (!ctx.simple()) {
            V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        }
        return V2Exit.SUCCESS;
    }
}
