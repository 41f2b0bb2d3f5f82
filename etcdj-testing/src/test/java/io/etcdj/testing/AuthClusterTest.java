package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuthClusterTest {

    private static final Duration ETCDCTL_TIMEOUT = Duration.ofSeconds(20);
    private static final String PASSWORD = "pa:ss word";

    @Test
    void rejectsAnUnauthenticatedPutAndAcceptsRoot() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().auth(PASSWORD).start()) {
            assertThat(cluster.isAuthEnabled()).isTrue();
            assertThat(cluster.rootUser()).isEqualTo("root");
            assertThat(cluster.rootPassword()).isEqualTo(PASSWORD);
            assertThat(cluster.authTokenTtl()).isEmpty();
            Etcdctl etcdctl = cluster.etcdctl();

            Etcdctl.Result anonymous = etcdctl.run(ETCDCTL_TIMEOUT, "put", "k", "anonymous");
            assertThat(anonymous.exitCode()).isNotZero();
            assertThat(anonymous.output()).contains("user name is empty");

            Etcdctl.Result wrong = etcdctl.run(ETCDCTL_TIMEOUT, "--user=root",
                    "--password=not-it", "put", "k", "wrong");
            assertThat(wrong.exitCode()).isNotZero();
            assertThat(wrong.output()).contains("authentication failed");

            Etcdctl.Result root = etcdctl.run(ETCDCTL_TIMEOUT, "--user=root",
                    "--password=" + PASSWORD, "put", "k", "by root");
            assertThat(root.output()).contains("OK");
            assertThat(root.ok()).isTrue();
            Etcdctl.Result get = etcdctl.run(ETCDCTL_TIMEOUT, "--user=root",
                    "--password=" + PASSWORD, "get", "k", "--print-value-only");
            assertThat(get.output().strip()).isEqualTo("by root");

            Etcdctl.Result user = etcdctl.run(ETCDCTL_TIMEOUT, "--user=root",
                    "--password=" + PASSWORD, "user", "get", "root");
            assertThat(user.output()).contains("User: root", "Roles: root");

            // auth survives a restart, and the launcher's health check works with auth on
            cluster.member(0).restart();
            assertThat(cluster.leader()).contains(cluster.member(0));
            assertThat(etcdctl.run(ETCDCTL_TIMEOUT, "put", "k", "again").exitCode()).isNotZero();
        }
    }

    @Test
    void simpleTokensExpireAfterTheConfiguredTtl() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().auth(PASSWORD)
                .authTokenTtl(Duration.ofSeconds(1)).start()) {
            assertThat(cluster.authTokenTtl()).contains(Duration.ofSeconds(1));
            String endpoint = cluster.clientEndpoints().get(0);
            HttpResponse<String> auth = post(endpoint + "/v3/auth/authenticate", null,
                    "{\"name\":\"root\",\"password\":\"" + PASSWORD + "\"}");
            assertThat(auth.statusCode()).isEqualTo(200);
            Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(auth.body());
            assertThat(token.find()).as(auth.body()).isTrue();

            String put = "{\"key\":\"" + Http.b64("t") + "\",\"value\":\"" + Http.b64("v") + "\"}";
            assertThat(post(endpoint + "/v3/kv/put", token.group(1), put).statusCode())
                    .isEqualTo(200);
            // a simple token lives for the TTL after its last use; etcd sweeps once a second
            Thread.sleep(4_000);
            HttpResponse<String> stale = post(endpoint + "/v3/kv/put", token.group(1), put);
            assertThat(stale.statusCode()).isNotEqualTo(200);
            assertThat(stale.body()).contains("invalid auth token");
        }
    }

    @Test
    void tlsAndAuthTogether() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder()
                .tls(TlsOptions.defaults().withKeyType(KeyType.RSA)).auth(PASSWORD).start()) {
            assertThat(cluster.clientEndpoints().get(0)).startsWith("https://");
            Etcdctl etcdctl = cluster.etcdctl();
            // the client certificate's CN (etcdj-client) is no user: no permission
            Etcdctl.Result anonymous = etcdctl.run(ETCDCTL_TIMEOUT, "put", "k", "anonymous");
            assertThat(anonymous.exitCode()).isNotZero();
            assertThat(anonymous.output()).contains("permission denied");
            Etcdctl.Result root = etcdctl.run(ETCDCTL_TIMEOUT, "--user=root",
                    "--password=" + PASSWORD, "put", "k", "over tls");
            assertThat(root.ok()).as(root.output()).isTrue();
        }
    }

    @Test
    void aClientCertificateNamedRootIsRootWithoutPassword() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder()
                .tls(TlsOptions.defaults().withClientCommonName("root")).auth(PASSWORD).start()) {
            Etcdctl.Result byCertificate =
                    cluster.etcdctl().run(ETCDCTL_TIMEOUT, "put", "k", "by certificate");
            assertThat(byCertificate.ok()).as(byCertificate.output()).isTrue();
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> EtcdCluster.builder().auth(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtcdCluster.builder().authTokenTtl(Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtcdCluster.builder().authTokenTtl(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        EtcdCluster plain = EtcdCluster.builder().build();
        assertThat(plain.isAuthEnabled()).isFalse();
        assertThat(plain.isTls()).isFalse();
        assertThatThrownBy(plain::rootUser).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(plain::rootPassword).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(plain::tls).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a TLS cluster");
        assertThatThrownBy(EtcdCluster.builder().tls().build()::tls)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
    }

    @Test
    void aMissingEtcdctlFailsTheStartClearly() {
        EtcdCluster cluster = EtcdCluster.builder().auth(PASSWORD)
                .etcdctlBinary(Path.of("/nonexistent/etcdctl")).build();
        assertThatThrownBy(cluster::start).isInstanceOf(EtcdLaunchException.class)
                .hasMessageContaining("/nonexistent/etcdctl");
        assertThat(cluster.isClosed()).isTrue();
    }

    private static HttpResponse<String> post(String url, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", token);
        }
        return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
