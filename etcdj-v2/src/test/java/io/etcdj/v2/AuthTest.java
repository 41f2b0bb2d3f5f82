package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.testing.EtcdClusterExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Basic auth against a cluster of its own with v2 authentication on (error 110). */
class AuthTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().namePrefix("v2auth").build();

    @BeforeAll
    static void enableAuth() throws Exception {
        String ep = ETCD.endpoints().get(0);
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("root:secret".getBytes(StandardCharsets.UTF_8));
        send(http, HttpRequest.newBuilder(URI.create(ep + "/v2/auth/users/root")).header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"user\":\"root\",\"password\":\"secret\"}"))
                .build());
        send(http, HttpRequest.newBuilder(URI.create(ep + "/v2/auth/enable")).PUT(HttpRequest.BodyPublishers.noBody())
                .build());
        // the guest role may read and write everything by default; take that away
        send(http, HttpRequest.newBuilder(URI.create(ep + "/v2/auth/roles/guest")).header("Authorization", basic)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"role\":\"guest\",\"revoke\":{\"kv\":{\"read\":[\"/*\"],\"write\":[\"/*\"]}}}")).build());
    }

    private static void send(HttpClient http, HttpRequest r) throws Exception {
        HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
        assertThat(resp.statusCode()).as(r + ": " + resp.body()).isBetween(200, 299);
    }

    @Test
    void rightCredentialsWork() {
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).basicAuth("root", "secret")
                .build()) {
            assertThat(etcd.set("/auth/k", "v").node().value()).isEqualTo("v");
            assertThat(etcd.get("/auth/k").node().value()).isEqualTo("v");
        }
    }

    @Test
    void wrongOrMissingCredentialsAreUnauthorized() {
        try (EtcdV2Client wrong = EtcdV2Client.builder().endpoints(ETCD.endpoints()).basicAuth("root", "wrong")
                .build()) {
            assertThatThrownBy(() -> wrong.set("/auth/k", "x")).isInstanceOfSatisfying(UnauthorizedException.class,
                    e -> {
                        assertThat(e.errorCode()).isEqualTo(110);
                        assertThat(e.httpStatus()).isEqualTo(401);
                    });
        }
        try (EtcdV2Client anonymous = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build()) {
            assertThatThrownBy(() -> anonymous.get("/auth/k")).isInstanceOfSatisfying(UnauthorizedException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(110));
            assertThat(anonymous.health()).isTrue();
        }
    }
}
