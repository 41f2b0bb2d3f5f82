package io.etcdj.cli.v2;

import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.WaitOptions;

/**
 * The Go v2 client's watcher, as etcdctl uses it: the first wait from {@code afterIndex + 1}
 * (or the next change when 0), each later one from the last change's modified index + 1; a
 * cleared index is an error, not recovered.
 */
final class V2Waiter {
    private final V2Context ctx;
    private final String key;
    private final boolean recursive;
    private long nextIndex;

    V2Waiter(V2Context ctx, String key, long afterIndex, boolean recursive) {
        this.ctx = ctx;
        this.key = key;
        this.recursive = recursive;
        this.nextIndex = afterIndex > 0 ? afterIndex + 1 : 0;
    }

    EtcdV2Response next() {
        WaitOptions.Builder b = WaitOptions.builder().recursive(recursive).recoverFromClearedIndex(false);
        if (nextIndex > 0) {
            b.waitIndex(nextIndex);
        }
        WaitOptions o = b.build();
        EtcdV2Response r = ctx.call(() -> ctx.client().waitFor(key, o));
        nextIndex = r.node().modifiedIndex() + 1;
        return r;
    }
}
