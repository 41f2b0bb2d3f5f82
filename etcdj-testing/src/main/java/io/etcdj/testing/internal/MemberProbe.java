package io.etcdj.testing.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Asks an etcd member about itself over HTTP: {@code GET /health} (in etcd 3.4 it answers
 * {@code {"health":"true"}} only when there is no alarm, the member knows a leader and a quorum
 * read succeeds) and {@code POST /v3/maintenance/status}, over plain HTTP or over TLS with the
 * cluster's own SSL context. Not API.
 */
public final class MemberProbe {

    private static final Pattern HEALTHY = Pattern.compile("\"health\"\\s*:\\s*\"?true\"?");

    private static final Pattern MEMBER_ID =
            Pattern.compile("\"member_id\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern LEADER = Pattern.compile("\"leader\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern V2_LEADER_STATE =
            Pattern.compile("\"state\"\\s*:\\s*\"StateLeader\"");

    private static final MemberProbe PLAIN = new MemberProbe(HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(1))
            .build());

    private final HttpClient client;

    private MemberProbe(HttpClient client) {
        this.client = client;
    }

    /** @return the probe for plain {@code http://} members, shared by all such clusters */
    public static MemberProbe plain() {
        return PLAIN;
    }

    /**
     * @param context the SSL context for {@code https://} members: it decides which server
     *     certificates are trusted and which client certificate is presented
     * @return a new probe using that context
     * @throws NullPointerException if {@code context} is null
     */
    public static MemberProbe tls(SSLContext context) {
        Objects.requireNonNull(context, "context");
        return new MemberProbe(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(1))
                .sslContext(context)
                .build());
    }

    /**
     * @param clientEndpoint such as {@code http://127.0.0.1:40123} or {@code https://...}
     * @param timeout the longest to wait for the answer
     * @return whether the member answered 200 with health true; false on any I/O error
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean isHealthy(String clientEndpoint, Duration timeout)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(clientEndpoint + "/health"))
                .timeout(timeout)
                .GET()
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && HEALTHY.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param clientEndpoint such as {@code http://127.0.0.1:40123} or {@code https://...}
     * @param timeout the longest to wait for the answer
     * <p>When the v3 gateway answers with an error, the v2 {@code GET /v2/stats/self} is asked
     * instead: etcd's gateway connects to its own member with the member's server certificate
     * as client certificate, which fails when a TLS test cluster deliberately serves an expired
     * or foreign certificate.
     *
     * @return whether the member reports itself as the raft leader; false on any I/O error
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public boolean isLeader(String clientEndpoint, Duration timeout)
            throws InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(clientEndpoint + "/v3/maintenance/status"))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return isLeaderV2(clientEndpoint, timeout);
            }
            Matcher self = MEMBER_ID.matcher(response.body());
            Matcher leader = LEADER.matcher(response.body());
            return self.find() && leader.find() && self.group(1).equals(leader.group(1));
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isLeaderV2(String clientEndpoint, Duration timeout)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(clientEndpoint + "/v2/stats/self"))
                .timeout(timeout)
                .GET()
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && V2_LEADER_STATE.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        }
    }
}
