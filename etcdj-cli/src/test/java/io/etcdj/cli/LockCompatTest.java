package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.kv.GetOptions;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.etcdj.testing.EtcdCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lock} of etcdj's command line against etcdctl 3.4's on one server: exit codes, standard
 * output and standard error of the command form and of the rejected command lines; the form
 * without a command, stopped by SIGTERM (etcdctl, and etcdj as a separate JVM) or by interrupting
 * its thread (etcdj in-process); and mutual exclusion between the two tools on one lock name,
 * checked by the order in which their commands write to one file. Lock keys name their session's
 * lease, so the lease id is masked where output is compared.
 */
class LockCompatTest {
    private static final Pattern LOCK_KEY = Pattern.compile("([^\\s/]*)/[0-9a-f]{1,16}");

    static EtcdCluster cluster;
    static EtcdClient etcd;
    static String endpoint;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        Runner.assumeEtcdctl();
        cluster = EtcdCluster.builder().namePrefix("lock").start();
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

    static String maskLease(String s) {
        return LOCK_KEY.matcher(s).replaceAll("$1/<lease>");
    }

    static CliResult same(List<String> args, Map<String, String> env) {
        return Runner.assertSame(args, args, new byte[0], env, LockCompatTest::maskLease, true);
    }

    int keysUnder(String prefix) {
        return etcd.kv().get(prefix, GetOptions.builder().prefix().build()).size();
    }

    @Test
    void commandFormPassesOutputThroughWithTheLockVariablesAndReleases() {
        String show = "echo \"key=$ETCD_LOCK_KEY\"; echo to-stderr >&2; "
                + "etcdctl --endpoints=" + endpoint + " -w fields get \"$ETCD_LOCK_KEY\" | grep CreateRevision; "
                + "echo \"rev=$ETCD_LOCK_REV\"";
        CliResult r = Runner.assertSame(cmd("lock", "--ttl", "7", "c1", "--", "sh", "-c", show),
                cmd("lock", "--ttl", "7", "c1", "--", "sh", "-c", show), new byte[0], Map.of(),
                s -> maskLease(s).replaceAll("\\d+", "N"), true);
        assertThat(r.err()).isEqualTo("to-stderr\n");
        Matcher m = Pattern.compile("(?s)key=c1/[0-9a-f]+\n\"CreateRevision\" : (\\d+)\nrev=(\\d+)\n").matcher(r.outText());
        assertThat(m.matches()).as(r.outText()).isTrue();
        // uncontended: the revision given to the command is the lock key's create revision, as etcdctl's
        assertThat(m.group(2)).isEqualTo(m.group(1));
        assertThat(keysUnder("c1/")).as("released").isZero();
        same(cmd("-w", "json", "lock", "--ttl=0x5", "c2", "--", "echo", "hi"), Map.of());
        same(cmd("lock", "--ttl", "0", "c3", "true"), Map.of()); // 0 means Go's default TTL
    }

    @Test
    void theCallersLockVariablesWinAsWithGoExec() {
        CliResult r = same(cmd("lock", "c4", "--", "sh", "-c", "echo $ETCD_LOCK_KEY $ETCD_LOCK_REV"),
                Map.of("ETCD_LOCK_KEY", "outer/1", "ETCD_LOCK_REV", "99"));
        assertThat(r.out()).isEqualTo("outer/1 99\n");
    }

    @Test
    void failingCommandsExitOneAfterReleasing() {
        assertThat(same(cmd("lock", "f1", "--", "sh", "-c", "echo partial; exit 3"), Map.of()).err())
                .isEqualTo("Error: exit status 3\n");
        assertThat(same(cmd("lock", "f1", "no-such-command-etcdj"), Map.of()).err())
                .isEqualTo("Error: exec: \"no-such-command-etcdj\": executable file not found in $PATH\n");
        assertThat(same(cmd("lock", "f1", dir.resolve("missing").toString()), Map.of()).err())
                .isEqualTo("Error: fork/exec " + dir.resolve("missing") + ": no such file or directory\n");
        assertThat(keysUnder("f1/")).isZero();
    }

