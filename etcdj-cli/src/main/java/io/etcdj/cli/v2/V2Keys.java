package io.etcdj.cli.v2;

import io.etcdj.v2.SetOptions;

/** What several key commands share. */
final class V2Keys {
    private V2Keys() {
    }

    /** The {@code --ttl} flag: a positive TTL is sent, 0 or less means none (as the Go client). */
    static void ttl(V2Context ctx, SetOptions.Builder b) {
        long ttl = ctx.flags().int64("ttl");
        if (ttl > 0) {
            b.ttl(ttl);
        }
    }
}
