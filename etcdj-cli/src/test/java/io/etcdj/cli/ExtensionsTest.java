package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdClusterExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What etcdj's command line does where etcdctl 3.4 cannot be compared: flags it lacks (from
 * etcdctl 3.5 or the library), txn inputs on which etcdctl 3.4 is buggy, help and unknown commands.
 */
class ExtensionsTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    private final String p = "ext-" + UUID.randomUUID().toString().substring(0, 8) + "/";

    private CliResult run(String stdin, String... args) {
        List<String> full = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv()));
        full.addAll(List.of(args));
        return Runner.etcdj(full, stdin.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void countOnlyAndRevisionFilters() {
        long first = Long.parseLong(run("", "-w", "fields", "put", p + "a", "1").outText().lines()
                .filter(l -> l.startsWith("\"Revision\"")).findFirst().orElseThrow().replaceAll("\\D", ""));
        run("", "put", p + "b", "2");
        run("", "put", p + "a", "3");
        CliResult count = run("", "-w", "fields", "get", "--prefix", p, "--count-only");
        assertThat(count.exitCode()).isZero();
        assertThat(count.outText()).contains("\"Count\" : 2\n").doesNotContain("\"Key\"");
        CliResult simple = run("", "get", "--prefix", p, "--count-only");
        assertThat(simple.exitCode()).isEqualTo(128);
        assertThat(simple.err()).isEqualTo("Error: --count-only is only for `--write-out=fields`\n");
        assertThat(run("", "get", "--prefix", p, "--keys-only", "--count-only").exitCode()).isEqualTo(128);

        assertThat(run("", "get", "--prefix", p, "--min-mod-rev", Long.toString(first + 1), "--keys-only").outText())
                .isEqualTo(p + "a\n\n" + p + "b\n\n");
        assertThat(run("", "get", "--prefix", p, "--max-create-rev", Long.toString(first)).outText())
                .isEqualTo(p + "a\n3\n");
        assertThat(run("", "get", "--prefix", p, "--min-create-rev", Long.toString(first + 1)).outText())
                .isEqualTo(p + "b\n2\n");
        assertThat(run("", "get", "--prefix", p, "--max-mod-rev", Long.toString(first + 1)).outText())
                .isEqualTo(p + "b\n2\n");
    }

    @Test
    void txnWithSingleQuotesLeaseComparesAndBadOperators() {
        CliResult put = run("\nput " + p + "q 'hello world'\n\n\n", "txn");
        assertThat(put.exitCode()).as(put.toString()).isZero();
        assertThat(run("", "get", p + "q", "--print-value-only").outText()).isEqualTo("hello world\n");

        CliResult lease = run("lease(\"" + p + "q\") = \"0\"\n\nget " + p + "q\n\n\n", "txn");
        assertThat(lease.outText()).isEqualTo("SUCCESS\n\n" + p + "q\nhello world\n");

        CliResult op = run("mod(\"" + p + "q\") >= \"0\"\n\n\n\n", "txn");
        assertThat(op.exitCode()).isEqualTo(3);
        assertThat(op.err()).startsWith("Error: malformed comparison: mod(\"" + p + "q\") >= \"0\" (unknown operator >=");

        CliResult unknownFlag = run("\nget " + p + "q --bogus\n\n\n", "txn");
        assertThat(unknownFlag.exitCode()).isEqualTo(3);
        assertThat(unknownFlag.err()).isEqualTo("Error: invalid txn request: get " + p + "q --bogus\n");
    }

    @Test
    void helpAndUnknownCommands() {
        CliResult root = Runner.etcdj();
        assertThat(root.exitCode()).isZero();
        assertThat(root.outText()).contains("COMMANDS:", "get", "txn", "compaction", "dev", "tour", "GLOBAL OPTIONS:");
        CliResult help = Runner.etcdj("get", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.outText()).contains("etcdj get [options] <key> [range_end]", "--print-value-only");
        assertThat(Runner.etcdj("help", "txn").outText()).contains("txn [options]", "mod(\"key1\") > \"0\"");

        CliResult unknown = Runner.etcdj("gett", "x");
        assertThat(unknown.exitCode()).isEqualTo(1);
        String message = "Error: unknown command \"gett\" for \"etcdj\"\n\nDid you mean this?\n\tget\n\n";
        assertThat(unknown.err()).isEqualTo(message + "Run 'etcdj --help' for usage.\n" + message);
        assertThat(Runner.etcdj("bogus").err()).isEqualTo("Error: unknown command \"bogus\" for \"etcdj\"\n"
                + "Run 'etcdj --help' for usage.\nError: unknown command \"bogus\" for \"etcdj\"\n");
    }

    @Test
    void protobufOutputIsRefusedBeforeTheRequestWhereEtcdjLacksIt() throws Exception {
        CliResult r = run("", "-w", "protobuf", "member", "promote", "1");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo("Error: protobuf is not supported as output format by etcdj\n");
        CliResult put = run("", "-w", "protobuf", "put", p + "pb", "v");
        assertThat(put.exitCode()).isZero();
        assertThat(io.etcdj.grpc.PutResponse.parseFrom(put.stdout()).getHeader().getRevision()).isPositive();
        assertThat(run("", "-w", "protobuf", "compaction", "1").exitCode()).isNotEqualTo(4);
    }
}
