package io.etcdj.cli.v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What etcdj's v2 command line refuses where etcdctl would go on with features etcdj lacks. */
class V2OwnErrorsTest {
    @Test
    void tlsFilesAndSrvDiscoveryAreRefused() {
        for (String flag : List.of("--ca-file", "--cert-file", "--key-file", "--discovery-srv")) {
            V2Run r = V2Runner.etcdj(List.of(flag, "x", "--endpoints", "http://127.0.0.1:9", "get", "/k"), "");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("Error:  " + flag + " is not supported by etcdj's v2 command line\n");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void usernameWithoutPasswordIsRefused() {
        V2Run r = V2Runner.etcdj(List.of("--username", "root", "--endpoints", "http://127.0.0.1:9", "get", "/k"), "");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--username user:password");
    }

    @Test
    void helpWithoutCommand() {
        V2Run r = V2Runner.etcdj(List.of(), "");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("USAGE:").contains("cluster-health");
    }
}
