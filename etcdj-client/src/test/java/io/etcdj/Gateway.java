package io.etcdj;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only calls to etcd's JSON gateway for what the client under test does not do itself yet
 * (granting a lease), so tests of lease options do not depend on the code they test.
 */
public final class Gateway {
    private static final Pattern ID = Pattern.compile("\"ID\":\"(\\d+)\"");

    private Gateway() {
    }

    /**
     * @param endpoint an etcd client URL
     * @param ttlSeconds the lease TTL in seconds
     * @return the granted lease id
     */
    public static long grantLease(String endpoint, long ttlSeconds) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint + "/v3/lease/grant"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"TTL\":" + ttlSeconds + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("lease grant failed: " + r.statusCode() + " " + r.body());
        }
        return Long.parseUnsignedLong(m.group(1));
    }
}
