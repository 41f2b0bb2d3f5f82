package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Grants leases with a chosen id through etcd's HTTP/JSON gateway, for test setup: etcdctl 3.4
 * cannot choose a lease id, and two clusters need the same id for their outputs to match.
 */
final class Leases {
    private Leases() {
    }

    static void grant(String endpoint, long id, long ttlSeconds) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/v3/lease/grant"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"TTL\":" + ttlSeconds + ",\"ID\":" + id + "}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("\"error\"");
    }
}
