package io.etcdj.cli;

import io.etcdj.EtcdClient;
import io.etcdj.EtcdClientBuilder;
import io.etcdj.EtcdTransport;
import io.etcdj.KeyValue;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ErrorMessages;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.Op;
import io.etcdj.kv.Txn;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code make-mirror [options] <destination>}: copies the keys under {@code --prefix} from the
 * cluster of {@code --endpoints} to the destination cluster (renamed to {@code --dest-prefix}, or
 * to the root with {@code --no-dest-prefix}), then follows the source's changes from the copy's
 * revision on, one destination txn per source revision, as etcdctl 3.4's {@code make-mirror}.
 * Every 30 s it prints how many keys it has mirrored so far. It runs until killed (SIGINT or
 * SIGTERM end the JVM as they end etcdctl) or until the source watch fails (exit 1, for example
 * when the revision to follow was compacted).
 */
final class MakeMirrorCommand implements Command {
    private static final int PAGE = 1000;
    private static final long REPORT_MILLIS = 30_000;

    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.string("prefix", "", "Key-value prefix to mirror"),
            FlagSpec.string("dest-prefix", "",
                    "destination prefix to mirror a prefix to a different prefix in the destination cluster"),
            FlagSpec.bool("no-dest-prefix", "mirror key-values to the root of the destination cluster"),
            FlagSpec.string("dest-cert", "",
                    "Identify secure client using this TLS certificate file for the destination cluster"),
            FlagSpec.string("dest-key", "", "Identify secure client using this TLS key file"),
            FlagSpec.string("dest-cacert", "", "Verify certificates of TLS enabled secure servers using this CA bundle"),
            new FlagSpec("dest-insecure-transport", (char) 0, FlagSpec.Kind.BOOL, "true",
                    "Disable transport security for client connections"));

    @Override
    public String name() {
        return "make-mirror";
    }

    @Override
    public String usage() {
        return "make-mirror [options] <destination>";
    }

    @Override
    public String summary() {
        return "Makes a mirror at the destination etcd cluster";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        List<String> args = ctx.args();
        if (args.size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "make-mirror takes one destination argument");
        }
        String prefix = ctx.flags().string("prefix");
        String destPrefix = ctx.flags().string("dest-prefix");
        boolean noDestPrefix = ctx.flags().bool("no-dest-prefix");
        if (noDestPrefix && !destPrefix.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS,
                    "`--dest-prefix` and `--no-dest-prefix` cannot be set at the same time, choose one");
        }
        Renamer renamer = new Renamer(prefix, noDestPrefix || !destPrefix.isEmpty() ? destPrefix : prefix);
        try (EtcdClient dest = destination(ctx, args.get(0))) {
            EtcdClient source = ctx.callClient(c -> c);
            AtomicLong total = new AtomicLong();
            Thread reporter = new Thread(() -> report(ctx, total), "make-mirror-report");
            reporter.setDaemon(true);
            reporter.start();
            try {
                long rev = copy(source, dest, prefix, renamer, total);
                follow(source, dest, prefix, rev, renamer, total);
            } catch (EtcdException e) {
                throw new CliExit(ExitCodes.ERROR, ErrorMessages.of(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return WatchSession.INTERRUPTED;
            } finally {
                reporter.interrupt();
            }
        }
        return ExitCodes.SUCCESS;
    }

    private static void report(CommandContext ctx, AtomicLong total) {
        try {
            while (true) {
                Thread.sleep(REPORT_MILLIS);
                ctx.out().println(Long.toString(total.get()));
                ctx.out().flush();
            }
        } catch (InterruptedException stop) {
            // the command ended
        }
    }

    private static EtcdClient destination(CommandContext ctx, String arg) {
        String cacert = ctx.flags().string("dest-cacert");
        String cert = ctx.flags().string("dest-cert");
        String key = ctx.flags().string("dest-key");
        boolean tls = !cacert.isEmpty() || !cert.isEmpty() || !key.isEmpty()
                || !ctx.flags().bool("dest-insecure-transport");
        EtcdTransport transport = ctx.transport(); // the source's, as given or from ETCDCTL_TRANSPORT
        List<String> endpoints = new ArrayList<>();
        for (String e : arg.split(",")) {
            String t = e.trim();
            if (!t.contains("://")) {
                t = (tls ? "https://" : "http://") + t;
            }
            endpoints.add(t);
        }
        try {
            EtcdClientBuilder b = EtcdClient.builder().endpoints(endpoints).transport(transport);
            if (!cacert.isEmpty()) {
                b.trustedCertificates(Path.of(cacert));
            }
            if (!cert.isEmpty() || !key.isEmpty()) {
                b.clientCertificate(Path.of(cert), Path.of(key));
            }
            return b.build();
        } catch (EtcdException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, e.getMessage());
        }
    }

    /** Copies every key under the prefix as of one revision, a page at a time; returns that revision. */
    private static long copy(EtcdClient source, EtcdClient dest, String prefix, Renamer renamer, AtomicLong total) {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] end = rangeEnd(start);
        if (start.length == 0) {
            start = new byte[] {0};
        }
        long rev = 0;
        while (true) {
            GetOptions.Builder o = GetOptions.builder().limit(PAGE);
            if (end == null) {
                o.fromKey();
            } else {
                o.rangeEnd(end);
            }
            if (rev != 0) {
                o.revision(rev);
            }
            GetResponse r = source.kv().get(start, o.build());
            if (rev == 0) {
                rev = r.header().revision();
            }
            for (KeyValue kv : r.kvs()) {
                dest.kv().put(renamer.rename(kv.key()), kv.value());
                total.incrementAndGet();
            }
            if (!r.more() || r.kvs().isEmpty()) {
                return rev;
            }
            byte[] last = r.kvs().get(r.kvs().size() - 1).key();
            start = Arrays.copyOf(last, last.length + 1);
        }
    }

    /** The end of the range of keys starting with {@code prefix}; null for every key from it on. */
    private static byte[] rangeEnd(byte[] prefix) {
        if (prefix.length == 0) {
            return null;
        }
        byte[] end = prefix.clone();
        for (int i = end.length - 1; i >= 0; i--) {
            if (end[i] != (byte) 0xff) {
                end[i]++;
                return Arrays.copyOf(end, i + 1);
            }
        }
        return null;
    }

    private static void follow(EtcdClient source, EtcdClient dest, String prefix, long rev, Renamer renamer,
            AtomicLong total) throws InterruptedException {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        WatchOptions.Builder o = WatchOptions.builder().startRevision(rev + 1);
        byte[] key = prefix.getBytes(StandardCharsets.UTF_8);
        if (key.length == 0) {
            key = new byte[] {0};
            o.fromKey();
        } else {
            o.prefix();
        }
        Watcher watcher = source.watch().watch(key, o.build(), new WatchListener() {
            @Override
            public void onNext(WatchResponse response) {
                queue.add(response);
            }

            @Override
            public void onError(EtcdException error) {
                queue.add(error);
            }

            @Override
            public void onCompleted() {
                queue.add(Boolean.TRUE);
            }
        });
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof EtcdException e) {
                    throw e;
                }
                if (!(next instanceof WatchResponse r)) {
                    return;
                }
                apply(dest, r.events(), renamer, total);
            }
        } finally {
            watcher.close();
        }
    }

    /** Applies a watch response's events, one destination txn per source revision. */
    static void apply(EtcdClient dest, List<WatchEvent> events, Renamer renamer, AtomicLong total) {
        List<Op> ops = new ArrayList<>();
        long lastRev = 0;
        for (WatchEvent ev : events) {
            long r = ev.revision();
            if (lastRev != 0 && r > lastRev) {
                dest.kv().txn(Txn.builder().then(ops.toArray(new Op[0])).build());
                ops.clear();
            }
            lastRev = r;
            byte[] k = renamer.rename(ev.keyValue().key());
            ops.add(ev.type() == WatchEvent.Type.PUT ? Op.put(k, ev.keyValue().value()) : Op.delete(k));
            total.incrementAndGet();
        }
        if (!ops.isEmpty()) {
            dest.kv().txn(Txn.builder().then(ops.toArray(new Op[0])).build());
        }
    }

    /** Replaces a key's source prefix by the destination prefix. */
    record Renamer(String from, String to) {
        byte[] rename(byte[] key) {
            byte[] f = from.getBytes(StandardCharsets.UTF_8);
            byte[] t = to.getBytes(StandardCharsets.UTF_8);
            int tail = key.length >= f.length && Arrays.equals(key, 0, f.length, f, 0, f.length) ? f.length : 0;
            byte[] out = new byte[t.length + key.length - tail];
            System.arraycopy(t, 0, out, 0, t.length);
            System.arraycopy(key, tail, out, t.length, key.length - tail);
            return out;
        }
    }
}
