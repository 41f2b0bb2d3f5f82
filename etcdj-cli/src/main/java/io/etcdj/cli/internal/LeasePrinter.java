package io.etcdj.cli.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.lease.LeaseGrant;
import io.etcdj.lease.LeaseKeepAliveResponse;
import io.etcdj.lease.LeaseList;
import io.etcdj.lease.LeaseTimeToLive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes the results of etcdctl 3.4's {@code lease} commands in its output formats. Lease ids are
 * signed 64-bit numbers there: hex ({@code %016x}) in the simple format, signed decimal in
 * {@code json} and {@code fields}. The JSON is clientv3's lease structs as Go encodes them: the
 * response header's fields inlined (left out when zero), then the lease's own fields always
 * written. etcdctl has no {@code table} form of any lease response: it fails with exit 4 after the
 * request, as this printer does.
 */
public final class LeasePrinter {
    private final String format;
    private final Out out;

    /**
     * Makes a printer.
     *
     * @param format the {@code --write-out} value ({@code simple}, {@code json}, {@code fields}, {@code table})
     * @param out standard output
     */
    public LeasePrinter(String format, Out out) {
        this.format = format;
        this.out = out;
    }

    /**
     * A lease id as Go's {@code %016x} prints a signed 64-bit number.
     *
     * @param id the id
     * @return 16 hex digits, or a minus sign and 15 for a negative id
     */
    public static String hex(long id) {
        if (id >= 0) {
            return String.format("%016x", id);
        }
        String digits = Long.toHexString(-id);
        if (id == Long.MIN_VALUE) {
            digits = "8000000000000000";
        }
        return "-" + "0".repeat(Math.max(0, 15 - digits.length())) + digits;
    }

    private static GoJson inlineHeader(ResponseHeader h) {
        return JsonPrinter.header(h);
    }

    private CliExit unsupported() {
        return new CliExit(ExitCodes.BAD_FEATURE, format + " not supported as output format");
    }