    @Test
    void badCommandLines() {
        CliResult noName = same(cmd("lock"), Map.of());
        assertThat(noName.exitCode()).isEqualTo(128);
        assertThat(noName.err()).isEqualTo("Error: lock takes a lock name argument and an optional command to execute\n");
        // pflag errors; the usage texts that follow differ, so stdout is not compared
        for (List<String> line : List.of(cmd("lock", "--ttl", "abc", "b1"), cmd("lock", "--ttl=1.5", "b1", "true"),
                cmd("lock", "b1", "ls", "-l"))) {
            CliResult r = Runner.assertSame(line, line, new byte[0], Map.of(), UnaryOperator.identity(), false);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).startsWith("Error: ");
        }
        assertThat(keysUnder("b1/")).isZero();
    }

    @Test
    void anEmptyLockNameIsRefusedByEtcdjWhereEtcdctlUsesPrefixSlash() {
        CliResult ctl = Runner.etcdctl(cmd("lock", "", "true"), new byte[0], Map.of());
        assertThat(ctl.exitCode()).isZero();
        CliResult j = Runner.etcdj(cmd("lock", "", "true"), new byte[0], Map.of());
        assertThat(j.exitCode()).isEqualTo(1);
        assertThat(j.err()).isEqualTo("Error: a lock name must not be empty\n");
    }

    static final Pattern FIELD_NUMBERS =
            Pattern.compile("\"(Revision|CreateRevision|ModRevision|Lease|RaftTerm|ClusterID|MemberID)\" : \\d+");

    /** etcdj's output for lock {@code jName} and etcdctl's for {@code ctlName}, lease ids and revisions masked. */
    static void assertSameHolding(CliResult ctl, String ctlName, CliResult j, String jName) {
        String expected = FIELD_NUMBERS.matcher(maskLease(ctl.out().replace(ctlName + "/", jName + "/"))).replaceAll("\"$1\" : N");
        String actual = FIELD_NUMBERS.matcher(maskLease(j.out())).replaceAll("\"$1\" : N");
        assertThat(actual).isEqualTo(expected);
        assertThat(j.err()).isEqualTo(ctl.errNormalised());
        assertThat(j.exitCode()).isEqualTo(ctl.exitCode());
    }

    @Test
    void holdingWithoutCommandPrintsTheKeyAndReleasesWhenStopped() throws Exception {
        for (String format : List.of("simple", "fields")) {
            LockProcess ctl = LockProcess.etcdctl(cmd("-w", format, "lock", "hc-" + format));
            InProcessLock j = new InProcessLock(cmd("-w", format, "lock", "hj-" + format));
            LockWait.until(() -> keysUnder("hc-" + format + "/") == 1 && keysUnder("hj-" + format + "/") == 1);
            LockWait.until(() -> !ctl.out().isEmpty());
            Thread.sleep(300); // etcdj prints right after its key exists
            CliResult c = ctl.terminate();
            CliResult r = j.stop();
            assertSameHolding(c, "hc-" + format, r, "hj-" + format);
            assertThat(r.exitCode()).isZero();
            assertThat(r.outText()).contains("hj-" + format + "/");
            assertThat(keysUnder("hc-" + format + "/") + keysUnder("hj-" + format + "/")).as("both released").isZero();
        }
    }

    @Test
    void sigtermReleasesAndExitsZeroInASeparateJvmToo() throws Exception {
        LockProcess ctl = LockProcess.etcdctl(cmd("lock", "s1"));
        LockProcess j = LockProcess.etcdj(cmd("lock", "s2"));
        LockWait.until(() -> keysUnder("s1/") == 1 && keysUnder("s2/") == 1);
        LockWait.until(() -> !ctl.out().isEmpty() && !j.out().isEmpty());
        CliResult c = ctl.terminate();
        CliResult r = j.terminate();
        assertThat(maskLease(r.out())).isEqualTo(maskLease(c.out()).replace("s1/", "s2/")).isEqualTo("s2/<lease>\n\n");
        assertThat(r.exitCode()).isEqualTo(c.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(keysUnder("s1/") + keysUnder("s2/")).isZero();
    }

    @Test
    void stoppedWhileWaitingOrSessionLostExitsOneWithEtcdctlsMessage() throws Exception {
        try (Session holder = etcd.lock().newSession(30); Mutex held = etcd.lock().acquire("w1", holder, null)) {
            LockProcess ctl = LockProcess.etcdctl(cmd("lock", "w1"));
            InProcessLock j = new InProcessLock(cmd("lock", "w1"));
            LockWait.until(() -> keysUnder("w1/") == 3);
            CliResult c = ctl.terminate();
            CliResult r = j.stop();
            assertSameHolding(c, "w1", r, "w1");
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("Error: context canceled\n");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(keysUnder("w1/")).as("only the holder's key is left").isEqualTo(1);
            assertThat(held.isHeld()).isTrue();
        }
        LockProcess ctl = LockProcess.etcdctl(cmd("lock", "--ttl", "5", "lc"));
        InProcessLock j = new InProcessLock(cmd("lock", "--ttl", "5", "lj"));
        LockWait.until(() -> keysUnder("lc/") == 1 && keysUnder("lj/") == 1 && !ctl.out().isEmpty());
        Thread.sleep(300);
        for (String name : List.of("lc/", "lj/")) {
            for (var kv : etcd.kv().get(name, GetOptions.builder().prefix().build())) {
                etcd.lease().revoke(kv.lease());
            }
        }
        CliResult c = ctl.await();
        CliResult r = j.await();
        assertSameHolding(c, "lc", r, "lj");
        assertThat(r.err()).isEqualTo("Error: session expired\n");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void etcdctlAndEtcdjExcludeEachOtherOnOneName() throws Exception {
        Path log = dir.resolve("order.log");
        Files.createFile(log);
        String body = "echo \"$0 start $(date +%s%N)\" >> " + log + "; sleep 0.8; echo \"$0 end $(date +%s%N)\" >> " + log;
        // etcdctl first, etcdj waits
        LockProcess ctl = LockProcess.etcdctl(cmd("lock", "x", "--", "sh", "-c", body, "etcdctl"));
        LockWait.until(() -> Files.readString(log).contains("etcdctl start"));
        CliResult j = Runner.etcdj(cmd("lock", "x", "--", "sh", "-c", body, "etcdj"), new byte[0], Map.of());
        CliResult c = ctl.await();
        assertThat(c.exitCode()).isZero();
        assertThat(j.exitCode()).isZero();
        // etcdj first, etcdctl waits
        Thread etcdjThread = new Thread(() -> Runner.etcdj(cmd("lock", "x", "--", "sh", "-c", body, "etcdj2"),
                new byte[0], Map.of()));
        etcdjThread.start();
        LockWait.until(() -> Files.readString(log).contains("etcdj2 start"));
        CliResult c2 = LockProcess.etcdctl(cmd("lock", "x", "--", "sh", "-c", body, "etcdctl2")).await();
        etcdjThread.join(20_000);
        assertThat(c2.exitCode()).isZero();

        List<String> lines = Files.readAllLines(log);
        List<String> order = lines.stream().map(l -> l.substring(0, l.lastIndexOf(' '))).toList();
        assertThat(order).containsExactly("etcdctl start", "etcdctl end", "etcdj start", "etcdj end",
                "etcdj2 start", "etcdj2 end", "etcdctl2 start", "etcdctl2 end");
        long[] t = lines.stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).toArray();
        System.out.printf("lock hand-over etcdctl->etcdj %.1f ms, etcdj->etcdctl %.1f ms%n",
                (t[2] - t[1]) / 1e6, (t[6] - t[5]) / 1e6);
        for (int i = 1; i < t.length; i++) {
            assertThat(t[i]).isGreaterThanOrEqualTo(t[i - 1]);
        }
        assertThat(keysUnder("x/")).isZero();
    }

    /** etcdctl waits forever for its session's lease on an unreachable endpoint; etcdj gives up after --command-timeout. */
    @Test
    void anUnreachableEndpointFailsAfterTheCommandTimeout() {
        CliResult r = Runner.etcdj(List.of("--endpoints", "http://127.0.0.1:1", "--command-timeout", "1s", "lock", "u", "true"),
                new byte[0], Map.of());
        assertThat(r.err()).isEqualTo("Error: context deadline exceeded\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    /** {@code -w table} fails with exit 4 once the lock is held (etcdctl's key then waits for its lease to expire); protobuf is refused before. */
    @Test
    void unsupportedFormatsOfTheHeldForm() {
        CliResult ctl = Runner.etcdctl(cmd("-w", "table", "lock", "t1"), new byte[0], Map.of());
        CliResult j = Runner.etcdj(cmd("-w", "table", "lock", "t2"), new byte[0], Map.of());
        assertThat(j.err()).isEqualTo(ctl.errNormalised()).isEqualTo("Error: table not supported as output format\n");
        assertThat(j.exitCode()).isEqualTo(ctl.exitCode()).isEqualTo(4);
        assertThat(keysUnder("t2/")).as("etcdj's session revoked on exit").isZero();
        CliResult pb = Runner.etcdj(cmd("-w", "protobuf", "lock", "t3"), new byte[0], Map.of());
        assertThat(pb.err()).isEqualTo("Error: protobuf is not supported as output format by etcdj\n");
        assertThat(pb.exitCode()).isEqualTo(4);
        assertThat(keysUnder("t3/")).isZero();
    }
}
