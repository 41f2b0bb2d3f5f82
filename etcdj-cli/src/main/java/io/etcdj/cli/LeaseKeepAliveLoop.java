package io.etcdj.cli;

import io.etcdj.EtcdClient;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.LeasePrinter;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.lease.LeaseKeepAliveResponse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code lease keep-alive <id>} without {@code --once}, as etcdctl 3.4 runs it: a keep-alive at
 * once, then one a third of the returned TTL after each answer, each answer printed; it ends when
 * etcd no longer knows the lease, or when no answer came within the last TTL (5 s before the first
 * answer), printing {@code lease <id> expired or revoked.} in the simple format and exiting 0.
 * Failed sends are retried every 500 ms until then.
 *
 * <p>It refreshes with {@code keepAliveOnce} (the client's keep-alive stream) rather than the
 * library's kept-alive {@code Lease}, because etcdctl prints each answer's response header in the
 * JSON and fields formats and the lease listener is told only the new TTL.
 */
final class LeaseKeepAliveLoop {
    private static final long RETRY_MILLIS = 500;
    private static final long FIRST_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final CommandContext ctx;
    private final LeasePrinter printer;
    private final long id;

    LeaseKeepAliveLoop(CommandContext ctx, LeasePrinter printer, long id) {
        this.ctx = ctx;
        this.printer = printer;
        this.id = id;
    }

    /** @return 0 when the lease ended, {@link WatchSession#INTERRUPTED} when the thread was interrupted */
    int run() {
        EtcdClient client = ctx.callClient(c -> c);
        long deadline = System.nanoTime() + FIRST_DEADLINE_NANOS;
        try {
            while (id > 0 && System.nanoTime() - deadline < 0) {
                LeaseKeepAliveResponse r;
                try {
                    r = client.async().lease().keepAliveOnce(id).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof LeaseNotFoundException) {
                        break;
                    }
                    if (!(e.getCause() instanceof EtcdException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    Thread.sleep(RETRY_MILLIS);
                    continue;
                }
                printer.keepAlive(r);
                ctx.out().flush();
                long now = System.nanoTime();
                deadline = now + TimeUnit.SECONDS.toNanos(r.ttlSeconds());
                Thread.sleep(Math.max(RETRY_MILLIS, TimeUnit.SECONDS.toMillis(r.ttlSeconds()) / 3));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WatchSession.INTERRUPTED;
        }
        if (ctx.format("simple")) {
            ctx.out().println("lease " + LeasePrinter.hex(id) + " expired or revoked.");
        }
        return ExitCodes.SUCCESS;
    }
}
