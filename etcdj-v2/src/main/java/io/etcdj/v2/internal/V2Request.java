package io.etcdj.v2.internal;

import java.time.Duration;

/**
 * One HTTP request to any member: method, path (already escaped), query (already encoded, or
 * empty), body, and whether it may be sent again to another member after it was sent once.
 *
 * @param method the HTTP method
 * @param path the escaped path, starting with {@code /}
 * @param query the encoded query, without {@code ?}; empty for none
 * @param contentType the body's content type; null when there is no body
 * @param body the body; null for none
 * @param idempotent true when a repeat cannot change the outcome (reads, waits)
 * @param timeout the timeout; null for the client's default
 * @param noTimeout true for no timeout at all (a wait without timeout)
 */
public record V2Request(String method, String path, String query, String contentType, String body,
        boolean idempotent, Duration timeout, boolean noTimeout) {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    /** A read. */
    static V2Request get(String path, String query) {
        return new V2Request("GET", path, query, null, null, true, null, false);
    }

    /** A write with a form body. */
    static V2Request form(String method, String path, String form) {
        return new V2Request(method, path, "", FORM, form, false, null, false);
    }

    /** A write with a JSON body (members API). */
    static V2Request json(String method, String path, String json) {
        return new V2Request(method, path, "", JSON, json, false, null, false);
    }

    /** A delete with query parameters. */
    static V2Request delete(String path, String query) {
        return new V2Request("DELETE", path, query, null, null, false, null, false);
    }

    /** The same request with another timeout; null means none at all. */
    V2Request withWaitTimeout(Duration t) {
        return new V2Request(method, path, query, contentType, body, idempotent, t, t == null);
    }
}
