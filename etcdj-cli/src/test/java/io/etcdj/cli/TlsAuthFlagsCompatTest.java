package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.testing.TlsFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS and auth global flags against etcdctl 3.4 on one member serving TLS with client
 * certificates and auth enabled: the files, {@code --user} with and without a password (asked
 * for on standard output when missing), {@code --password}, bare endpoints meaning TLS, and every
 * local error (empty, missing, unreadable or non-PEM files). Compared byte for byte.
 */
class TlsAuthFlagsCompatTest {
    static final String PASSWORD = "s3cret";

    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().tls().auth(PASSWORD).build();

    @TempDir
    static Path dir;

    static TlsFiles tls;
    static String endpoint;
    static String hostPort;

    @BeforeAll
    static void seed() {
        Runner.assumeEtcdctl();
        tls = ETCD.cluster().tls();
        endpoint = ETCD.endpoints().get(0);
        hostPort = endpoint.replaceFirst("^https://", "");
        CliResult put = Runner.etcdctl(withTls("--user", "root:" + PASSWORD, "put", "tls-key", "tls-value"),
                new byte[0], Map.of());
        assertThat(put.exitCode()).as(put.toString()).isZero();
        // the JVM's first TLS connection (loading the providers, the handshake code) can take
        // seconds on a busy machine: make it before the comparisons, with a long deadline
        Runner.etcdj(withTls("--command-timeout=60s", "--user", "root:" + PASSWORD, "get", "tls-key"), new byte[0], Map.of());
    }

