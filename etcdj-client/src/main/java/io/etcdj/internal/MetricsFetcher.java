package io.etcdj.internal;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Fetches a member's Prometheus metrics text: an HTTP GET of {@code <client URL>/metrics}, which
 * etcd serves beside gRPC on its client port. Not a gRPC call, so not on the call pipeline; its
 * failures become etcdj's typed exceptions through {@link ErrorMapper#exception}.
 */
final class MetricsFetcher {
    private final Duration defaultTimeout;
    private final Duration connectTimeout;
    private final TlsMaterial tls;
    private volatile HttpClient http;

    /**
     * @param defaultTimeout the client's request timeout, for calls without their own
     * @param connectTimeout the client's connection timeout
     * @param tls the client's TLS settings for {@code https://} members; null for the JVM's defaults
     */
    MetricsFetcher(Duration defaultTimeout, Duration connectTimeout, TlsMaterial tls) {
        this.defaultTimeout = defaultTimeout;
        this.connectTimeout = connectTimeout;
        this.tls = tls;
    }

    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) {
                    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER);
                    if (tls != null) {
                        b.sslContext(tls.sslContext());
                    }
                    http = b.build();
                }
                h = http;
            }
        }
        return h;
    }

    /**
     * @param endpoint the member's client URL
     * @param timeout the call's deadline, or null for the client default
     * @return a future of the metrics text; it fails only with etcdj's exceptions
     */
    CompletableFuture<String> fetch(EndpointAddress endpoint, Duration timeout) {
        URI uri = URI.create(endpoint + "/metrics");
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(timeout == null ? defaultTimeout : timeout).build();
        return http().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        ErrorCode code = cause instanceof HttpTimeoutException ? ErrorCode.DEADLINE_EXCEEDED
                                : cause instanceof IOException ? ErrorCode.UNAVAILABLE : ErrorCode.INTERNAL;
                        return CompletableFuture.<String>failedFuture(ErrorMapper.exception(code, Outcome.NOT_APPLIED,
                                code + ": GET " + uri + " failed: " + cause, cause));
                    }
                    if (response.statusCode() != 200) {
                        return CompletableFuture.<String>failedFuture(ErrorMapper.exception(ErrorCode.INTERNAL,
                                Outcome.NOT_APPLIED, "INTERNAL: GET " + uri + " answered HTTP " + response.statusCode(), null));
                    }
                    return CompletableFuture.completedFuture(response.body());
                })
                .thenCompose(f -> f);
    }
}
