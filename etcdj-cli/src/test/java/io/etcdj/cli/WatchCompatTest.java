package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.cli.WatchPair.Result;
import io.etcdj.kv.Op;
import io.etcdj.kv.Txn;
import io.etcdj.testing.EtcdCluster;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code watch} of etcdj's command line against etcdctl 3.4's on the same server: both watch at
 * once, the test writes, and their standard output (byte for byte), standard error and, for a
 * watch that ends by itself, exit code are compared. Nothing is masked: both see the same
 * responses of the same member. A watch that runs until interrupted is stopped with SIGTERM
 * (etcdctl) and by interrupting its thread (etcdj, in-process); those exit codes are not compared.
 * The cluster is this class's own, because the last test compacts it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchCompatTest {
    static EtcdCluster cluster;
    static EtcdClient etcd;
    static String endpoint;
    /** Bytes that are not valid UTF-8, with quotes, escapes and control characters. */
    static final byte[] BINARY = {'x', '\t', '"', '\\', 0x01, (byte) 0xff, (byte) 0xc3, (byte) 0xa9, '\n'};

    @BeforeAll
    static void start() {
        Runner.assumeEtcdctl();
        cluster = EtcdCluster.builder().namePrefix("watch")
                .extraArgs("--experimental-watch-progress-notify-interval=300ms").start();
        endpoint = cluster.clientEndpoints().get(0);
        etcd = EtcdClient.builder().endpoints(endpoint).build();
    }

    @AfterAll
    static void stop() {
        if (etcd != null) {
            etcd.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static List<String> cmd(String... args) {
        List<String> list = new ArrayList<>(List.of("--endpoints", endpoint));
        list.addAll(List.of(args));
        return list;
    }

    static void pause() throws InterruptedException {
        // both watchers must be registered on etcd before the first write
        Thread.sleep(1500);
    }

    @Test
    @Order(1)
    void eventsInEveryFormatWithPrefixRangeRevPrevKvHexEnvAndExec() throws Exception {
        long history = etcd.kv().put("h/1", "old").header().revision();
        etcd.kv().put("h/2", "older");
        etcd.kv().delete("h/1");
        String show = "echo \"$ETCD_WATCH_REVISION|$ETCD_WATCH_EVENT_TYPE|$ETCD_WATCH_KEY|$ETCD_WATCH_VALUE|$0|$1\"";
        Map<List<String>, Map<String, String>> runs = new LinkedHashMap<>();
        for (String w : List.of("simple", "json", "fields")) {
            runs.put(cmd("-w", w, "watch", "--prefix", "--prev-kv", "p/"), Map.of());
            runs.put(cmd("-w", w, "watch", "p/a"), Map.of());
            runs.put(cmd("-w", w, "watch", "p/b", "p/d"), Map.of());
            runs.put(cmd("-w", w, "watch", "--rev", Long.toString(history), "--prefix", "h/"), Map.of());
        }
        runs.put(cmd("--hex", "watch", "--prev-kv", "p/a"), Map.of());
        runs.put(cmd("watch", "p/a", "p/b", "p/c"), Map.of()); // a third argument is ignored
        runs.put(cmd("watch", "--prefix", "p/", "--", "sh", "-c", show, "arg0", "arg1"), Map.of());
        runs.put(cmd("-w", "json", "watch", "--prev-kv", "--", "sh", "-c", show), Map.of("ETCDCTL_WATCH_KEY", "p/a"));
        runs.put(cmd("watch"), Map.of("ETCDCTL_WATCH_KEY", "p/b", "ETCDCTL_WATCH_RANGE_END", "p/z"));
        List<WatchPair> pairs = new ArrayList<>();
        runs.forEach((args, env) -> pairs.add(WatchPair.start(args, env)));
        pause();

        etcd.kv().put("p/a", "1");
        etcd.kv().put("p/b", "x\"y");
        etcd.kv().put("p/a", "2");
        etcd.kv().put("p/bin".getBytes(StandardCharsets.UTF_8), BINARY);
        etcd.kv().put("p/a", "");
        etcd.kv().txn(Txn.builder().then(Op.put("p/c", "3"), Op.put("p/d", "4"), Op.put("p/a", "é")).build());
        etcd.kv().delete("p/a");
        etcd.kv().delete("p/", io.etcdj.kv.DeleteOptions.builder().prefix().build());

        for (WatchPair p : pairs) {
            p.settle(1);
        }
        for (WatchPair p : pairs) {
            String out = p.stop().assertSameOutput();
            assertThat(out).as("every run printed events").isNotEmpty();
        }
    }

    @Test
    @Order(2)
    @Tag("grpc-only") // a progress request cannot be sent over etcd's HTTP/JSON gateway (docs/gateway.md, Limits)
    void interactiveWatchAndProgressLines() throws Exception {
        List<WatchPair> pairs = new ArrayList<>();
        for (String w : List.of("simple", "json", "fields")) {
            pairs.add(WatchPair.start(cmd("-w", w, "watch", "-i"), Map.of()));
        }
        for (WatchPair p : pairs) {
            p.send("watch i/a\nwatch --prefix i/ --prev-kv\n\nfoo bar\nwatch\nwatch i/a i/b --prefix\n"
                    + "watch -- echo no-key\nwatch \"i/quoted key\" -- sh -c \"echo $ETCD_WATCH_KEY\"\n");
        }
        pause();
        for (WatchPair p : pairs) {
            p.send("progress\n");
        }
        Thread.sleep(300);
        etcd.kv().put("i/a", "1");
        etcd.kv().put("i/quoted key", "q");
        etcd.kv().put("i/a", "2");
        for (WatchPair p : pairs) {
            p.settle(1);
            p.closeInput();
        }
        for (WatchPair p : pairs) {
            Result r = p.await();
            r.assertSameLinesAnyOrder();
            assertThat(r.etcdj().out()).contains("progress notify: ");
        }
    }

    @Test
    @Order(2)
    @Tag("grpc-only") // a progress request cannot be sent over etcd's HTTP/JSON gateway (docs/gateway.md, Limits)
    void interactiveProgressOfOneWatchByteForByte() throws Exception {
        List<WatchPair> pairs = new ArrayList<>();
        for (String w : List.of("simple", "json", "fields")) {
            pairs.add(WatchPair.start(cmd("-w", w, "watch", "-i"), Map.of()));
        }
        for (WatchPair p : pairs) {
            p.send("watch --prev-kv --prefix j/\n");
        }
        pause();
        for (WatchPair p : pairs) {
            p.send("progress\n");
        }
        Thread.sleep(300);
        etcd.kv().put("j/a", "1");
        etcd.kv().put("j/a", "2");
        for (WatchPair p : pairs) {
            p.settle(1);
            p.send("progress\n");
        }
        Thread.sleep(300);
        for (WatchPair p : pairs) {
            p.settle(1);
            p.closeInput();
        }
        for (WatchPair p : pairs) {
            assertThat(p.await().assertSame()).contains("progress notify: ");
        }
    }

    @Test
    @Order(3)
    void unsupportedTableFormatAndFailingCommandsEndTheWatch() throws Exception {
        List<WatchPair> pairs = List.of(
                WatchPair.start(cmd("-w", "table", "watch", "f/a"), Map.of()),
                WatchPair.start(cmd("watch", "f/a", "--", "false"), Map.of()),
                WatchPair.start(cmd("-w", "json", "watch", "f/a", "--", "etcdj-no-such-command"), Map.of()),
                WatchPair.start(cmd("-w", "fields", "watch", "-i"), Map.of()));
        pairs.get(3).send("watch f/a -- sh -c \"exit 3\"\n");
        pause();
        etcd.kv().put("f/a", "v");
        for (WatchPair p : pairs) {
            p.await().assertSame();
        }
    }

    @Test
    @Order(4)
    void rejectedCommandLines() {
        Map<String, String> none = Map.of();
        same(none, "watch");
        same(none, "watch", "--prefix");
        same(none, "watch", "--prefix", "a", "b");
        same(none, "watch", "a", "--");
        same(none, "watch", "--", "echo", "hi");
        same(none, "-w", "bogus", "watch", "a");
        same(Map.of("ETCDCTL_WATCH_KEY", "a"), "watch", "b");
        same(Map.of("ETCDCTL_WATCH_KEY", "a"), "watch", "b", "--", "echo");
        same(Map.of("ETCDCTL_WATCH_RANGE_END", "b"), "watch", "a");
        same(Map.of("ETCDCTL_WATCH_RANGE_END", "b"), "watch", "-i");
        Runner.assertSame(cmd("watch", "--bogus", "a"), cmd("watch", "--bogus", "a"), new byte[0], none,
                s -> s, false); // stdout is the usage text, which is etcdj's own
    }

    private static void same(Map<String, String> env, String... args) {
        Runner.assertSame(cmd(args), new byte[0], env);
    }

    @Test
    @Order(5)
    void interactiveInputErrors() {
        for (String input : List.of("", "watch --bogus\n", "watch a --\n", "watch --prefix\n", "watch \"a\n",
                "watch a\nwatch b")) {
            Runner.assertSame(cmd("watch", "-i"), input.getBytes(StandardCharsets.UTF_8), Map.of());
        }
        Runner.assertSame(cmd("watch", "-i"), "watch b\n".getBytes(StandardCharsets.UTF_8),
                Map.of("ETCDCTL_WATCH_KEY", "a"));
    }

    @Test
    @Order(5)
    @Tag("grpc-only") // a progress request cannot be sent over etcd's HTTP/JSON gateway (docs/gateway.md, Limits)
    void progressWithoutAWatchIsIgnored() {
        Runner.assertSame(cmd("watch", "-i"), "progress\n".getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    @Order(6)
    void progressNotifyFlagIsEtcdctl35s() throws Exception {
        CliResult etcdctl = Runner.etcdctl(cmd("watch", "--progress-notify", "n/a"), new byte[0], Map.of());
        assertThat(etcdctl.err()).contains("Error: unknown flag: --progress-notify");
        WatchPair p = WatchPair.start(cmd("-w", "json", "watch", "--progress-notify", "n/a"), Map.of());
        Thread.sleep(1500);
        String out = p.stop().etcdj().outText();
        assertThat(out).startsWith("progress notify: ").contains("\"Events\":[],\"CompactRevision\":0");
    }

    @Test
    @Order(7)
    void compactedRevisionCancelsTheWatch() throws Exception {
        etcd.kv().put("c/a", "1");
        long compacted = etcd.kv().put("c/a", "2").header().revision();
        etcd.kv().compact(compacted);
        List<WatchPair> pairs = new ArrayList<>();
        for (String w : List.of("simple", "json", "fields")) {
            pairs.add(WatchPair.start(cmd("-w", w, "watch", "--rev", "1", "c/a"), Map.of()));
        }
        pairs.add(WatchPair.start(cmd("watch", "--rev", "-1", "c/a"), Map.of()));
        pairs.add(WatchPair.start(cmd("-w", "json", "watch", "-i"), Map.of()));
        pairs.get(4).send("watch --rev 2 c/a\n");
        for (int i = 0; i < 4; i++) {
            Result r = pairs.get(i).await();
            r.assertSame();
            assertThat(r.etcdj().exitCode()).isEqualTo(5);
        }
        Thread.sleep(500);
        pairs.get(4).closeInput();
        String out = pairs.get(4).await().assertSame();
        assertThat(out).contains("\"CompactRevision\":" + compacted + ",\"Canceled\":true");
    }
}
