package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SignatureException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pure certificate generation: no etcd. */
class CertificateAuthorityTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void issuedCertificatesChainToTheCaAndRoundTripThroughPem(KeyType type) throws Exception {
        CertificateAuthority ca = CertificateAuthority.generate("test CA", type);
        assertThat(ca.keyType()).isEqualTo(type);
        assertThat(ca.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);

        // read back from the traditional key form too
        PemFiles caFiles = ca.writeTo(dir, "ca");
        CertificateAuthority loaded =
                CertificateAuthority.load(caFiles.certificate(), caFiles.traditionalPrivateKey());
        assertThat(loaded.certificate()).isEqualTo(ca.certificate());
        assertThat(loaded.keyType()).isEqualTo(type);

        PemFiles server = loaded.issueServer(dir, "server", CertificateAuthority.LOCAL_HOSTS);
        X509Certificate cert = TlsClients.readCertificate(server.certificate());
        cert.verify(ca.certificate().getPublicKey());
        cert.checkValidity();
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage())
                .containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(cert.getSubjectAlternativeNames())
                .containsExactly(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
        assertThat(server.traditionalPrivateKey().getFileName().toString())
                .isEqualTo(type == KeyType.RSA ? "server-key-pkcs1.pem" : "server-key-sec1.pem");
        assertThat(Files.readString(server.privateKey())).startsWith("-----BEGIN PRIVATE KEY-----");

        // an RSA CA may issue an EC certificate and the other way round
        KeyType other = type == KeyType.EC ? KeyType.RSA : KeyType.EC;
        Instant now = Instant.now();
        PemFiles mixed = ca.issue(dir, "mixed", "mixed", List.of("db.example", "::1"),
                now.minusSeconds(60), now.plusSeconds(3600), other);
        X509Certificate mixedCert = TlsClients.readCertificate(mixed.certificate());
        mixedCert.verify(ca.certificate().getPublicKey());
        assertThat(mixedCert.getPublicKey().getAlgorithm()).isEqualTo(other.name());
        assertThat(TlsClients.readKey(mixed.traditionalPrivateKey()).getAlgorithm())
                .isEqualTo(other.name());
        assertThat(mixedCert.getSubjectAlternativeNames()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void expiredAndForeignCertificates(KeyType type) throws Exception {
        CertificateAuthority ca = CertificateAuthority.generate("test CA", type);
        X509Certificate expired = TlsClients.readCertificate(
                ca.issueExpired(dir, "expired", "someone", List.of()).certificate());
        expired.verify(ca.certificate().getPublicKey());
        assertThatThrownBy(expired::checkValidity).isInstanceOf(CertificateExpiredException.class);
        assertThat(expired.getSubjectAlternativeNames()).isNull();
        assertThat(expired.getSubjectX500Principal().getName()).contains("CN=someone");

        CertificateAuthority stranger = CertificateAuthority.generate("stranger", type);
        X509Certificate foreign = TlsClients.readCertificate(
                stranger.issueClient(dir, "foreign", "someone").certificate());
        assertThatThrownBy(() -> foreign.verify(ca.certificate().getPublicKey()))
                .isInstanceOf(SignatureException.class);
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void badArgumentsAreRefused(KeyType type) {
        CertificateAuthority ca = CertificateAuthority.generate("test CA", type);
        Instant now = Instant.now();
        assertThatThrownBy(() -> ca.issue(dir, "x", "x", List.of(), now, now.minusSeconds(1), type))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ca.issueServer(dir, "x", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ca.issueClient(dir, "x", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateAuthority.load(dir.resolve("missing.pem"),
                dir.resolve("missing-key.pem"))).isInstanceOf(java.io.UncheckedIOException.class);
    }
}
