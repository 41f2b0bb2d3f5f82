package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * https endpoints with the caller's SSLContext. etcdj-testing starts plain-http members only, so
 * this test starts one etcd itself, on free loopback ports, with a self-signed certificate made by
 * openssl for 127.0.0.1.
 */
class TlsTest {
    static Path dir;
    static Process etcd;
    static String endpoint;
    static SSLContext trusting;

    @BeforeAll
    static void startTlsEtcd() throws Exception {
        dir = Files.createTempDirectory("etcdj-v2-tls");
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", dir.resolve("key.pem").toString(), "-out",
                dir.resolve("cert.pem").toString()));
        int client = freePort();
        int peer = freePort();
        endpoint = "https://127.0.0.1:" + client;
        String peerUrl = "http://127.0.0.1:" + peer;
        String binary = System.getenv().getOrDefault("ETCD_BINARY", "/usr/bin/etcd");
        etcd = new ProcessBuilder(binary, "--name", "tls", "--data-dir", dir.resolve("data").toString(), "--enable-v2",
                "--listen-client-urls", endpoint, "--advertise-client-urls", endpoint, "--listen-peer-urls", peerUrl,
                "--initial-advertise-peer-urls", peerUrl, "--initial-cluster", "tls=" + peerUrl,
                "--cert-file", dir.resolve("cert.pem").toString(), "--key-file", dir.resolve("key.pem").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("etcd.log").toFile()).start();
        Process started = etcd;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly)); // if the JVM ends before @AfterAll
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"))) {
            Certificate cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
            trust.setCertificateEntry("etcd", cert);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, tmf.getTrustManagers(), null);
        try (EtcdV2Client c = client()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try {
                    if (c.health()) {
                        return;
                    }
                } catch (EtcdV2Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("etcd with TLS did not start: " + Files.readString(
                                dir.resolve("etcd.log")), notYet);
                    }
                }
                Thread.sleep(200);
            }
        }
    }

    static EtcdV2Client client() {
        return EtcdV2Client.builder().endpoints(endpoint).sslContext(trusting).timeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        if (etcd != null) {
            etcd.destroyForcibly();
            etcd.waitFor(10, TimeUnit.SECONDS);
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void keysOverHttpsWithTheCallersTrust() {
        try (EtcdV2Client c = client()) {
            assertThat(c.set("/tls/k", "secret").node().value()).isEqualTo("secret");
            assertThat(c.get("/tls/k").node().value()).isEqualTo("secret");
            assertThat(c.machines()).containsExactly(endpoint);
        }
    }

    @Test
    void anUntrustedServerIsADefiniteConnectionError() {
        try (EtcdV2Client c = EtcdV2Client.builder().endpoints(endpoint).build()) {
            assertThatThrownBy(() -> c.set("/tls/never", "x")).isInstanceOfSatisfying(EtcdV2ConnectionException.class,
                    e -> assertThat(e.isOutcomeUnknown()).isFalse());
        }
        try (EtcdV2Client c = client()) {
            assertThatThrownBy(() -> c.get("/tls/never")).isInstanceOf(KeyNotFoundException.class);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + out);
        }
    }
}
