package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TlsClusterTest {

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void servesHttpsToClientsWithTheGeneratedCaAndClientCertificate(KeyType keyType)
            throws Exception {
        Path tlsDir;
        try (EtcdCluster cluster = EtcdCluster.builder()
                .tls(TlsOptions.defaults().withKeyType(keyType)).start()) {
            assertThat(cluster.isTls()).isTrue();
            TlsFiles tls = cluster.tls();
            tlsDir = tls.directory();
            String endpoint = cluster.clientEndpoints().get(0);
            assertThat(endpoint).matches("https://127\\.0\\.0\\.1:\\d+");
            assertThat(cluster.member(0).peerEndpoint()).startsWith("http://");
            assertThat(tls.directory()).isDirectory()
                    .startsWith(cluster.member(0).dataDir().getParent().getParent());
            assertThat(tls.keyType()).isEqualTo(keyType);

            assertKeyFiles(tls, keyType);

            // the client key in PKCS#8 form
            SSLContext pkcs8 = TlsClients.context(tls.caCertificate(), tls.clientCertificate(),
                    tls.clientKey());
            HttpResponse<String> health = TlsClients.get(pkcs8, endpoint + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"health\":\"true\"");
            // and in its traditional form
            SSLContext traditional = TlsClients.context(tls.caCertificate(),
                    tls.clientCertificate(), tls.clientKeyTraditional());
            HttpResponse<String> version = TlsClients.get(traditional, endpoint + "/version");
            assertThat(version.statusCode()).isEqualTo(200);
            assertThat(version.body()).contains("\"etcdserver\":\"3.4.");

            // the launcher's own probe speaks TLS too
            assertThat(cluster.leader()).contains(cluster.member(0));
            cluster.member(0).restart();
            assertThat(TlsClients.get(pkcs8, endpoint + "/health").body())
                    .contains("\"health\":\"true\"");

            X509Certificate server = TlsClients.readCertificate(tls.servers().get(0).certificate());
            assertThat(server.getSubjectAlternativeNames())
                    .containsExactlyInAnyOrder(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
            assertThat(server.getPublicKey().getAlgorithm()).isEqualTo(
                    keyType == KeyType.EC ? "EC" : "RSA");
        }
        assertThat(tlsDir).doesNotExist();
    }

    @Test
    void clientCertAuthRefusesClientsWithoutAGoodCertificate(@TempDir Path dir) throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().tls().start()) {
            TlsFiles tls = cluster.tls();
            String health = cluster.clientEndpoints().get(0) + "/health";

            // Refused, with no HTTP answer. How the refusal shows depends on timing: under TLS 1.3 the
            // client's handshake ends before etcd has checked its certificate, so the client sees
            // either etcd's bad_certificate alert or the connection closed under its request.
            // no client certificate at all
            Throwable none = catchThrowable(() ->
                    TlsClients.get(TlsClients.context(tls.caCertificate()), health));
            assertThat(none).isInstanceOf(IOException.class);

            // a client certificate signed by another CA
            CertificateAuthority stranger = CertificateAuthority.generate("stranger", KeyType.EC);
            PemFiles foreign = stranger.issueClient(dir, "foreign", "etcdj-client");
            Throwable foreignRefused = catchThrowable(() -> TlsClients.get(TlsClients.context(
                    tls.caCertificate(), foreign.certificate(), foreign.privateKey()), health));
            assertThat(foreignRefused).isInstanceOf(IOException.class);

            // an expired client certificate signed by the cluster's CA
            PemFiles expired = tls.authority().issueExpired(dir, "expired", "etcdj-client",
                    List.of());
            Throwable expiredRefused = catchThrowable(() -> TlsClients.get(TlsClients.context(
                    tls.caCertificate(), expired.certificate(), expired.privateKey()), health));
            assertThat(expiredRefused).isInstanceOf(IOException.class);

            // a fresh client certificate from the same CA is accepted
            PemFiles extra = tls.authority().issueClient(dir, "extra", "someone");
            assertThat(TlsClients.get(TlsClients.context(tls.caCertificate(), extra.certificate(),
                    extra.traditionalPrivateKey()), health).statusCode()).isEqualTo(200);

            // plain HTTP on the TLS port gets no answer
            assertThatThrownBy(() -> Http.get(health.replace("https://", "http://")))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void withoutClientCertAuthTheCaAloneIsEnough() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().members(1)
                .tls(TlsOptions.defaults().withKeyType(KeyType.RSA).withClientCertAuth(false))
                .start()) {
            HttpResponse<String> health = TlsClients.get(
                    TlsClients.context(cluster.tls().caCertificate()),
                    cluster.clientEndpoints().get(0) + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"health\":\"true\"");
        }
    }

    @Test
    void aClientTrustingAnotherCaRefusesTheServer(@TempDir Path dir) throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().tls().start()) {
            TlsFiles tls = cluster.tls();
            Path otherCa = CertificateAuthority.generate("other", KeyType.RSA)
                    .writeCertificate(dir.resolve("other-ca.pem"));
            Throwable refused = catchThrowable(() -> TlsClients.get(TlsClients.context(otherCa,
                    tls.clientCertificate(), tls.clientKey()),
                    cluster.clientEndpoints().get(0) + "/health"));
            assertThat(refused).isInstanceOf(SSLHandshakeException.class);
            assertThat(TlsClients.causedBy(refused, CertPathBuilderException.class))
                    .as(describe(refused)).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"EXPIRED, RSA", "WRONG_HOST, EC", "UNTRUSTED_CA, EC"})
    void badServerCertificatesAreRefusedByTheJdk(ServerCertificate kind, KeyType keyType)
            throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder()
                .tls(TlsOptions.defaults().withServerCertificate(kind).withKeyType(keyType))
                .start()) {
            TlsFiles tls = cluster.tls();
            assertThat(tls.options().serverCertificate()).isEqualTo(kind);
            // the launcher reached the member: it started, and it is the leader
            assertThat(cluster.leader()).contains(cluster.member(0));

            Throwable refused = catchThrowable(() -> TlsClients.get(TlsClients.context(
                    tls.caCertificate(), tls.clientCertificate(), tls.clientKey()),
                    cluster.clientEndpoints().get(0) + "/health"));
            assertThat(refused).as("a client trusting the cluster CA")
                    .isInstanceOf(SSLHandshakeException.class);
            X509Certificate server =
                    TlsClients.readCertificate(tls.servers().get(0).certificate());
            switch (kind) {
                case EXPIRED -> {
                    assertThat(TlsClients.causedBy(refused, CertificateExpiredException.class))
                            .as(describe(refused)).isTrue();
                    assertThat(server.getNotAfter()).isBefore(new java.util.Date());
                }
                case WRONG_HOST -> {
                    assertThat(refused).hasStackTraceContaining(
                            "No subject alternative names matching IP address 127.0.0.1");
                    assertThat(server.getSubjectAlternativeNames())
                            .containsExactly(List.of(2, "wrong.example"));
                }
                case UNTRUSTED_CA -> {
                    assertThat(TlsClients.causedBy(refused, CertPathBuilderException.class))
                            .as(describe(refused)).isTrue();
                    assertThat(server.getIssuerX500Principal()).isNotEqualTo(
                            TlsClients.readCertificate(tls.caCertificate())
                                    .getSubjectX500Principal());
                }
                default -> throw new AssertionError(kind);
            }
        }
    }

    private static String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (; t != null; t = t.getCause()) {
            b.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" <- ");
        }
        return b.toString();
    }

    private static void assertKeyFiles(TlsFiles tls, KeyType keyType) throws Exception {
        assertThat(Files.readString(tls.caCertificate(), StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.readString(tls.clientKey(), StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(tls.clientKeyTraditional(), StandardCharsets.US_ASCII))
                .startsWith(keyType == KeyType.EC ? "-----BEGIN EC PRIVATE KEY-----"
                        : "-----BEGIN RSA PRIVATE KEY-----");
        Class<?> keyClass = keyType == KeyType.EC ? ECPrivateKey.class : RSAPrivateKey.class;
        PrivateKey pkcs8 = TlsClients.readKey(tls.clientKey());
        PrivateKey traditional = TlsClients.readKey(tls.clientKeyTraditional());
        assertThat(pkcs8).isInstanceOf(keyClass);
        assertThat(traditional).isInstanceOf(keyClass);
        if (keyType == KeyType.EC) {
            assertThat(((ECPrivateKey) traditional).getS()).isEqualTo(((ECPrivateKey) pkcs8).getS());
        } else {
            assertThat(((RSAPrivateKey) traditional).getPrivateExponent())
                    .isEqualTo(((RSAPrivateKey) pkcs8).getPrivateExponent());
        }
    }
}
