package io.etcdj.tls;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.EtcdClientBuilder;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.TlsException;
import io.etcdj.testing.CertificateAuthority;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.KeyType;
import io.etcdj.testing.ServerCertificate;
import io.etcdj.testing.TlsFiles;
import io.etcdj.testing.TlsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against real etcd members that serve https with certificates made at run time: client
 * certificates with RSA and EC keys in both PEM forms, and each certificate problem failing with
 * a {@link TlsException} whose code names it.
 */
class TlsTest {
    static EtcdCluster rsa;
    static EtcdCluster ec;
    static EtcdCluster expired;
    static EtcdCluster wrongHost;

    @BeforeAll
    static void start() {
        rsa = EtcdCluster.builder().namePrefix("tls-rsa")
                .tls(TlsOptions.defaults().withKeyType(KeyType.RSA).withClientCertAuth(true)).start();
        ec = EtcdCluster.builder().namePrefix("tls-ec")
                .tls(TlsOptions.defaults().withKeyType(KeyType.EC).withClientCertAuth(false)).start();
        expired = EtcdCluster.builder().namePrefix("tls-exp")
                .tls(TlsOptions.defaults().withServerCertificate(ServerCertificate.EXPIRED)).start();
        wrongHost = EtcdCluster.builder().namePrefix("tls-host")
                .tls(TlsOptions.defaults().withServerCertificate(ServerCertificate.WRONG_HOST)).start();
    }

    @AfterAll
    static void stop() {
        for (EtcdCluster c : new EtcdCluster[] {rsa, ec, expired, wrongHost}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static EtcdClientBuilder trusting(EtcdCluster cluster) {
        return TestClients.builder().endpoints(cluster.clientEndpoints()).connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(3)).trustedCertificates(cluster.tls().caCertificate());
    }

    private static void roundTrip(EtcdClient etcd, String key) throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        etcd.watch().watch(key, r -> r.events().forEach(e -> seen.add(e.keyValue().valueAsString())))
                .created().get(5, TimeUnit.SECONDS);
        etcd.kv().put(key, "v");
        assertThat(etcd.kv().get(key).first().orElseThrow().valueAsString()).isEqualTo("v");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (seen.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(seen).containsExactly("v");
    }

    @Test
    void clientCertificatesWithEitherKeyFormWork() throws Exception {
        TlsFiles f = rsa.tls();
        assertThat(rsa.clientEndpoints()).allMatch(e -> e.startsWith("https://"));
        try (EtcdClient etcd = trusting(rsa).clientCertificate(f.clientCertificate(), f.clientKey()).build()) {
            roundTrip(etcd, "tls/pkcs8");
            assertThat(etcd.maintenance().metrics(rsa.clientEndpoints().get(0))).contains("etcd_server_has_leader");
        }
        try (EtcdClient etcd = trusting(rsa).clientCertificate(f.clientCertificate(), f.clientKeyTraditional()).build()) {
            roundTrip(etcd, "tls/pkcs1");
        }
        TlsFiles g = ec.tls();
        try (EtcdClient etcd = trusting(ec).clientCertificate(g.clientCertificate(), g.clientKeyTraditional()).build()) {
            roundTrip(etcd, "tls/sec1");
        }
    }

    @Test
    void endpointsWithoutSchemeUseTlsOnceTlsIsConfigured() {
        String bare = ec.clientEndpoints().get(0).replace("https://", "");
        try (EtcdClient etcd = TestClients.builder().endpoints(bare).trustedCertificates(ec.tls().caCertificate()).build()) {
            assertThat(etcd.endpoints()).containsExactly("https://" + bare);
            etcd.kv().put("tls/bare", "v");
        }
    }

    @Test
    void aServerThatRequiresAClientCertificateRejectsAClientWithout() {
        try (EtcdClient etcd = trusting(rsa).build()) {
            assertThatThrownBy(() -> etcd.kv().put("tls/nocert", "v")).isInstanceOfSatisfying(TlsException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TLS_CERTIFICATE_REJECTED);
                assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                assertThat(e.getMessage()).contains("rejected the client certificate");
            });
        }
    }

    @Test
    void anUnknownCertificateAuthorityIsNamed(@TempDir Path dir) {
        Path otherCa = CertificateAuthority.generate("someone else", KeyType.EC).writeTo(dir, "other").certificate();
        try (EtcdClient etcd = TestClients.builder().endpoints(ec.clientEndpoints()).trustedCertificates(otherCa).build()) {
            assertThatThrownBy(() -> etcd.kv().get("k")).isInstanceOfSatisfying(TlsException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TLS_UNKNOWN_AUTHORITY);
                assertThat(e.getMessage()).contains("unknown certificate authority");
            });
        }
        // no CA file: the JVM's trusted CAs, which never signed a certificate made by the test
        try (EtcdClient etcd = TestClients.builder().endpoints(ec.clientEndpoints()).build()) {
            assertThatThrownBy(() -> etcd.kv().get("k")).isInstanceOfSatisfying(TlsException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.TLS_UNKNOWN_AUTHORITY));
        }
    }

    @Test
    void anExpiredServerCertificateIsNamed() {
        try (EtcdClient etcd = trusting(expired).build()) {
            assertThatThrownBy(() -> etcd.kv().get("k")).isInstanceOfSatisfying(TlsException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TLS_CERTIFICATE_EXPIRED);
                assertThat(e.getMessage()).contains("expired");
            });
        }
    }

    @Test
    void aCertificateForAnotherHostIsNamed() {
        try (EtcdClient etcd = trusting(wrongHost).build()) {
            assertThatThrownBy(() -> etcd.kv().get("k")).isInstanceOfSatisfying(TlsException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.TLS_HOST_NAME_MISMATCH);
                assertThat(e.getMessage()).contains("host name");
            });
        }
    }

    @Test
    void skippingVerificationAcceptsABadCertificate() {
        TlsFiles f = wrongHost.tls();
        try (EtcdClient etcd = TestClients.builder().endpoints(wrongHost.clientEndpoints())
                .clientCertificate(f.clientCertificate(), f.clientKey()).insecureSkipTlsVerify(true).build()) {
            etcd.kv().put("tls/insecure", "v");
            assertThat(etcd.kv().get("tls/insecure").count()).isEqualTo(1);
        }
    }

    @Test
    void unusableFilesFailWhenTheClientIsBuilt(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> TestClients.builder().endpoints(ec.clientEndpoints()).trustedCertificates(missing).build())
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("missing.pem");
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a pem file\n");
        assertThatThrownBy(() -> TestClients.builder().endpoints(ec.clientEndpoints()).trustedCertificates(garbage).build())
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("garbage.pem");
        TlsFiles f = ec.tls();
        assertThatThrownBy(() -> TestClients.builder().endpoints(ec.clientEndpoints())
                .clientCertificate(f.clientCertificate(), garbage).build())
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("garbage.pem");
        assertThatThrownBy(() -> TestClients.builder().clientCertificate(null, garbage))
                .isInstanceOf(InvalidArgumentException.class);
    }
}
