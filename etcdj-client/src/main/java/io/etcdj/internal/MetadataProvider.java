package io.etcdj.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Supplies the metadata (headers) sent with every attempt of every call and, later, every stream:
 * the user's own headers and the auth token. The one place where credentials are attached.
 */
public interface MetadataProvider {
    /** Sends no metadata. */
    MetadataProvider NONE = of(Map.of());

    /**
     * @return the metadata for the next attempt; the future may complete later (while a token is
     *     fetched) and fails with an {@link io.etcdj.exception.EtcdException} when no metadata can
     *     be had (for example, the credentials were rejected)
     */
    CompletableFuture<Map<String, String>> metadata();

    /**
     * The server rejected the credentials in this metadata as invalid or expired.
     *
     * @param rejected the metadata the failed attempt was sent with
     * @return true when the next {@link #metadata()} may bring credentials the server accepts, so
     *     the call is worth one more attempt
     */
    default boolean refresh(Map<String, String> rejected) {
        return false;
    }

    /**
     * @param headers fixed headers; names in lower case; not null (copied)
     * @return a provider that always sends these headers
     */
    static MetadataProvider of(Map<String, String> headers) {
        CompletableFuture<Map<String, String>> fixed = CompletableFuture.completedFuture(Map.copyOf(headers));
        return () -> fixed;
    }
}
