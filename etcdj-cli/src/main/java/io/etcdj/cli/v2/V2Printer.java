package io.etcdj.cli.v2;

import io.etcdj.cli.internal.Out;
import io.etcdj.v2.EtcdV2Node;
import io.etcdj.v2.EtcdV2Response;

/** etcdctl v2's printing of a keys response in its three formats. */
final class V2Printer {
    private V2Printer() {
    }

    /** etcdctl v2's printResponseKey. */
    static void printResponseKey(EtcdV2Response r, String format, Out out, Out err) {
        switch (format) {
            case "simple" -> {
                if (!"delete".equals(r.action())) {
                    out.println(value(r.node()));
                } else {
                    out.println("PrevNode.Value: " + value(r.prevNode()));
                }
            }
            case "extended" -> {
                out.println("Key: " + (r.node().key() == null ? "" : r.node().key()));
                out.println("Created-Index: " + r.node().createdIndex());
                out.println("Modified-Index: " + r.node().modifiedIndex());
                if (r.prevNode() != null) {
                    out.println("PrevNode.Value: " + value(r.prevNode()));
                }
                out.println("TTL: " + (r.node().ttl() == null ? 0 : r.node().ttl()));
                out.println("Index: " + r.etcdIndex());
                if (!"delete".equals(r.action())) {
                    out.println("");
                    out.println(value(r.node()));
                }
            }
            case "json" -> out.println(V2Json.response(r));
            default -> err.println("Unsupported output format: " + format);
        }
    }

    private static String value(EtcdV2Node n) {
        return n == null || n.value() == null ? "" : n.value();
    }
}