    static List<String> withTls(String... args) {
        List<String> list = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv(),
                "--cacert", tls.caCertificate().toString(), "--cert", tls.clientCertificate().toString(),
                "--key", tls.clientKey().toString()));
        list.addAll(List.of(args));
        return list;
    }

    static CliResult same(List<String> args, String stdin) {
        return Runner.assertSame(args, stdin.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    // etcd 3.4 refuses every /v3/ request of its HTTP/JSON gateway whose client certificate has a
    // CommonName while client certificates and auth are both on, and the launcher's has one
    // (docs/gateway.md, Limits; checked by aClientCertificateWithACommonNameIsRefusedOverTheGateway)
    @Tag("grpc-only")
    void userAndPasswordAuthenticate() {
        assertThat(same(withTls("--user", "root:" + PASSWORD, "get", "tls-key"), "").outText())
                .isEqualTo("tls-key\ntls-value\n");
        same(withTls("--user", "root", "--password", PASSWORD, "get", "tls-key"), "");
        same(withTls("--user", "root", "--password", PASSWORD, "-w", "json", "get", "tls-key"), "");
        same(withTls("--user", "root:" + PASSWORD, "--password", "ignored?", "get", "tls-key"), "");
        // bare host:port with TLS files means TLS
        List<String> bare = withTls("--user", "root:" + PASSWORD, "get", "tls-key");
        bare.set(1, hostPort);
        same(bare, "");
    }

    @Test
    // etcd 3.4 refuses every /v3/ request of its HTTP/JSON gateway whose client certificate has a
    // CommonName while client certificates and auth are both on, and the launcher's has one
    // (docs/gateway.md, Limits; checked by aClientCertificateWithACommonNameIsRefusedOverTheGateway)
    @Tag("grpc-only")
    void aMissingPasswordIsAskedFor() {
        CliResult r = same(withTls("--user", "root", "get", "tls-key"), PASSWORD + "\n");
        assertThat(r.outText()).isEqualTo("Password: \ntls-key\ntls-value\n");
        same(withTls("--user", "root", "get", "tls-key"), PASSWORD + "\r\nrest");
        same(withTls("--user", "root", "put", "tls-key2"), PASSWORD + "\nvalue from the rest of stdin");
    }

    @Test
    // etcd 3.4 refuses every /v3/ request of its HTTP/JSON gateway whose client certificate has a
    // CommonName while client certificates and auth are both on, and the launcher's has one
    // (docs/gateway.md, Limits; checked by aClientCertificateWithACommonNameIsRefusedOverTheGateway)
    @Tag("grpc-only")
    void wrongOrNoCredentialsFailAsEtcdctl() {
        same(withTls("--user", "root:wrong", "get", "tls-key"), "");
        same(withTls("--user", "nobody:x", "get", "tls-key"), "");
        same(withTls("get", "tls-key"), "");
        same(withTls("--user", "root", "get", "tls-key"), "");
    }

    @Test
    // etcd 3.4 refuses every /v3/ request of its HTTP/JSON gateway whose client certificate has a
    // CommonName while client certificates and auth are both on, and the launcher's has one
    // (docs/gateway.md, Limits; checked by aClientCertificateWithACommonNameIsRefusedOverTheGateway)
    @Tag("grpc-only")
    void tlsSettingsAsEtcdctl() {
        // no CA: the server's certificate cannot be verified, unless verification is skipped
        List<String> noCa = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv(), "--command-timeout=2s",
                "--cert", tls.clientCertificate().toString(), "--key", tls.clientKey().toString(),
                "--user", "root:" + PASSWORD));
        List<String> skip = new ArrayList<>(noCa);
        skip.add("--insecure-skip-tls-verify");
        skip.addAll(List.of("get", "tls-key"));
        same(skip, "");
        noCa.addAll(List.of("get", "tls-key"));
        same(noCa, "");
    }

    /**
     * etcd 3.4's guard against identities its gateway cannot pass on: with client certificates and
     * auth on, a client certificate with a CommonName is refused (HTTP 400) before any request,
     * whatever the credentials. Over http-json etcdj then says so and exits 1.
     */
    @Test
    void aClientCertificateWithACommonNameIsRefusedOverTheGateway() {
        List<String> args = new ArrayList<>(List.of("--transport=http-json"));
        args.addAll(withTls("--user", "root:" + PASSWORD, "get", "tls-key"));
        CliResult r = Runner.etcdjAsIs(args, new byte[0], Map.of());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.outText()).isEmpty();
        assertThat(r.err()).isEqualTo("Error: rpc error: code = InvalidArgument desc = HTTP 400: CommonName of client"
                + " sending a request against gateway will be ignored and not used as expected\n");
    }

    @Test
    void localFileErrorsAsEtcdctl() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a PEM file\n");
        Path keyOnly = dir.resolve("key-only.pem");
        Files.copy(tls.clientKey(), keyOnly);
        String cert = tls.clientCertificate().toString();
        String key = tls.clientKey().toString();
        for (List<String> flags : List.of(List.of("--cacert", ""), List.of("--cert", ""), List.of("--key", ""),
                List.of("--cacert", "/nonexistent/ca.pem"), List.of("--cert", cert),
                List.of("--key", key), List.of("--cert", "/nonexistent/c.pem", "--key", key),
                List.of("--cert", cert, "--key", "/nonexistent/k.pem"),
                List.of("--cert", garbage.toString(), "--key", key),
                List.of("--cert", cert, "--key", garbage.toString()),
                List.of("--cert", keyOnly.toString(), "--key", key),
                List.of("--cert", cert, "--key", cert),
                List.of("--cert", cert, "--key", dir.toString()),
                List.of("-w", "xml", "--cert", ""))) {
            List<String> args = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv()));
            args.addAll(flags);
            args.addAll(List.of("get", "k"));
            CliResult r = same(args, "");
            assertThat(r.exitCode()).as(args.toString()).isEqualTo(128);
        }
        // a CA file without certificates trusts nothing: TLS endpoints never answer
        same(List.of("--endpoints", ETCD.endpointsCsv(), "--command-timeout=1s", "--cacert", garbage.toString(),
                "--cert", cert, "--key", key, "--user", "root:" + PASSWORD, "get", "k"), "");
    }
}
