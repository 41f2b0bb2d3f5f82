package io.etcdj.cli.v2;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.v2.EtcdV2Client;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * etcdj's v2 command line against etcdctl 3.4 for commands that change state: each scenario (a
 * sequence of command lines) runs with etcdctl under one key prefix and with etcdj under another,
 * step by step, and each step's output is compared after the prefix and etcd's indexes (which
 * differ between the two runs) are normalised.
 */
class V2WriteCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static EtcdV2Client etcd;

    @BeforeAll
    static void connect() {
        etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build();
    }

    @AfterAll
    static void close() {
        etcd.close();
    }

    @BeforeEach
    void needsEtcdctl() {
        V2Runner.assumeEtcdctl();
    }

    /** Scenarios: each string is one command line, words split on spaces, {P} the prefix. */
    static Stream<List<String>> scenarios() {
        return Stream.of(
                List.of("set {P}/k 1", "set {P}/k 2", "-o extended set {P}/k 3", "-o json set {P}/k 4",
                        "set --ttl 100 {P}/t v", "-o json get {P}/t", "-o extended get {P}/t",
                        "set --swap-with-value 9 {P}/k 5", "set --swap-with-value 4 {P}/k 5",
                        "set --swap-with-index 1 {P}/k 6", "set {P}/k", "set -ttl 50 {P}/k 7", "set {P}/nodir/x 1",
                        "set {P}/nodir/x/y 1", "set / 1"),
                List.of("mk {P}/k x", "mk {P}/k x", "-o extended mk --ttl 50 {P}/t v", "mk --in-order {P}/q a",
                        "mk --in-order {P}/q b", "-o json mk --in-order {P}/q c", "ls --sort {P}/q",
                        "mk --in-order {P}/k z"),
                List.of("mkdir {P}/d", "mkdir {P}/d", "mkdir --ttl 30 {P}/d2", "rm {P}/d", "-o json rmdir {P}/d",
                        "rmdir {P}/d", "set {P}/d/x 1", "rmdir {P}/d", "rm --recursive {P}/d",
                        "-o extended rm -r {P}/d2", "mkdir {P}/e", "rm --dir {P}/e", "mkdir {P}/k/x",
                        "rmdir {P}/k/x", "mkdir {P}/f", "set {P}/f/g 1", "mkdir {P}/f/g/h"),
                List.of("rm {P}/k", "set {P}/k 1", "rm {P}/k", "set {P}/k 1", "-o extended rm {P}/k", "set {P}/k 2",
                        "-o json rm {P}/k", "set {P}/k 3", "rm --with-value 9 {P}/k", "rm --with-value 3 {P}/k",
                        "set {P}/k 4", "rm --with-index 1 {P}/k", "rm /"),
                List.of("update {P}/k 1", "set {P}/k 1", "update {P}/k 2", "update --ttl 5 {P}/k 3",
                        "-o extended update {P}/k 4", "-o json update {P}/k 5", "update {P}/k"),
                List.of("setdir {P}/s", "setdir {P}/s", "updatedir {P}/s", "updatedir --ttl 50 {P}/s",
                        "-o json updatedir {P}/s", "-o extended updatedir --ttl 40 {P}/s", "updatedir {P}/nodir",
                        "set {P}/file 1", "updatedir {P}/file", "setdir --ttl 20 {P}/s2", "-o json setdir {P}/s3",
                        "-o extended setdir {P}/s4", "-o json mkdir {P}/m", "-o extended mkdir --ttl 9 {P}/m2"));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void sameAsEtcdctl(List<String> steps) {
        String n = UUID.randomUUID().toString().substring(0, 6);
        String ctlPrefix = "/v2wc-" + RUN + "-" + n + "-ctl";
        String jPrefix = "/v2wc-" + RUN + "-" + n + "-etcdj";
        for (String step : steps) {
            V2Runner.assertSame(cmd(step, ctlPrefix), cmd(step, jPrefix), "",
                    s -> normalise(s.replace(ctlPrefix, "{P}").replace(jPrefix, "{P}")), true);
        }
    }

    @Test
    void valueFromStandardInput() {
        String ctlPrefix = "/v2wc-" + RUN + "-stdin-ctl";
        String jPrefix = "/v2wc-" + RUN + "-stdin-etcdj";
        V2Runner.assertSame(cmd("set {P}/k", ctlPrefix), cmd("set {P}/k", jPrefix), "from stdin\n",
                s -> s.replace(ctlPrefix, "{P}").replace(jPrefix, "{P}"), true);
        assertThat(etcd.get(jPrefix + "/k").node().value()).isEqualTo("from stdin\n");
    }

    @Test
    void watchSeesTheNextChangeAndHistory() throws Exception {
        String key = "/v2wc-" + RUN + "-watch";
        long index = etcd.set(key + "/a", "0").etcdIndex();
        for (String o : List.of("simple", "extended", "json")) {
            for (List<String> extra : List.<List<String>>of(List.of(), List.of("--recursive"))) {
                List<String> args = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv(), "-o", o, "watch",
                        "--after-index", Long.toString(index - 1)));
                args.addAll(extra);
                args.add(extra.isEmpty() ? key + "/a" : key);
                V2Runner.assertSame(args, args, "", UnaryOperator.identity(), true);
            }
        }
        // a live change, seen by both while they wait
        long now = etcd.get(key + "/a").etcdIndex();
        List<String> args = List.of("--endpoints", ETCD.endpointsCsv(), "-o", "extended", "watch", "--forever",
                "--after-index", Long.toString(now), "--recursive", key);
        Process ctl = V2Runner.start(args);
        ByteArrayOutputStream ctlOut = pipe(ctl.getInputStream());
        ByteArrayOutputStream jOut = new ByteArrayOutputStream();
        Thread j = new Thread(() -> io.etcdj.cli.Main.run(args.toArray(new String[0]),
                new java.io.ByteArrayInputStream(new byte[0]), jOut, new ByteArrayOutputStream(),
                V2Runner.env()), "etcdj-watch");
        j.setDaemon(true);
        j.start();
        etcd.set(key + "/a", "1");
        etcd.delete(key + "/a");
        etcd.set(key + "/b", "2");
        awaitLines(ctlOut, 22);
        awaitLines(jOut, 22);
        ctl.destroy();
        ctl.waitFor(10, TimeUnit.SECONDS);
        // the Index line is etcd's index when each answer was sent, which depends on timing
        assertThat(normalise(jOut.toString())).isEqualTo(normalise(ctlOut.toString()));
        assertThat(jOut.toString()).contains("[delete] " + key + "/a");
    }

    @Test
    void execWatchRunsTheCommandWithTheEvent() throws Exception {
        String key = "/v2wc-" + RUN + "-exec";
        long index = etcd.set(key, "v1").node().modifiedIndex();
        etcd.set(key, "v2");
        // etcdctl 3.4 takes the last argument as the key and starts from --after-index + 2
        List<String> args = List.of("--endpoints", ETCD.endpointsCsv(), "exec-watch", "--after-index",
                Long.toString(index - 2), "sh", "-c",
                "echo $ETCD_WATCH_ACTION $ETCD_WATCH_KEY $ETCD_WATCH_VALUE; echo err >&2", key);
        Process ctl = V2Runner.start(args);
        ByteArrayOutputStream ctlOut = pipe(ctl.getInputStream());
        ByteArrayOutputStream jOut = new ByteArrayOutputStream();
        ByteArrayOutputStream jErr = new ByteArrayOutputStream();
        Thread j = new Thread(() -> io.etcdj.cli.Main.run(args.toArray(new String[0]),
                new java.io.ByteArrayInputStream(new byte[0]), jOut, jErr, V2Runner.env()), "etcdj-exec-watch");
        j.setDaemon(true);
        j.start();
        awaitLines(ctlOut, 2);
        awaitLines(jOut, 2);
        awaitLines(jErr, 2);
        ctl.destroy();
        ctl.waitFor(10, TimeUnit.SECONDS);
        // etcdctl starts each command without waiting for the one before, so its lines may come in any order
        assertThat(ctlOut.toString().lines()).containsExactlyInAnyOrder("set " + key + " v1", "set " + key + " v2");
        // etcdj runs them one after the other, in the order of the changes
        assertThat(jOut.toString()).isEqualTo("set " + key + " v1\nset " + key + " v2\n");
        assertThat(jErr.toString()).isEqualTo("err\nerr\n");
    }

    /** Copies a process's output into a buffer as it comes. */
    static ByteArrayOutputStream pipe(InputStream in) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(buf);
            } catch (IOException ended) {
                // the process was stopped
            }
        }, "pipe");
        t.setDaemon(true);
        t.start();
        return buf;
    }

    /** Waits (15 s at most) until the buffer holds that many lines; a little longer for any extra. */
    static void awaitLines(ByteArrayOutputStream buf, int lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (buf.toString().lines().count() < lines && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(200);
    }

    static List<String> cmd(String step, String prefix) {
        List<String> list = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv()));
        for (String w : step.split(" ")) {
            list.add(w.replace("{P}", prefix));
        }
        return list;
    }

    private static final Pattern[] INDEXES = {
        Pattern.compile("(Created-Index: |Modified-Index: |Index: )\\d+"),
        Pattern.compile("(\"createdIndex\":|\"modifiedIndex\":)\\d+"),
        Pattern.compile("( \\[)\\d+(\\]\\n)"),
        Pattern.compile("(\\[)\\d+ != \\d+(\\])"),
        Pattern.compile("(\"expiration\":\")[^\"]+(\")"),
        Pattern.compile("(/)\\d{20}"),
    };

    /** Replaces what differs between two runs of the same scenario: indexes, expirations, in-order names. */
    static String normalise(String s) {
        String out = s;
        for (Pattern p : INDEXES) {
            Matcher m = p.matcher(out);
            out = m.replaceAll(r -> r.group(1) + "N" + (r.groupCount() > 1 ? r.group(2) : ""));
        }
        return out;
    }
}
