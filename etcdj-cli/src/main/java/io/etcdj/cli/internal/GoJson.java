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

    @Override
    public String toString() {
        return sb + "}";
    }
}
