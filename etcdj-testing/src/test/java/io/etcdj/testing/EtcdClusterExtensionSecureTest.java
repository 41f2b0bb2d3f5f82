package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EtcdClusterExtensionSecureTest {

    @RegisterExtension
    static final EtcdClusterExtension etcd = EtcdClusterExtension.builder()
            .members(3)
            .tls()
            .auth("secret")
            .authTokenTtl(Duration.ofSeconds(5))
            .build();

    @Test
    void givesAThreeMemberTlsClusterWithAuth(EtcdCluster cluster) throws Exception {
        assertThat(cluster).isSameAs(etcd.cluster());
        assertThat(cluster.isTls()).isTrue();
        assertThat(cluster.tls().keyType()).isEqualTo(KeyType.EC);
        assertThat(etcd.endpoints()).allMatch(e -> e.startsWith("https://127.0.0.1:"));
        assertThat(cluster.rootPassword()).isEqualTo("secret");
        assertThat(cluster.authTokenTtl()).contains(Duration.ofSeconds(5));

        TlsFiles tls = cluster.tls();
        assertThat(tls.servers()).hasSize(3);
        for (String endpoint : etcd.endpoints()) {
            assertThat(TlsClients.get(TlsClients.context(tls.caCertificate(),
                    tls.clientCertificate(), tls.clientKeyTraditional()),
                    endpoint + "/health").body()).contains("\"health\":\"true\"");
        }
        assertThat(cluster.leader()).isPresent();

        Etcdctl etcdctl = cluster.etcdctl();
        assertThat(etcdctl.run(Duration.ofSeconds(20), "put", "x", "1").ok()).isFalse();
        Etcdctl.Result root = etcdctl.run(Duration.ofSeconds(20), "--user=root",
                "--password=secret", "put", "x", "1");
        assertThat(root.ok()).as(root.output()).isTrue();
    }
}
