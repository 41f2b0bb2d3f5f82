package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.cluster.Member;
import io.etcdj.maintenance.AlarmType;
import io.etcdj.testing.EtcdCluster;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * etcdj's {@code member}, {@code endpoint}, {@code alarm}, {@code defrag} and
 * {@code move-leader} against etcdctl 3.4 on the same single-member server of this class's own
 * (alarms and membership changes must not disturb other classes). Exit codes, stdout and stderr
 * are compared byte for byte; only what differs per call is masked: the time a health check took,
 * and the id etcd gives a newly added member (with the member order, which follows the ids).
 */
class ClusterCompatTest {
    static EtcdCluster cluster;
    static EtcdClient etcd;
    static String ep;
    static String eps;
    static long memberId;

    /**
     * Go's duration text, as in "took = 1.234ms". The micro sign is matched both decoded and as
     * its two UTF-8 bytes read as Latin-1, which is how {@link CliResult#out()} shows stdout.
     */
    static final Pattern TOOK = Pattern.compile("\\d+(\\.\\d+)?(ns|µs|\u00c2\u00b5s|ms|s|m|h)([\\d.]+(ms|s|m))*");

    @BeforeAll
    static void start() {
        Runner.assumeEtcdctl();
        cluster = EtcdCluster.builder().namePrefix("cc").start();
        ep = cluster.clientEndpoints().get(0).replace("http://", "");
        eps = "--endpoints=" + ep;
        etcd = EtcdClient.builder().endpoints(cluster.clientEndpoints()).build();
        memberId = etcd.cluster().memberList().members().get(0).id();
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

    /** Runs both tools with the same arguments; compares exit codes, and stdout and stderr after masking. */
    static CliResult same(UnaryOperator<String> mask, String... args) {
        List<String> argv = List.of(args);
        CliResult expected = Runner.etcdctl(argv, new byte[0], Map.of());
        CliResult actual = Runner.etcdj(argv, new byte[0], Map.of());
        String what = "etcdj " + argv + "\nexpected (etcdctl):\n" + expected + "\nactual (etcdj):\n" + actual;
        assertThat(mask.apply(actual.errNormalised())).as("stderr of " + what).isEqualTo(mask.apply(expected.errNormalised()));
        assertThat(mask.apply(actual.out())).as("stdout of " + what).isEqualTo(mask.apply(expected.out()));
        assertThat(actual.exitCode()).as("exit code of " + what).isEqualTo(expected.exitCode());
        return actual;
    }

    static CliResult same(String... args) {
        return same(UnaryOperator.identity(), args);
    }

    /** Masks the took value; in a table also the column widths it sets. */
    static String maskTook(String s) {
        String masked = TOOK.matcher(s).replaceAll("<took>");
        return masked.contains("+--") ? masked.replaceAll("-+", "-").replaceAll(" +", " ") : masked;
    }

    private static String unusedPeerUrl() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void memberListInEveryFormat() {
        for (String format : List.of("simple", "json", "fields", "table")) {
            same(eps, "member", "list", "-w", format);
        }
    }

    @Test
    void endpointStatusInEveryFormat() {
        etcd.kv().put("cc/k", "v");
        for (String format : List.of("simple", "json", "fields", "table")) {
            same(eps, "endpoint", "status", "-w", format);
            same(eps, "endpoint", "status", "--cluster", "-w", format);
        }
    }

    /** etcd 3.4's HTTP/JSON gateway has no HashKV (docs/gateway.md, Limits; TransportFlagTest checks the error). */
    @Test
    @Tag("grpc-only")
    void endpointHashKvInEveryFormat() throws Exception {
        etcd.kv().put("cc/k", "v");
        for (String format : List.of("simple", "json", "fields", "table")) {
            same(eps, "endpoint", "hashkv", "-w", format);
            same(eps, "endpoint", "hashkv", "--cluster", "-w", format);
        }
        long rev = etcd.kv().get("cc/k").header().revision();
        same(eps, "endpoint", "hashkv", "--rev", Long.toString(rev - 1));
        same(eps, "endpoint", "hashkv", "--rev", Long.toString(rev + 1000));
        same("--endpoints=" + ep + "," + deadEndpoint(), "--command-timeout=1s", "--dial-timeout=1s", "endpoint", "hashkv");
    }

    /** The harness runs etcdj over this run's transport (Runner.TRANSPORT): only gRPC serves HashKV in etcd 3.4. */
    @Test
    void etcdjRunsOverThisRunsTransport() {
        CliResult r = Runner.etcdj(eps, "endpoint", "hashkv");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(Runner.TRANSPORT.equals("grpc") ? 0 : 1);
    }

    @Test
    void tookIsMaskedInEveryUnitAsStdoutShowsIt() {
        byte[] micro = "| 948.199\u00b5s |".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String latin1 = new String(micro, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(maskTook(latin1)).isEqualTo("| <took> |");
        assertThat(maskTook("| 1.96065ms |")).isEqualTo("| <took> |");
        assertThat(maskTook("took = 1m2.5s")).isEqualTo("took = <took>");
    }

    @Test
    void endpointHealthInEveryFormat() {
        for (String format : List.of("simple", "json", "fields", "table")) {
            CliResult r = same(ClusterCompatTest::maskTook, eps, "endpoint", "health", "-w", format);
            assertThat(r.exitCode()).isZero();
            same(ClusterCompatTest::maskTook, eps, "endpoint", "health", "--cluster", "-w", format);
        }
        assertThat(Runner.etcdj(eps, "endpoint", "health").err()).matches(
                "\\Q" + ep + "\\E is healthy: successfully committed proposal: took = [0-9.]+(ns|µs|ms|s)\n");
    }

    @Test
    void unreachableEndpointsAreReportedAsEtcdctlDoes() throws Exception {
        String dead = deadEndpoint();
        String both = "--endpoints=" + ep + "," + dead;
        same(both, "--command-timeout=1s", "--dial-timeout=1s", "endpoint", "status");
        same(ClusterCompatTest::maskTook, "--endpoints=" + dead, "--command-timeout=1s", "--dial-timeout=1s",
                "endpoint", "health");
    }

    /** @return {@code 127.0.0.1:PORT} of a port nothing listens on */
    private static String deadEndpoint() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void alarmsListedAndDisarmed() {
        try {
            same(eps, "alarm", "list");
            same(eps, "alarm", "list", "-w", "json");
            same(eps, "alarm", "list", "-w", "table");
            same(eps, "alarm", "disarm");
            etcd.maintenance().alarmActivate(memberId, AlarmType.NOSPACE);
            same(eps, "alarm", "list");
            same(eps, "alarm", "list", "-w", "json");
            same(eps, "endpoint", "status", "-w", "table");
            same(eps, "endpoint", "status", "-w", "json");
            same(eps, "put", "cc/blocked", "x");
            for (String format : List.of("simple", "json")) {
                etcd.maintenance().alarmActivate(memberId, AlarmType.NOSPACE);
                CliResult expected = Runner.etcdctl(List.of(eps, "alarm", "disarm", "-w", format), new byte[0], Map.of());
                etcd.maintenance().alarmActivate(memberId, AlarmType.NOSPACE);
                CliResult actual = Runner.etcdj(List.of(eps, "alarm", "disarm", "-w", format), new byte[0], Map.of());
                assertThat(actual.out()).isEqualTo(expected.out()).contains(Long.toUnsignedString(memberId));
                assertThat(actual.err()).isEqualTo(expected.errNormalised());
                assertThat(actual.exitCode()).isEqualTo(expected.exitCode()).isZero();
                assertThat(etcd.maintenance().alarmList().alarms()).isEmpty();
            }
        } finally {
            etcd.maintenance().alarmDisarmAll();
        }
        same(eps, "alarm", "list", "extra");
    }

    @Test
    void defragmentation() {
        same(eps, "defrag");
        same(eps, "defrag", "--cluster");
    }

    @Test
    void moveLeaderToItselfAndItsErrors() {
        String self = Long.toHexString(memberId);
        same(eps, "move-leader", self);
        same(eps, "move-leader", self, "-w", "json");
        same(eps, "move-leader", self, "-w", "fields");
        same(eps, "move-leader", self, "-w", "table");
        same(eps, "move-leader");
        same(eps, "move-leader", "zz");
        same(eps, "move-leader", "1234");
        same(eps, "move-leader", "1ffffffffffffffff");
    }

    /** Help texts are etcdj's own: here stderr and the exit code must match, stdout is the help. */
    @Test
    void missingSubcommandsAndMisplacedFlags() {
        for (List<String> args : List.of(List.of("member"), List.of("member", "foo"), List.of("alarm"), List.of("endpoint"),
                List.of("member", "list", "--learner"), List.of("member", "remove", "--peer-urls=http://a:1", "1"),
                List.of("endpoint", "status", "--rev=3"), List.of("endpoint", "health", "--rev", "3"))) {
            List<String> argv = new ArrayList<>(List.of(eps));
            argv.addAll(args);
            CliResult expected = Runner.etcdctl(argv, new byte[0], Map.of());
            CliResult actual = Runner.etcdj(argv, new byte[0], Map.of());
            assertThat(actual.err()).as(argv.toString()).isEqualTo(expected.errNormalised());
            assertThat(actual.exitCode()).as(argv.toString()).isEqualTo(expected.exitCode());
            assertThat(actual.out()).as(argv.toString()).isNotEmpty();
        }
    }

    @Test
    void memberCommandErrors() {
        same(eps, "member", "remove");
        same(eps, "member", "remove", "zz");
        same(eps, "member", "remove", "1234");
        same(eps, "member", "update", "1234");
        same(eps, "member", "update", "1234", "--peer-urls=http://127.0.0.1:1");
        same(eps, "member", "promote", "1234");
        same(eps, "member", "promote", Long.toHexString(memberId));
        same(eps, "member", "add");
        same(eps, "member", "add", "x");
        same(eps, "member", "add", "x", "http://127.0.0.1:1");
        same(eps, "member", "add", "x", "--peer-urls=ftp://127.0.0.1:1");
        same(eps, "member", "add", "x", "--peer-urls=http://127.0.0.1");
        same(eps, "member", "add", "x", "--peer-urls=http://127.0.0.1:1/path");
        same(eps, "member", "add", "x", "--peer-urls=" + cluster.member(0).peerEndpoint());
    }

    /** etcd gives an added member a random id, and lists members by id: mask the id, sort the listings. */
    static UnaryOperator<String> newMember(long... ids) {
        return s -> {
            for (long id : ids) {
                s = s.replace(String.format("%16x", id), "<new>").replace(Long.toUnsignedString(id), "<new>");
            }
            Matcher m = Pattern.compile("ETCD_INITIAL_CLUSTER=\"([^\"]*)\"").matcher(s);
            if (m.find()) {
                String[] parts = m.group(1).split(",");
                Arrays.sort(parts);
                s = s.substring(0, m.start(1)) + String.join(",", parts) + s.substring(m.end(1));
            }
            Matcher members = Pattern.compile("\"members\":\\[(.*)\\]").matcher(s);
            if (members.find()) {
                List<String> items = new ArrayList<>(Arrays.asList(members.group(1).split("(?<=}),(?=\\{)")));
                items.sort(null);
                s = s.substring(0, members.start(1)) + String.join(",", items) + s.substring(members.end(1));
            }
            return s;
        };
    }

    /** etcd refuses membership changes ("unhealthy cluster") until its voters have been connected for 5 s. */
    private static void awaitReconfigurable() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                etcd.cluster().memberRemove(etcd.cluster().memberAddAsLearner(List.of(unusedPeerUrl())).member().id());
                return;
            } catch (io.etcdj.exception.ConnectionException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private long addedId(String peer) {
        return etcd.cluster().memberList().members().stream().filter(m -> m.peerUrls().contains(peer))
                .map(Member::id).findFirst().orElseThrow();
    }

    /**
     * Adds a learner, fails to promote it, updates and removes it, with each tool in turn, both
     * formats. Only learners: a second voter that never starts would cost a single member its quorum.
     */
    @Test
    void membershipChanges() throws Exception {
        awaitReconfigurable();
        for (String format : List.of("simple", "json")) {
            {
                boolean learner = true;
                String peer = unusedPeerUrl();
                // etcd derives a new member's id from its peer URLs and the second it is added, and
                // refuses the id of a member removed: each tool adds the member with its own peer URL
                String otherPeer = unusedPeerUrl();
                List<String> add = new ArrayList<>(List.of(eps, "member", "add", "newbie", "--peer-urls=" + peer, "-w", format));
                List<String> ourAdd = new ArrayList<>(List.of(eps, "member", "add", "newbie", "--peer-urls=" + otherPeer, "-w", format));
                if (learner) {
                    add.add("--learner");
                    ourAdd.add("--learner");
                }
                CliResult expected = Runner.etcdctl(add, new byte[0], Map.of());
                assertThat(expected.exitCode()).as(expected.toString()).isZero();
                long first = addedId(peer);
                CliResult expectedRemove = Runner.etcdctl(List.of(eps, "member", "remove", Long.toHexString(first), "-w", format),
                        new byte[0], Map.of());
                CliResult actual = Runner.etcdj(ourAdd, new byte[0], Map.of());
                assertThat(actual.exitCode()).as(actual.toString()).isZero();
                long second = addedId(otherPeer);
                UnaryOperator<String> ids = newMember(first, second);
                UnaryOperator<String> mask = s -> ids.apply(s.replace(peer, "<peer>").replace(otherPeer, "<peer>"));
                assertThat(mask.apply(actual.out())).as(add + "\n" + actual + "\n" + expected).isEqualTo(mask.apply(expected.out()));
                assertThat(actual.err()).isEqualTo(expected.errNormalised()).isEmpty();
                if (learner) {
                    String id = Long.toHexString(second);
                    assertThat(Runner.etcdj(eps, "member", "list").out()).contains(id + ", unstarted, , " + otherPeer + ", , true");
                    same(mask, eps, "member", "promote", id);
                    same(mask, eps, "member", "list", "-w", format);
                }
                String newPeer = unusedPeerUrl();
                same(mask, eps, "member", "update", Long.toHexString(second), "--peer-urls=" + newPeer, "-w", format);
                CliResult removed = Runner.etcdj(eps, "member", "remove", Long.toHexString(second), "-w", format);
                assertThat(mask.apply(removed.out())).isEqualTo(mask.apply(expectedRemove.out()));
                assertThat(removed.exitCode()).isEqualTo(expectedRemove.exitCode()).isZero();
                assertThat(etcd.cluster().memberList().members()).hasSize(1);
            }
        }
        String peer = unusedPeerUrl();
        CliResult fields = Runner.etcdctl(List.of(eps, "member", "add", "f", "--peer-urls=" + peer, "--learner", "-w", "fields"),
                new byte[0], Map.of());
        // etcdctl adds the member, then refuses the format (exit 4); anything else is a failed add
        assertThat(fields.exitCode()).as("etcdctl's add: " + fields).isEqualTo(4);
        long first = addedId(peer);
        etcd.cluster().memberRemove(first);
        String otherPeer = unusedPeerUrl();
        CliResult ours = Runner.etcdj(List.of(eps, "member", "add", "f", "--peer-urls=" + otherPeer, "--learner", "-w", "fields"),
                new byte[0], Map.of());
        etcd.cluster().memberRemove(addedId(otherPeer));
        assertThat(ours.err()).isEqualTo(fields.errNormalised()).isEqualTo("Error: fields not supported as output format\n");
        assertThat(ours.exitCode()).isEqualTo(fields.exitCode()).isEqualTo(4);
    }
}