    /**
     * Prints a granted lease.
     *
     * @param r etcd's answer
     * @throws CliExit exit 4 for {@code table}
     */
    public void grant(LeaseGrant r) {
        switch (format) {
            case "simple" -> out.println("lease " + hex(r.id()) + " granted with TTL(" + r.ttlSeconds() + "s)");
            case "json" -> out.println(inlineHeader(r.header()).always("ID", Long.toString(r.id()))
                    .always("TTL", Long.toString(r.ttlSeconds())).always("Error", "\"\"").toString());
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                out.println("\"ID\" : " + r.id());
                out.println("\"TTL\" : " + r.ttlSeconds());
            }
            case "protobuf" -> new ProtobufPrinter(out).headerOnly(r.header());
            default -> throw unsupported();
        }
    }

    /**
     * Prints a revoked lease.
     *
     * @param id the lease id given
     * @param header etcd's answer
     * @throws CliExit exit 4 for {@code table}
     */
    public void revoke(long id, ResponseHeader header) {
        switch (format) {
            case "simple" -> out.println("lease " + hex(id) + " revoked");
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(header)).toString());
            case "fields" -> FieldsHeader.print(out, header);
            case "protobuf" -> throw new CliExit(ExitCodes.BAD_FEATURE,
                    "marshal unsupported for type clientv3.LeaseRevokeResponse ({" + headerText(header) + "})");
            default -> throw unsupported();
        }
    }

    /**
     * Prints one keep-alive answer.
     *
     * @param r etcd's answer
     * @throws CliExit exit 4 for {@code table}
     */
    public void keepAlive(LeaseKeepAliveResponse r) {
        switch (format) {
            case "simple" -> out.println("lease " + hex(r.id()) + " keepalived with TTL(" + r.ttlSeconds() + ")");
            case "json" -> out.println(inlineHeader(r.header()).always("ID", Long.toString(r.id()))
                    .always("TTL", Long.toString(r.ttlSeconds())).toString());
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                out.println("\"ID\" : " + r.id());
                out.println("\"TTL\" : " + r.ttlSeconds());
            }
            case "protobuf" -> new ProtobufPrinter(out).headerOnly(r.header());
            default -> throw unsupported();
        }
    }

    /**
     * Prints a lease's time to live.
     *
     * @param r etcd's answer (TTL -1 and granted TTL 0 for a lease that does not exist)
     * @param keys whether {@code --keys} was given (the simple format then lists the keys)
     * @throws CliExit exit 4 for {@code table}
     */
    public void timeToLive(LeaseTimeToLive r, boolean keys) {
        switch (format) {
            case "simple" -> {
                if (r.grantedTtlSeconds() == 0 && r.ttlSeconds() == -1) {
                    out.println("lease " + hex(r.id()) + " already expired");
                    return;
                }
                StringBuilder sb = new StringBuilder("lease ").append(hex(r.id())).append(" granted with TTL(")
                        .append(r.grantedTtlSeconds()).append("s), remaining(").append(r.ttlSeconds()).append("s)");
                if (keys) {
                    List<String> names = new ArrayList<>();
                    r.keys().forEach(k -> names.add(new String(k, StandardCharsets.UTF_8)));
                    sb.append(", attached keys([").append(String.join(" ", names)).append("])");
                }
                out.println(sb.toString());
            }
            case "json" -> {
                String keyList = "null";
                if (!r.keys().isEmpty()) {
                    List<String> encoded = new ArrayList<>();
                    r.keys().forEach(k -> encoded.add('"' + Base64.getEncoder().encodeToString(k) + '"'));
                    keyList = "[" + String.join(",", encoded) + "]";
                }
                out.println(inlineHeader(r.header()).always("id", Long.toString(r.id()))
                        .always("ttl", Long.toString(r.ttlSeconds()))
                        .always("granted-ttl", Long.toString(r.grantedTtlSeconds()))
                        .always("keys", keyList).toString());
            }
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                out.println("\"ID\" : " + r.id());
                out.println("\"TTL\" : " + r.ttlSeconds());
                out.println("\"GrantedTTL\" : " + r.grantedTtlSeconds());
                r.keys().forEach(k -> out.println("\"Key\" : " + GoText.quote(k)));
            }
            case "protobuf" -> new ProtobufPrinter(out).headerOnly(r.header());
            default -> throw unsupported();
        }
    }

    /**
     * Prints the list of leases.
     *
     * @param r etcd's answer
     * @throws CliExit exit 4 for {@code table}
     */
    public void leases(LeaseList r) {
        switch (format) {
            case "simple" -> {
                out.println("found " + r.ids().size() + " leases");
                r.ids().forEach(id -> out.println(hex(id)));
            }
            case "json" -> {
                List<GoJson> items = new ArrayList<>();
                r.ids().forEach(id -> items.add(new GoJson().always("id", Long.toString(id))));
                out.println(inlineHeader(r.header()).always("leases", GoJson.arrayOf(items)).toString());
            }
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                r.ids().forEach(id -> out.println("\"ID\" : " + id));
            }
            case "protobuf" -> new ProtobufPrinter(out).headerOnly(r.header());
            default -> throw unsupported();
        }
    }

    /**
     * The header as Go's compact protobuf text writes it (each set field followed by a space), as
     * etcdctl 3.4 prints it inside the error of {@code lease revoke -w protobuf}.
     */
    private static String headerText(ResponseHeader h) {
        StringBuilder sb = new StringBuilder();
        if (h.clusterId() != 0) {
            sb.append("cluster_id:").append(Long.toUnsignedString(h.clusterId())).append(' ');
        }
        if (h.memberId() != 0) {
            sb.append("member_id:").append(Long.toUnsignedString(h.memberId())).append(' ');
        }
        if (h.revision() != 0) {
            sb.append("revision:").append(h.revision()).append(' ');
        }
        if (h.raftTerm() != 0) {
            sb.append("raft_term:").append(Long.toUnsignedString(h.raftTerm())).append(' ');
        }
        return sb.toString();
    }
}
