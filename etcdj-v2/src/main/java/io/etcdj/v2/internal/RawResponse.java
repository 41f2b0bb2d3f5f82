package io.etcdj.v2.internal;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * An HTTP answer: status, headers, body text, and the endpoint that gave it.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body as text (UTF-8)
 * @param endpoint the endpoint asked
 */
public record RawResponse(int status, HttpHeaders headers, String body, URI endpoint) {
    /** A header as a number, 0 when absent or not a number. */
    long longHeader(String name) {
        return headers.firstValue(name).map(v -> {
            try {
                return Long.parseUnsignedLong(v.trim());
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }
}
