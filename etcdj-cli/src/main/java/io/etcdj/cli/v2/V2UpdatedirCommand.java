package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.SetOptions;
import java.util.List;

/** {@code updatedir <key>}: changes the TTL of an existing directory; prints only in the extended and json formats. */
final class V2UpdatedirCommand implements V2Command {
    @Override
    public String name() {
        return "updatedir";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.int64("ttl", 0, "key time-to-live in seconds"));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        SetOptions.Builder b = SetOptions.builder().dir(true).prevExist(true);
        V2Keys.ttl(ctx, b);
        EtcdV2Response r = ctx.call(() -> ctx.client().set(key, null, b.build()));
        if (!ctx.simple()) {
            V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        }
        return V2Exit.SUCCESS;
    }
}
