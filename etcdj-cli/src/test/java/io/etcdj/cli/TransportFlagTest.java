package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdClusterExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * etcdj's {@code --transport} flag (and {@code ETCDCTL_TRANSPORT}), which etcdctl lacks. The command
 * lines are run exactly as written here, whatever {@code etcdj.cli.transport} says, so that a run
 * over either transport tests the same flag handling.
 */
class TransportFlagTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    private static final String BAD = "Error: unsupported transport \"grpcc\" (use grpc or http-json)\n";

    private final String p = "transport-" + UUID.randomUUID().toString().substring(0, 8) + "/";

    private static CliResult exactly(Map<String, String> extraEnv, String... args) {
        return exactly(new byte[0], extraEnv, args);
    }

    private static CliResult exactly(byte[] stdin, Map<String, String> extraEnv, String... args) {
        return Runner.etcdjAsIs(List.of(args), stdin, extraEnv);
    }

    private CliResult withEndpoints(Map<String, String> extraEnv, String... args) {
        List<String> full = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv()));
        full.addAll(List.of(args));
        return exactly(extraEnv, full.toArray(new String[0]));
    }

    @Test
    void bothValuesWriteAndReadTheSameKeys() {
        for (String transport : List.of("grpc", "http-json")) {
            CliResult put = withEndpoints(Map.of(), "--transport", transport, "put", p + transport, "v-" + transport);
            assertThat(put.exitCode()).as(put.toString()).isZero();
            assertThat(put.outText()).isEqualTo("OK\n");
        }
        for (String transport : List.of("grpc", "http-json")) {
            CliResult get = withEndpoints(Map.of(), "--transport=" + transport, "get", "--prefix", p);
            assertThat(get.exitCode()).as(get.toString()).isZero();
            assertThat(get.outText()).isEqualTo(p + "grpc\nv-grpc\n" + p + "http-json\nv-http-json\n");
        }
    }

    @Test
    void anUnknownValueIsRefusedBeforeAnyRequestWithExit4() {
        CliResult r = withEndpoints(Map.of(), "--transport", "grpcc", "put", p + "never", "v");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).isEqualTo(BAD);
        assertThat(r.outText()).isEmpty();
        // case matters, as for --write-out
        CliResult upper = withEndpoints(Map.of(), "--transport=GRPC", "get", p + "never");
        assertThat(upper.exitCode()).isEqualTo(4);
        assertThat(upper.err()).isEqualTo("Error: unsupported transport \"GRPC\" (use grpc or http-json)\n");
        CliResult empty = withEndpoints(Map.of(), "--transport=", "get", p + "never");
        assertThat(empty.exitCode()).isEqualTo(4);
        assertThat(empty.err()).isEqualTo("Error: unsupported transport \"\" (use grpc or http-json)\n");
        assertThat(withEndpoints(Map.of(), "get", p + "never").exitCode()).isZero();
        assertThat(withEndpoints(Map.of(), "get", p + "never").outText()).isEmpty();
    }

    @Test
    void aFlagWithoutItsValueIsPflagsError() {
        CliResult r = withEndpoints(Map.of(), "get", p + "k", "--transport");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: flag needs an argument: --transport\n");
    }

    @Test
    void theEnvironmentVariableIsReadAsForEveryGlobalFlag() {
        CliResult put = withEndpoints(Map.of("ETCDCTL_TRANSPORT", "http-json"), "put", p + "env", "1");
        assertThat(put.exitCode()).as(put.toString()).isZero();
        assertThat(put.err()).isEmpty();
        CliResult bad = withEndpoints(Map.of("ETCDCTL_TRANSPORT", "grpcc"), "get", p + "env");
        assertThat(bad.exitCode()).isEqualTo(4);
        assertThat(bad.err()).isEqualTo(BAD);
        CliResult both = withEndpoints(Map.of("ETCDCTL_TRANSPORT", "grpc"), "--transport=grpc", "get", p + "env");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).endsWith("pkg/flags: conflicting environment variable \"ETCDCTL_TRANSPORT\" is shadowed"
                + " by corresponding command-line flag (either unset environment variable or disable flag)\n");
    }

    @Test
    void commandsWithClientsOfTheirOwnCheckItToo() {
        CliResult mirror = withEndpoints(Map.of(), "--transport=grpcc", "make-mirror", "127.0.0.1:1");
        assertThat(mirror.exitCode()).isEqualTo(4);
        assertThat(mirror.err()).isEqualTo(BAD);
        CliResult tour = exactly(Map.of(), "--transport=grpcc", "tour");
        assertThat(tour.exitCode()).isEqualTo(4);
        assertThat(tour.err()).isEqualTo(BAD);
        assertThat(tour.outText()).doesNotContain("Starting a throwaway etcd");
        CliResult externalTour = withEndpoints(Map.of(), "--transport=grpcc", "tour");
        assertThat(externalTour.exitCode()).isEqualTo(4);
        assertThat(externalTour.err()).isEqualTo(BAD);
    }

    /** What etcd 3.4's gateway cannot do fails clearly over http-json (docs/gateway.md, Limits). */
    @Test
    void whatTheGatewayCannotDoFailsClearly() {
        CliResult hash = withEndpoints(Map.of(), "--transport=http-json", "endpoint", "hashkv");
        assertThat(hash.exitCode()).isEqualTo(1);
        assertThat(hash.outText()).isEmpty();
        String reason = "rpc error: code = Unimplemented desc = ";
        assertThat(hash.err()).startsWith("Failed to get the hash of endpoint " + ETCD.endpoints().get(0) + " (" + reason)
                .contains("HashKV").contains("\nError: " + reason).endsWith("\n");
        assertThat(withEndpoints(Map.of(), "--transport=grpc", "endpoint", "hashkv").exitCode()).isZero();

        String progress = "Error: progress requests need --transport=grpc: over etcd's HTTP/JSON gateway each watch"
                + " is an HTTP request of its own, with no stream to send one on\n";
        for (String input : List.of("progress\n", "watch " + p + "w\nprogress\nwatch " + p + "never\n")) {
            CliResult watch = exactly(input.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of(),
                    "--endpoints", ETCD.endpointsCsv(), "--transport=http-json", "watch", "-i");
            assertThat(watch.exitCode()).as(watch.toString()).isEqualTo(4);
            assertThat(watch.err()).isEqualTo(progress);
        }
    }

    @Test
    void helpShowsItAndDebugLeavesItOut() {
        CliResult help = exactly(Map.of(), "--help");
        assertThat(help.outText()).contains("--transport=\"grpc\"", "http-json");
        assertThat(exactly(Map.of(), "get", "--help").outText()).contains("--transport=\"grpc\"");
        CliResult debug = withEndpoints(Map.of(), "--transport=http-json", "--debug", "get", p + "none");
        assertThat(debug.exitCode()).as(debug.toString()).isZero();
        assertThat(debug.err()).contains("ETCDCTL_WRITE_OUT=simple\n").doesNotContain("ETCDCTL_TRANSPORT");
    }
}
