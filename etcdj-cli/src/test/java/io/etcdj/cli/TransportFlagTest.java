package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdClusterExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err, Runner.env(extraEnv));
        return new CliResult(code, out.toByteArray(), err.toByteArray());
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
