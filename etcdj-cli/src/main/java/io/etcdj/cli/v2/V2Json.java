package io.etcdj.cli.v2;

import io.etcdj.v2.EtcdV2Node;
import io.etcdj.v2.EtcdV2Response;

/**
 * The JSON etcdctl v2 prints for {@code -o json}: Go's {@code encoding/json} of the v2 client's
 * response (fields in its declaration order, {@code nodes} null when absent, {@code dir},
 * {@code expiration} and {@code ttl} left out when empty, HTML characters escaped).
 */
final class V2Json {
    private V2Json() {
    }

    static String response(EtcdV2Response r) {
        StringBuilder sb = new StringBuilder("{\"action\":");
        string(sb, r.action());
        sb.append(",\"node\":");
        node(sb, r.node());
        sb.append(",\"prevNode\":");
        node(sb, r.prevNode());
        return sb.append('}').toString();
    }

    private static void node(StringBuilder sb, EtcdV2Node n) {
        if (n == null) {
            sb.append("null");
            return;
        }
        sb.append("{\"key\":");
        string(sb, n.key() == null ? "" : n.key());
        if (n.dir()) {
            sb.append(",\"dir\":true");
        }
        sb.append(",\"value\":");
        string(sb, n.value() == null ? "" : n.value());
        sb.append(",\"nodes\":");
        if (n.nodes().isEmpty()) {
            sb.append("null");
        } else {
            sb.append('[');
            for (int i = 0; i < n.nodes().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                node(sb, n.nodes().get(i));
            }
            sb.append(']');
        }
        sb.append(",\"createdIndex\":").append(n.createdIndex());
        sb.append(",\"modifiedIndex\":").append(n.modifiedIndex());
        if (n.expiration() != null) {
            sb.append(",\"expiration\":");
            string(sb, n.expiration());
        }
        if (n.ttl() != null && n.ttl() != 0) {
            sb.append(",\"ttl\":").append(n.ttl());
        }
        sb.append('}');
    }

    /** A JSON string as Go's encoder writes it. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
