package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.SetOptions;
import java.util.List;

/** {@code set <key> <value>}: sets a value, optionally with a TTL or as a compare-and-swap. */
final class V2SetCommand implements V2Command {
    @Override
    public String name() {
        return "set";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.int64("ttl", 0, "key time-to-live in seconds"),
                FlagSpec.string("swap-with-value", "", "previous value"),
                FlagSpec.int64("swap-with-index", 0, "previous index"));
    }

    @Override
    public int run(V2Context ctx) {
        String key = ctx.key();
        String value = ctx.argOrStdin(1, "value required");
        SetOptions.Builder b = SetOptions.builder();
        V2Keys.ttl(ctx, b);
        String prevValue = ctx.flags().string("swap-with-value");
        if (!prevValue.isEmpty()) {
            b.prevValue(prevValue);
        }
        long prevIndex = ctx.flags().int64("swap-with-index");
        if (prevIndex > 0) {
            b.prevIndex(prevIndex);
        }
        EtcdV2Response r = ctx.call(() -> ctx.client().set(key, value, b.build()));
        V2Printer.printResponseKey(r, ctx.output(), ctx.out(), ctx.err());
        return V2Exit.SUCCESS;
    }
}
