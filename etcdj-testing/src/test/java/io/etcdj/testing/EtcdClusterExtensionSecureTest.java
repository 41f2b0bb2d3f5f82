package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EtcdClusterExtensionSecureTest {

    @RegisterExtension
    static final EtcdClusterExtension etcd = EtcdClusterExtension.builder()
            .tls(TlsOptions.defaults().withKeyType(KeyType.RSA))
            .auth("secret")
            .authTokenTtl(Duration.ofSeconds(5))
            .build();

    @Test
    void givesATlsClusterWithAuth(EtcdCluster cluster) throws Exception {
        assertThat(cluster).isSameAs(etcd.cluster());
        assertThat(cluster.isTls()).isTrue();
        assertThat(cluster.tls().keyType()).isEqualTo(KeyType.RSA);
        assertThat(etcd.endpoints()).allMatch(e -> e.startsWith("https://127.0.0.1:"));
        assertThat(cluster.rootPassword()).isEqualTo("secret");
        assertThat(cluster.authTokenTtl()).contains(Duration.ofSeconds(5));

        TlsFiles tls = cluster.tls();
        assertThat(TlsClients.get(TlsClients.context(tls.caCertificate(),
                tls.clientCertificate(), tls.clientKeyTraditional()),
                etcd.endpoints().get(0) + "/health").body()).contains("\"health\":\"true\"");

        Etcdctl etcdctl = cluster.etcdctl();
        assertThat(etcdctl.run(Duration.ofSeconds(20), "put", "x", "1").ok()).isFalse();
        Etcdctl.Result root = etcdctl.run(Duration.ofSeconds(20), "--user=root",
                "--password=secret", "put", "x", "1");
        assertThat(root.ok()).as(root.output()).isTrue();
    }
}
