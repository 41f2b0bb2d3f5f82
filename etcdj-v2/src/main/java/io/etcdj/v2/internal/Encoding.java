package io.etcdj.v2.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Percent-encoding of key paths and form or query parameters. */
public final class Encoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Encoding() {
    }

    /**
     * The escaped path of a key under {@code /v2/keys}: a key without a leading slash gets one,
     * every byte of its UTF-8 form outside {@code A-Z a-z 0-9 - . _ ~ /} is percent-encoded.
     *
     * @param key the key; empty means the root
     * @return the path, for example {@code /v2/keys/a%20b}
     */
    public static String keyPath(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        String k = key.startsWith("/") ? key : "/" + key;
        StringBuilder sb = new StringBuilder("/v2/keys");
        for (byte b : k.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }

    /** One path segment, percent-encoded (a slash too). */
    static String segment(String s) {
        return keyPath("/" + s).substring("/v2/keys/".length()).replace("/", "%2F");
    }

    /** Accumulates {@code name=value} pairs, form-encoded. */
    static final class Params {
        private final StringJoiner joiner = new StringJoiner("&");

        Params add(String name, Object value) {
            if (value != null) {
                joiner.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
            return this;
        }

        Params flag(String name, boolean on) {
            return on ? add(name, "true") : this;
        }

        @Override
        public String toString() {
            return joiner.toString();
        }
    }
}
