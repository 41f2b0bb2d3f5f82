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
    void refusesAClientWithoutCertificateWhenClientCertAuthIsOn() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().tls().start()) {
            TlsFiles tls = cluster.tls();
            String endpoint = cluster.clientEndpoints().get(0);
            Throwable refused = catchThrowable(() ->
                    TlsClients.get(TlsClients.context(tls.caCertificate()), endpoint + "/health"));
            assertThat(refused).isInstanceOf(IOException.class);
            System.err.println("NO CLIENT CERT: " + describe(refused));
        }
    }

    static String describe(Throwable t) {
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
