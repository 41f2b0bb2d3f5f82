package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.Out;
import io.etcdj.v2.EtcdV2Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code exec-watch <command> [args...] <key>}: runs the command on every change, forever, with
 * {@code ETCD_WATCH_ACTION}, {@code ETCD_WATCH_KEY}, {@code ETCD_WATCH_VALUE} and
 * {@code ETCD_WATCH_MODIFIED_INDEX} in its environment. As etcdctl 3.4 does it: the key is the last
 * argument (etcdctl's usage text says first, but its parser drops the {@code --} it looks for),
 * and {@code --after-index N} starts from index N + 2.
 */
final class V2ExecWatchCommand implements V2Command {
    @Override
    public String name() {
        return "exec-watch";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.int64("after-index", 0, "watch after the given index"),
                FlagSpec.bool("recursive", "watch all values for key and child keys").withShorthand('r'));
    }

    @Override
    public int run(V2Context ctx) {
        List<String> args = ctx.args();
        if (args.size() < 2) {
            throw V2Exit.error(V2Exit.BAD_ARGS, "key and command to exec required");
        }
        // etcdctl 3.4's flag parser drops "--", so its check for it never holds: the key is always
        // the last argument and the command the ones before it
        String key = args.get(args.size() - 1);
        List<String> command = args.subList(0, args.size() - 1);
        // and it adds 1 to --after-index before its watcher adds another
        long after = ctx.flags().int64("after-index");
        V2Waiter waiter = new V2Waiter(ctx, key, after != 0 ? after + 1 : 0, ctx.flags().bool("recursive"));
        while (true) {
            EtcdV2Response r = waiter.next();
            if (r.node().dir()) {
                continue;
            }
            exec(ctx, command, r);
        }
    }

    private static void exec(V2Context ctx, List<String> command, EtcdV2Response r) {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command));
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(ctx.env());
        env.put("ETCD_WATCH_ACTION", r.action());
        env.put("ETCD_WATCH_KEY", r.node().key());
        env.put("ETCD_WATCH_VALUE", r.node().value() == null ? "" : r.node().value());
        env.put("ETCD_WATCH_MODIFIED_INDEX", Long.toString(r.node().modifiedIndex()));
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            Thread errPump = pump(p.getErrorStream(), ctx.err());
            copy(p.getInputStream(), ctx.out());
            errPump.join();
            p.waitFor();
        } catch (IOException e) {
            ctx.err().println(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new V2Exit(V2Exit.SUCCESS, "");
        }
    }

    private static Thread pump(InputStream in, Out to) {
        Thread t = new Thread(() -> copy(in, to), "exec-watch-stderr");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void copy(InputStream in, Out to) {
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                byte[] chunk = java.util.Arrays.copyOf(buf, n);
                synchronized (to) {
                    to.write(chunk);
                    to.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
