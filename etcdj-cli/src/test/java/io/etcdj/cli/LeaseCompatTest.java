package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.kv.PutOptions;
import io.etcdj.testing.EtcdClusterExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * etcdj's {@code lease} commands against etcdctl 3.4 on the same server (a cluster of this class's
 * own, so that {@code lease list} sees only its leases). Time-to-live, list and keep-alive compare
 * one lease granted once ({@link #LEASE}, TTL 600 s, one key: etcd lists a lease's keys in no fixed
 * order, so several would not compare); only its remaining TTL, which
 * ticks between the two runs, is masked (and checked to be within 10 s of the granted TTL).
 * Grants compare everything but the id etcd chooses for each; revokes grant the same chosen id
 * before each tool revokes it, so both outputs are the same byte for byte.
 */
class LeaseCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().namePrefix("lease-compat").build();

    static final long LEASE = 0x5eed1234abcdL;
    static final String LEASE_HEX = String.format("%016x", LEASE);
    static final long REVOKED = 0x7e0c0ffeeL;
    static EtcdClient client;

    @BeforeAll
    static void seed() throws Exception {
        client = EtcdClient.builder().endpoints(ETCD.endpoints()).build();
        Leases.grant(ETCD.endpoints().get(0), LEASE, 600);
        PutOptions withLease = PutOptions.builder().leaseId(LEASE).build();
        client.kv().put("lc/\"q\" é", "2", withLease);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void needsEtcdctl() {
        Runner.assumeEtcdctl();
    }

    static List<String> cmd(String... args) {
        List<String> list = new ArrayList<>();
        list.add("--endpoints");
        list.add(ETCD.endpointsCsv());
        list.addAll(List.of(args));
        return list;
    }

    static CliResult same(String... args) {
        return Runner.assertSame(cmd(args), new byte[0], Map.of());
    }

    /** Masks a remaining TTL after checking that it is within 10 s of the granted 600 s. */
    static UnaryOperator<String> maskRemaining(Pattern p) {
        client.lease().keepAliveOnce(LEASE);
        return s -> {
            Matcher m = p.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                assertThat(Long.parseLong(m.group(2))).as(s).isBetween(590L, 600L);
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "<ttl>"));
            }
            return m.appendTail(sb).toString();
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "json", "fields"})
    void timeToLiveOfOneLease(String format) {
        Pattern remaining = switch (format) {
            case "simple" -> Pattern.compile("(remaining\\()(\\d+)");
            case "json" -> Pattern.compile("(\"ttl\":)(\\d+)");
            default -> Pattern.compile("(\"TTL\" : )(\\d+)");
        };
        for (String keys : List.of("--keys", "--keys=false")) {
            CliResult r = Runner.assertSame(cmd("-w", format, "lease", "timetolive", LEASE_HEX, keys), cmd("-w", format,
                    "lease", "timetolive", LEASE_HEX, keys), new byte[0], Map.of(), maskRemaining(remaining), true);
            assertThat(r.exitCode()).isZero();
            assertThat(r.outText()).contains(format.equals("simple") ? "granted with TTL(600s)" : "600");
        }
    }

    @Test
    void timeToLiveSimpleListsTheKeys() {
        CliResult r = Runner.assertSame(cmd("lease", "timetolive", "--keys", LEASE_HEX), cmd("lease", "timetolive",
                "--keys", LEASE_HEX), new byte[0], Map.of(), maskRemaining(Pattern.compile("(remaining\\()(\\d+)")), true);
        assertThat(r.outText()).endsWith(", attached keys([lc/\"q\" é])\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "json", "fields", "table"})
    void listAndKeepAliveOnce(String format) {
        CliResult list = same("-w", format, "lease", "list");
        CliResult once = same("-w", format, "lease", "keep-alive", "--once", LEASE_HEX);
        if (format.equals("table")) {
            assertThat(list.exitCode()).isEqualTo(4);
            assertThat(once.exitCode()).isEqualTo(4);
        } else {
            assertThat(list.outText()).contains(format.equals("simple") ? LEASE_HEX : Long.toString(LEASE));
            assertThat(once.outText()).contains(format.equals("simple") ? "keepalived with TTL(600)" : "600");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "json", "fields"})
    void revokeOfTheSameChosenId(String format) throws Exception {
        Leases.grant(ETCD.endpoints().get(0), REVOKED, 60);
        CliResult expected = Runner.etcdctl(cmd("-w", format, "lease", "revoke", Long.toHexString(REVOKED)), new byte[0], Map.of());
        Leases.grant(ETCD.endpoints().get(0), REVOKED, 60);
        CliResult actual = Runner.etcdj(cmd("-w", format, "lease", "revoke", Long.toHexString(REVOKED)), new byte[0], Map.of());
        assertThat(actual.out()).isEqualTo(expected.out());
        assertThat(actual.err()).isEqualTo(expected.err()).isEmpty();
        assertThat(actual.exitCode()).isEqualTo(expected.exitCode()).isZero();
        assertThat(client.lease().timeToLive(REVOKED, false).exists()).isFalse();
    }

    /** Grants with each tool; the ids etcd chooses differ, everything else must not. */
    @ParameterizedTest
    @ValueSource(strings = {"simple", "json", "fields"})
    void grant(String format) {
        Pattern id = switch (format) {
            case "simple" -> Pattern.compile("(lease )([0-9a-f]{16})( granted)");
            case "json" -> Pattern.compile("(\"ID\":)(\\d+)(,)");
            default -> Pattern.compile("(\"ID\" : )(\\d+)(\n)");
        };
        for (String ttl : List.of("60", "0")) {
            List<String> ids = new ArrayList<>();
            UnaryOperator<String> mask = s -> {
                Matcher m = id.matcher(s);
                assertThat(m.find()).as(s).isTrue();
                ids.add(m.group(2));
                return m.replaceFirst("$1<id>$3");
            };
            CliResult r = Runner.assertSame(cmd("-w", format, "lease", "grant", ttl), cmd("-w", format, "lease", "grant", ttl),
                    new byte[0], Map.of(), mask, true);
            assertThat(r.outText()).contains(ttl.equals("60") ? "60" : "TTL");
            assertThat(ids).hasSize(2).doesNotHaveDuplicates();
            long granted = format.equals("simple") ? Long.parseUnsignedLong(ids.get(1), 16) : Long.parseLong(ids.get(1));
            assertThat(client.lease().timeToLive(granted, false).exists()).isTrue();
        }
    }

    @Test
    void grantWithTableFormatGrantsThenFails() {
        CliResult r = same("-w", "table", "lease", "grant", "30");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("Error: table not supported as output format\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "json", "fields"})
    void unknownLease(String format) {
        assertThat(same("-w", format, "lease", "revoke", "1234").exitCode()).isEqualTo(1);
        assertThat(same("-w", format, "lease", "timetolive", "1234", "--keys").exitCode()).isZero();
        assertThat(same("-w", format, "lease", "keep-alive", "--once", "1234").exitCode()).isEqualTo(2);
        assertThat(same("-w", format, "lease", "keep-alive", "1234").exitCode()).isZero();
        assertThat(same("-w", format, "lease", "timetolive", "0").exitCode()).isZero();
        assertThat(same("-w", format, "lease", "revoke", "0").exitCode()).isEqualTo(1);
        assertThat(same("-w", format, "lease", "keep-alive", "--once", "--", "-1a").exitCode()).isEqualTo(2);
        assertThat(same("-w", format, "lease", "timetolive", "--", "-1a").exitCode()).isZero();
    }

    @Test
    void unknownLeaseMessages() {
        assertThat(same("lease", "revoke", "1234").err())
                .isEqualTo("Error: failed to revoke lease (etcdserver: requested lease not found)\n");
        assertThat(same("lease", "timetolive", "1234").out()).isEqualTo("lease 0000000000001234 already expired\n");
        assertThat(same("lease", "keep-alive", "--once", "1234").err()).isEqualTo("Error: etcdserver: requested lease not found\n");
        assertThat(same("lease", "keep-alive", "1234").out()).isEqualTo("lease 0000000000001234 expired or revoked.\n");
        assertThat(same("lease", "timetolive", "--", "-1a").out()).isEqualTo("lease -00000000000001a already expired\n");
    }

    @Test
    void badArguments() {
        List<List<String>> lines = List.of(
                List.of("lease", "grant"), List.of("lease", "grant", "1", "2"), List.of("lease", "grant", "abc"),
                List.of("lease", "grant", "1.5"), List.of("lease", "grant", "99999999999999999999"),
                List.of("lease", "revoke"), List.of("lease", "revoke", "zz"), List.of("lease", "revoke", "0x12"),
                List.of("lease", "revoke", "ffffffffffffffff"), List.of("lease", "revoke", "1", "2"),
                List.of("lease", "timetolive"), List.of("lease", "timetolive", "xyz", "--keys"),
                List.of("lease", "keep-alive"), List.of("lease", "keep-alive", "--once"),
                List.of("lease", "keep-alive", "--once", "g1"), List.of("lease", "keep-alive", "a", "b"));
        for (List<String> line : lines) {
            CliResult r = same(line.toArray(new String[0]));
            assertThat(r.exitCode()).as(line.toString()).isEqualTo(128);
            assertThat(r.err()).as(line.toString()).startsWith("Error: ");
        }
    }

    @Test
    void tooLargeTtlIsRefusedByEtcd() {
        CliResult r = same("lease", "grant", "9000000001");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: failed to grant lease (etcdserver: too large lease TTL)\n");
    }

    /** A flag of another lease subcommand is an unknown flag (exit 1); the usage texts differ, stdout is not compared. */
    @Test
    void flagOfAnotherSubcommand() {
        for (String[] line : List.of(new String[] {"lease", "grant", "--keys", "5"},
                new String[] {"lease", "list", "--once"}, new String[] {"lease", "revoke", "--keys", "1"})) {
            CliResult r = Runner.assertSame(cmd(line), cmd(line), new byte[0], Map.of(), UnaryOperator.identity(), false);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("unknown flag: --");
        }
    }

    @Test
    void protobufIsTheHeaderOnlyAsEtcdctlWritesIt() {
        // a grant changes no revision: both tools get the same header
        Runner.assertSame(cmd("-w", "protobuf", "lease", "grant", "30"), new byte[0], Map.of());
        Runner.assertSame(cmd("-w", "protobuf", "lease", "list"), new byte[0], Map.of());
    }

    @Test
    void helpWithoutSubcommand() {
        CliResult r = Runner.etcdj(cmd("lease"), new byte[0], Map.of());
        assertThat(r.exitCode()).isZero();
        assertThat(r.outText()).contains("grant, keep-alive, list, revoke, timetolive");
    }

    /**
     * A keep-alive that runs until its lease is revoked elsewhere: one answer printed at once,
     * then the lease found gone at the next refresh (a third of the 6 s TTL later).
     */
    @ParameterizedTest
    @ValueSource(strings = {"simple", "json", "fields"})
    void keepAliveUntilRevoked(String format) throws Exception {
        long id = 0x6b6100L + List.of("simple", "json", "fields").indexOf(format);
        Leases.grant(ETCD.endpoints().get(0), id, 6);
        String hex = Long.toHexString(id);
        WatchPair pair = WatchPair.start(cmd("-w", format, "lease", "keep-alive", hex), Map.of());
        // both send their first keep-alive at once and the next one 2 s later; etcdctl's output is
        // seen only when it ends, so the revoke comes 1.2 s after the start and after etcdj printed
        Thread.sleep(1200);
        pair.settle(1);
        client.lease().revoke(id);
        WatchPair.Result r = pair.await();
        String out = r.assertSame();
        assertThat(r.etcdj().exitCode()).isZero();
        if (format.equals("simple")) {
            assertThat(out).isEqualTo("lease " + String.format("%016x", id) + " keepalived with TTL(6)\n"
                    + "lease " + String.format("%016x", id) + " expired or revoked.\n");
        } else {
            assertThat(out).contains(Long.toString(id)).contains("6");
        }
    }

    @Test
    void keepAliveWithTableFailsAtTheFirstAnswer() {
        CliResult r = same("-w", "table", "lease", "keep-alive", LEASE_HEX);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void keepAliveStoppedByInterrupt() throws Exception {
        WatchPair pair = WatchPair.start(cmd("lease", "keep-alive", LEASE_HEX), Map.of());
        // both send their first keep-alive at once and the next one 2 s later; etcdctl's output is
        // seen only when it ends, so the revoke comes 1.2 s after the start and after etcdj printed
        Thread.sleep(1200);
        pair.settle(1);
        WatchPair.Result r = pair.stop();
        assertThat(r.etcdj().out()).isEqualTo(r.etcdctl().out()).isEqualTo("lease " + LEASE_HEX + " keepalived with TTL(600)\n");
        assertThat(r.etcdj().exitCode()).isEqualTo(130);
    }
}
