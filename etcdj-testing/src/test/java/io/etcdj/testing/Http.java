package io.etcdj.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny HTTP helper for talking to etcd's v2 API and v3 JSON gateway in tests. */
final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private Http() {}

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return get(url, TIMEOUT);
    }

    static HttpResponse<String> get(String url, Duration timeout)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build());
    }

    /** PUT with a form body, as {@code curl -XPUT url -d name=value}. */
    static HttpResponse<String> putForm(String url, String name, String value)
            throws IOException, InterruptedException {
        String body = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> postJson(String url, String json)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** v3 gateway put of a UTF-8 key and value. */
    static HttpResponse<String> v3Put(String endpoint, String key, String value)
            throws IOException, InterruptedException {
        return postJson(endpoint + "/v3/kv/put",
                "{\"key\":\"" + b64(key) + "\",\"value\":\"" + b64(value) + "\"}");
    }

    /** v3 gateway linearizable range read of one key. */
    static HttpResponse<String> v3Get(String endpoint, String key)
            throws IOException, InterruptedException {
        return postJson(endpoint + "/v3/kv/range", "{\"key\":\"" + b64(key) + "\"}");
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request)
            throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
