package io.etcdj.cli;

import io.etcdj.testing.TestDnsServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdClusterExtension;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code -d/--discovery-srv}, {@code --discovery-srv-name} and {@code --insecure-discovery}.
 * etcdctl asks the system's resolver, which cannot be pointed at a test DNS server: a domain
 * without records is compared with etcdctl byte for byte through the system's resolver (the
 * reserved {@code .invalid} domain); found records are tested on etcdj alone, with its
 * {@code ETCDJ_DNS_SERVER} pointing at a DNS server on a loopback UDP port.
 */
class DiscoveryCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String P = "discovery-" + UUID.randomUUID().toString().substring(0, 8) + "/";

    private static TestDnsServer dns;
    private static int port;

    @BeforeAll
    static void startDns() throws Exception {
        dns = new TestDnsServer();
        port = URI.create(ETCD.endpoints().get(0)).getPort();
        dns.srv("_etcd-client._tcp.cli.test.", 0, 10, port, "127.0.0.1.");
        dns.srv("_etcd-client-blue._tcp.named.test.", 0, 10, port, "127.0.0.1.");
        // the first client of a JVM loads and compiles a lot: not inside a command's 5 s deadline
        Runner.etcdj(List.of("--endpoints", ETCD.endpoints().get(0), "--command-timeout=30s", "get", P + "warm"),
                new byte[0], Map.of());
    }

    @AfterAll
    static void stopDns() {
        if (dns != null) {
            dns.close();
        }
    }

    private Map<String, String> withDns() {
        return Map.of("ETCDJ_DNS_SERVER", "127.0.0.1:" + dns.address().getPort());
    }

    @Test
    void aDomainWithoutRecordsFailsAsEtcdctl() {
        Runner.assumeEtcdctl();
        Runner.assertSame(List.of("-d", "nothing.invalid", "get", "x"), new byte[0], Map.of());
        Runner.assertSame(List.of("--discovery-srv=nothing.invalid", "--discovery-srv-name", "blue", "put", "x", "y"),
                new byte[0], Map.of());
        Runner.assertSame(List.of("--discovery-srv", "nothing.invalid", "--insecure-discovery=false", "get", "x"),
                new byte[0], Map.of());
    }

    @Test
    void theDiscoveredEndpointsServeTheCommandInsteadOfEndpoints() {
        CliResult put = Runner.etcdj(List.of("--endpoints", "127.0.0.1:1", "-d", "cli.test", "put", P + "k", "v"),
                new byte[0], withDns());
        assertThat(put.exitCode()).as(put.toString()).isZero();
        assertThat(put.out()).isEqualTo("OK\n");
        CliResult get = Runner.etcdj(List.of("-d", "cli.test", "get", P + "k"), new byte[0], withDns());
        assertThat(get.out()).isEqualTo(P + "k\nv\n");
        CliResult status = Runner.etcdj(List.of("-d", "cli.test", "endpoint", "health"), new byte[0], withDns());
        assertThat(status.out() + status.err()).contains("http://127.0.0.1:" + port);
    }

    @Test
    void aServiceNameChangesTheNamesLookedUp() {
        CliResult named = Runner.etcdj(List.of("-d", "named.test", "--discovery-srv-name", "blue", "get", P + "none"),
                new byte[0], withDns());
        assertThat(named.exitCode()).as(named.toString()).isZero();
        CliResult unnamed = Runner.etcdj(List.of("-d", "named.test", "get", P + "none"), new byte[0], withDns());
        String server = "127.0.0.1:" + dns.address().getPort();
        assertThat(unnamed.exitCode()).isEqualTo(1);
        assertThat(unnamed.err()).isEqualTo("Error: dns lookup errors: lookup _etcd-client-ssl._tcp.named.test on "
                + server + ": no such host and lookup _etcd-client._tcp.named.test on " + server + ": no such host\n");
    }

    @Test
    void withoutInsecureDiscoveryHttpEndpointsAreDroppedAndEndpointsUsed() {
        CliResult r = Runner.etcdj(List.of("--endpoints", ETCD.endpoints().get(0), "-d", "cli.test",
                "--insecure-discovery=false", "put", P + "fallback", "v"), new byte[0], withDns());
        assertThat(r.err()).isEqualTo("ignoring discovered insecure endpoint \"http://127.0.0.1:" + port + "\"\n");
        assertThat(r.out()).isEqualTo("OK\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void aMalformedDnsServerVariableIsRefused() {
        CliResult r = Runner.etcdj(List.of("-d", "cli.test", "get", "x"), new byte[0],
                Map.of("ETCDJ_DNS_SERVER", "no-port"));
        assertThat(r.exitCode()).isEqualTo(128);
        assertThat(r.err()).contains("ETCDJ_DNS_SERVER must be host:port, got no-port");
    }
}
