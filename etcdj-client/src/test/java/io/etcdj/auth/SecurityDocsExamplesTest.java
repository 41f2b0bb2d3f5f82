package io.etcdj.auth;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.exception.PermissionDeniedException;
import io.etcdj.kv.RangeEnd;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.TlsFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/security.md, as written there (endpoints, file paths and printing aside),
 * on a member with TLS, client certificates and auth on.
 */
class SecurityDocsExamplesTest {
    @Test
    void examplesRunAsDocumented() {
        List<String> lines = new ArrayList<>();
        // Test clusters with TLS and auth
        try (EtcdCluster cluster = EtcdCluster.builder().namePrefix("secdocs").tls().auth("rootpw").start()) {
            TlsFiles files = cluster.tls();
            try (EtcdClient root = TestClients.builder()
                    .endpoints(cluster.clientEndpoints())
                    .trustedCertificates(files.caCertificate())
                    .clientCertificate(files.clientCertificate(), files.clientKey())
                    .credentials(cluster.rootUser(), cluster.rootPassword())
                    .build()) {
                // Users, roles and permissions
                Auth auth = root.auth();
                auth.roleAdd("reader");
                auth.roleGrantPermission("reader", Permission.of(Permission.Type.READ, "app/", RangeEnd.prefix()));
                auth.userAdd("alice", "alice-password");
                auth.userGrantRole("alice", "reader");

                RoleResponse role = auth.roleGet("reader");
                for (Permission p : role.permissions()) {
                    lines.add(String.format("%s [%s, %s)", p.type(), p.keyString(), p.rangeEndString()));
                }
                lines.add(auth.userGet("alice").roles().toString());
                lines.add(Boolean.toString(auth.authStatus().enabled()));

                auth.userAdd("app", "app-password");
                auth.roleAdd("app");
                auth.roleGrantPermission("app", Permission.of(Permission.Type.READWRITE, "app/", RangeEnd.prefix()));
                auth.userGrantRole("app", "app");
            }
            // Connecting with a user and password (with the cluster's TLS files)
            try (EtcdClient etcd = TestClients.builder()
                    .endpoints(cluster.clientEndpoints())
                    .trustedCertificates(files.caCertificate())
                    .clientCertificate(files.clientCertificate(), files.clientKey())
                    .credentials("app", "app-password")
                    .build()) {
                etcd.kv().put("app/config", "v1");
            }
            try (EtcdClient alice = TestClients.builder()
                    .endpoints(cluster.clientEndpoints())
                    .trustedCertificates(files.caCertificate())
                    .clientCertificate(files.clientCertificate(), files.clientKey())
                    .credentials("alice", "alice-password")
                    .build()) {
                assertThat(alice.kv().get("app/config").first().orElseThrow().valueAsString()).isEqualTo("v1");
                assertThatThrownBy(() -> alice.kv().put("app/config", "v2")).isInstanceOf(PermissionDeniedException.class);
            }
        }
        assertThat(lines).containsExactly("READ [app/, app0)", "[reader]", "true");
    }
}
