package io.etcdj.cli.internal;

import java.util.Base64;
import java.util.List;

/**
 * Builds one JSON object the way Go's {@code encoding/json} encodes etcd's generated protobuf
 * structs: fields in declaration order, zero values left out ({@code omitempty}), byte strings as
 * standard base64, unsigned 64-bit numbers in unsigned decimal.
 */
final class GoJson {
    private final StringBuilder sb = new StringBuilder("{");
    private boolean empty = true;

    private GoJson key(String name) {
        if (!empty) {
            sb.append(',');
        }
        empty = false;
        sb.append('"').append(name).append("\":");
        return this;
    }

    /** A signed 64-bit field, left out when 0. */
    GoJson int64(String name, long value) {
        if (value != 0) {
            key(name).sb.append(value);
        }
        return this;
    }

    /** An unsigned 64-bit field, left out when 0. */
    GoJson uint64(String name, long value) {
        if (value != 0) {
            key(name).sb.append(Long.toUnsignedString(value));
        }
        return this;
    }

    /** A boolean field, left out when false. */
    GoJson bool(String name, boolean value) {
        if (value) {
            key(name).sb.append("true");
        }
        return this;
    }

    /** A bytes field, left out when empty. */
    GoJson bytes(String name, byte[] value) {
        if (value.length > 0) {
            key(name).sb.append('"').append(Base64.getEncoder().encodeToString(value)).append('"');
        }
        return this;
    }

    /** A message field, left out when null (a nil pointer). */
    GoJson object(String name, GoJson value) {
        if (value != null) {
            key(name).sb.append(value);
        }
        return this;
    }

    /** A repeated message field, left out when empty. */
    GoJson array(String name, List<GoJson> values) {
        if (!values.isEmpty()) {
            key(name).sb.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(values.get(i));
            }
            sb.append(']');
        }
        return this;
    }

    /** A string field, left out when empty. */
    GoJson string(String name, String value) {
        if (!value.isEmpty()) {
            key(name).sb.append(quote(value));
        }
        return this;
    }

    /** A repeated string field, left out when empty. */
    GoJson strings(String name, List<String> values) {
        if (!values.isEmpty()) {
            key(name).sb.append('[');
            for (int i = 0; i < values.size(); i++) {
                sb.append(i > 0 ? "," : "").append(quote(values.get(i)));
            }
            sb.append(']');
        }
        return this;
    }

    /** A field written even when zero or empty (no {@code omitempty}): raw JSON text. */
    GoJson always(String name, String json) {
        key(name).sb.append(json);
        return this;
    }

    /** A JSON array of objects, as Go encodes a slice of structs ({@code []} when empty). */
    static String arrayOf(List<GoJson> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? "," : "").append(values.get(i));
        }
        return out.append(']').toString();
    }

    /**
     * A JSON string as Go's {@code encoding/json} writes it: {@code <}, {@code >}, {@code &},
     * U+2028 and U+2029 written as a six-character unicode escape, control characters as the
     * short escapes for newline, return and tab or as a unicode escape.
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return sb + "}";
    }
}
