package io.etcdj.cli.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what a watch delivers as etcdctl 3.4's {@code watch} prints it in each output format:
 * {@code simple} writes each event's type, then the previous key and value when there is one, then
 * the key and value; {@code json} writes the whole response as Go's {@code encoding/json} encodes
 * clientv3's {@code WatchResponse} struct (capitalised field names, {@code Events} always present,
 * the header and key-values as etcd's protobuf structs); {@code fields} writes the header, then
 * {@code "Type"} and the key-value fields of each event. {@code table} fails with exit 4 at the
 * first response, as etcdctl does. Not thread-safe: the caller serialises calls.
 */
public final class WatchPrinter {
    private final String format;
    private final Out out;
    private final SimplePrinter simple;
    private final FieldsPrinter fields;

    private WatchPrinter(String format, boolean hex, Out out) {
        this.format = format;
        this.out = out;
        this.simple = new SimplePrinter(out, hex, false);
        this.fields = new FieldsPrinter(out);
    }

    /**
     * The printer for a {@code --write-out} value.
     *
     * @param format simple, json, fields or table
     * @param hex the {@code --hex} flag (simple format only)
     * @param out standard output
     * @return the printer
     * @throws CliExit exit 4 for a format etcdctl does not know
     */
    public static WatchPrinter of(String format, boolean hex, Out out) {
        switch (format) {
            case "simple", "json", "fields", "table", "protobuf":
                return new WatchPrinter(format, hex, out);
            default:
                throw new CliExit(ExitCodes.BAD_FEATURE, "unsupported output format");
        }
    }

    /**
     * Prints a response with events, or a progress notification (no events), as etcdctl's
     * {@code display.Watch}; the {@code progress notify: N} line that precedes a notification is
     * the caller's.
     *
     * @param r the response
     * @throws CliExit exit 4 for the table format
     */
    public void print(WatchResponse r) {
        switch (format) {
            case "simple" -> {
                for (WatchEvent e : r.events()) {
                    out.println(e.type().name());
                    if (e.prevKeyValue() != null) {
                        simple.printKv(e.prevKeyValue());
                    }
                    simple.printKv(e.keyValue());
                }
            }
            case "json" -> out.println(json(r.header(), r.events(), 0, false));
            case "fields" -> {
                fields.header(r.header());
                for (WatchEvent e : r.events()) {
                    out.println("\"Type\" : " + e.type().name());
                    if (e.prevKeyValue() != null) {
                        fields.kv("Prev", e.prevKeyValue());
                    }
                    fields.kv("", e.keyValue());
                }
            }
            case "protobuf" -> new ProtobufPrinter(out).watch(r.header(), r.events(), 0, false);
            default -> throw unsupported();
        }
    }

    /**
     * Prints the last response of a watch that etcd cancelled because its start revision was
     * compacted: etcd sends it with a header whose revision is 0, no events, the compact revision
     * and the cancelled flag.
     *
     * @param member a header of the member (its cluster id, member id and raft term are printed)
     * @param compactRevision the compact revision etcd reported
     * @throws CliExit exit 4 for the table format
     */
    public void printCompacted(ResponseHeader member, long compactRevision) {
        ResponseHeader h = new ResponseHeader(member.clusterId(), member.memberId(), 0, member.raftTerm());
        switch (format) {
            case "simple" -> {
            }
            case "json" -> out.println(json(h, List.of(), compactRevision, true));
            case "fields" -> fields.header(h);
            case "protobuf" -> new ProtobufPrinter(out).watch(h, List.of(), compactRevision, true);
            default -> throw unsupported();
        }
    }

    private CliExit unsupported() {
        return new CliExit(ExitCodes.BAD_FEATURE, format + " not supported as output format");
    }

    private static String json(ResponseHeader h, List<WatchEvent> events, long compactRevision, boolean canceled) {
        List<String> list = new ArrayList<>(events.size());
        for (WatchEvent e : events) {
            list.add(new GoJson()
                    .int64("type", e.type() == WatchEvent.Type.DELETE ? 1 : 0)
                    .object("kv", JsonPrinter.kv(e.keyValue()))
                    .object("prev_kv", e.prevKeyValue() == null ? null : JsonPrinter.kv(e.prevKeyValue()))
                    .toString());
        }
        return "{\"Header\":" + JsonPrinter.header(h) + ",\"Events\":[" + String.join(",", list) + "]"
                + ",\"CompactRevision\":" + compactRevision + ",\"Canceled\":" + canceled + ",\"Created\":false}";
    }
}
