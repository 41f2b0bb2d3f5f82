package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.testing.EtcdClusterExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Command and subcommand prefixes, as etcdctl 3.4 allows them (cobra's prefix matching), compared
 * with etcdctl on one server: a unique prefix runs its command, an ambiguous one is an unknown
 * command with etcdctl's suggestions (etcdj names itself where etcdctl does, the rest is equal),
 * an ambiguous subcommand prints the command's help.
 */
class PrefixMatchingCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String P = "pm-" + UUID.randomUUID().toString().substring(0, 8) + "/";

    @BeforeAll
    static void seed() {
        try (EtcdClient etcd = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            etcd.kv().put(P + "a", "1");
        }
    }

    @BeforeEach
    void needsEtcdctl() {
        Runner.assumeEtcdctl();
    }

    static List<String> cmd(String... args) {
        List<String> list = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv()));
        list.addAll(List.of(args));
        return list;
    }

    @Test
    void aUniquePrefixRunsItsCommand() {
        Runner.assertSame(cmd("ge", P + "a"), new byte[0], Map.of());
        Runner.assertSame(cmd("-w", "json", "ge", P + "a"), new byte[0], Map.of());
        Runner.assertSame(cmd("mem", "li"), new byte[0], Map.of());
        Runner.assertSame(cmd("-w", "json", "mem", "li"), new byte[0], Map.of());
        Runner.assertSame(cmd("mem", "--hex", "li"), new byte[0], Map.of());
        Runner.assertSame(cmd("al", "l"), new byte[0], Map.of());
        Runner.assertSame(cmd("endpoint", "sta", "-w", "fields"), new byte[0], Map.of());
        Runner.assertSame(cmd("lea", "l"), new byte[0], Map.of());
        Runner.assertSame(cmd("ver"), cmd("ver"), new byte[0], Map.of(), s -> s.replaceAll(" \\(etcdj .*\\)", ""), true);
        // "compact": compaction (of a future revision, so that both runs fail alike)
        Runner.assertSame(cmd("compact", "99999999"), new byte[0], Map.of());
        Runner.assertSame(cmd("compact", "x"), new byte[0], Map.of());
    }

    @Test
    void anAmbiguousPrefixIsAnUnknownCommand() {
        // l: lease or lock; the suggestions are the same for both tools (for "e" etcdj also
        // suggests its own dev)
        for (String prefix : List.of("l", "x", "getx")) {
            List<String> args = cmd(prefix, P + "a");
            CliResult expected = Runner.etcdctl(args, new byte[0], Map.of());
            CliResult actual = Runner.etcdj(args, new byte[0], Map.of());
            assertThat(actual.exitCode()).isEqualTo(expected.exitCode()).isEqualTo(1);
            assertThat(actual.out()).isEqualTo(expected.out());
            assertThat(actual.err().replace("etcdj", "etcdctl")).isEqualTo(expected.err());
        }
    }

    @Test
    void aPrefixOfACommandEtcdjLacksIsUnknownToo() {
        // c is compaction or check for etcdctl: ambiguous, although etcdj has no check
        for (String prefix : List.of("c", "comp", "m", "d", "de")) {
            CliResult etcdctl = Runner.etcdctl(cmd(prefix), new byte[0], Map.of());
            CliResult etcdj = Runner.etcdj(cmd(prefix), new byte[0], Map.of());
            assertThat(etcdctl.exitCode()).isEqualTo(1);
            assertThat(etcdj.exitCode()).isEqualTo(1);
            assertThat(etcdj.err()).startsWith("Error: unknown command \"" + prefix + "\" for \"etcdj\"");
        }
    }

    @Test
    void anAmbiguousOrUnknownSubcommandPrintsTheHelp() {
        for (List<String> args : List.of(cmd("endpoint", "h"), cmd("member", "x"), cmd("mem"))) {
            CliResult etcdctl = Runner.etcdctl(args, new byte[0], Map.of());
            CliResult etcdj = Runner.etcdj(args, new byte[0], Map.of());
            assertThat(etcdj.exitCode()).isEqualTo(etcdctl.exitCode()).isZero();
            assertThat(etcdj.err()).isEqualTo(etcdctl.err()).isEmpty();
            assertThat(etcdj.outText()).startsWith("NAME:\n\t" + args.get(2));
        }
    }

    @Test
    void helpTakesAPrefixAndAnEmptyCommandIsNone() {
        CliResult help = Runner.etcdj("help", "mem");
        assertThat(help.exitCode()).isZero();
        assertThat(help.outText()).startsWith("NAME:\n\tmember");
        CliResult he = Runner.etcdj("he");
        assertThat(he.exitCode()).isZero();
        assertThat(he.outText()).startsWith("NAME:\n\tetcdj");
        CliResult empty = Runner.etcdj("");
        CliResult etcdctl = Runner.etcdctl(List.of(""), new byte[0], Map.of());
        assertThat(empty.exitCode()).isEqualTo(etcdctl.exitCode()).isZero();
        assertThat(empty.err()).isEqualTo(etcdctl.err()).isEmpty();
    }
}
