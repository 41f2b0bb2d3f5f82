package io.etcdj.cli.internal;

import io.etcdj.maintenance.HashKvResponse;
import io.etcdj.maintenance.StatusResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the results of etcdctl's {@code endpoint status}, {@code endpoint health} and
 * {@code endpoint hashkv} in its {@code simple}, {@code json}, {@code fields} and {@code table}
 * formats. The simple format of {@code health} goes to standard error, as etcdctl writes it.
 */
public final class EndpointPrinter {
    /** One endpoint's status, with the endpoint as the command named it. */
    public record Status(String endpoint, StatusResponse status) {
    }

    /** One endpoint's hash, with the endpoint as the command named it. */
    public record Hash(String endpoint, HashKvResponse hash) {
    }

    /**
     * One endpoint's health as etcdctl reports it.
     *
     * @param endpoint the endpoint as the command named it
     * @param healthy whether it is healthy
     * @param took Go's text of how long the check took
     * @param error etcdctl's words for the failure; empty when healthy
     */
    public record Health(String endpoint, boolean healthy, String took, String error) {
    }

    private final String format;
    private final Out out;
    private final Out err;

    /**
     * Makes a printer.
     *
     * @param format the {@code --write-out} value
     * @param out standard output
     * @param err standard error
     */
    public EndpointPrinter(String format, Out out, Out err) {
        this.format = format;
        this.out = out;
        this.err = err;
    }

    private static List<String> statusRow(Status s) {
        StatusResponse r = s.status();
        return List.of(s.endpoint(), Long.toHexString(r.header().memberId()), r.version(), GoFormat.bytes(r.dbSize()),
                Boolean.toString(r.leader() == r.header().memberId()), Boolean.toString(r.isLearner()),
                Long.toUnsignedString(r.raftTerm()), Long.toUnsignedString(r.raftIndex()),
                Long.toUnsignedString(r.raftAppliedIndex()), String.join(", ", r.errors()));
    }

    /**
     * Prints {@code endpoint status}.
     *
     * @param list the endpoints that answered, in order
     */
    public void status(List<Status> list) {
        switch (format) {
            case "json" -> {
                List<GoJson> items = new ArrayList<>();
                for (Status s : list) {
                    StatusResponse r = s.status();
                    GoJson status = new GoJson()
                            .object("header", JsonPrinter.header(r.header()))
                            .string("version", r.version())
                            .int64("dbSize", r.dbSize())
                            .uint64("leader", r.leader())
                            .uint64("raftIndex", r.raftIndex())
                            .uint64("raftTerm", r.raftTerm())
                            .uint64("raftAppliedIndex", r.raftAppliedIndex())
                            .strings("errors", r.errors())
                            .int64("dbSizeInUse", r.dbSizeInUse())
                            .bool("isLearner", r.isLearner());
                    items.add(new GoJson().always("Endpoint", GoJson.quote(s.endpoint())).always("Status", status.toString()));
                }
                out.println(GoJson.arrayOf(items));
            }
            case "fields" -> {
                for (Status s : list) {
                    StatusResponse r = s.status();
                    FieldsHeader.print(out, r.header());
                    out.println("\"Version\" : " + GoText.quote(r.version()));
                    out.println("\"DBSize\" : " + r.dbSize());
                    out.println("\"Leader\" : " + Long.toUnsignedString(r.leader()));
                    out.println("\"IsLearner\" : " + r.isLearner());
                    out.println("\"RaftIndex\" : " + Long.toUnsignedString(r.raftIndex()));
                    out.println("\"RaftTerm\" : " + Long.toUnsignedString(r.raftTerm()));
                    out.println("\"RaftAppliedIndex\" : " + Long.toUnsignedString(r.raftAppliedIndex()));
                    out.println("\"Errors\" : [" + String.join(" ", r.errors()) + "]");
                    out.println("\"Endpoint\" : " + GoText.quote(s.endpoint()));
                    out.println("");
                }
            }
            case "table" -> {
                TableWriter t = new TableWriter(List.of("endpoint", "ID", "version", "db size", "is leader", "is learner",
                        "raft term", "raft index", "raft applied index", "errors"));
                list.forEach(s -> t.row(statusRow(s)));
                t.render(out);
            }
            case "protobuf" -> throw new CliExit(ExitCodes.BAD_FEATURE, "protobuf not supported as output format");
            default -> list.forEach(s -> out.println(String.join(", ", statusRow(s))));
        }
    }

    /**
     * Prints {@code endpoint hashkv}.
     *
     * @param list the endpoints that answered, in order
     */
    public void hashKv(List<Hash> list) {
        switch (format) {
            case "json" -> {
                List<GoJson> items = new ArrayList<>();
                for (Hash h : list) {
                    GoJson hash = new GoJson()
                            .object("header", JsonPrinter.header(h.hash().header()))
                            .uint64("hash", h.hash().hash())
                            .int64("compact_revision", h.hash().compactRevision());
                    items.add(new GoJson().always("Endpoint", GoJson.quote(h.endpoint())).always("HashKV", hash.toString()));
                }
                out.println(GoJson.arrayOf(items));
            }
            case "fields" -> {
                for (Hash h : list) {
                    FieldsHeader.print(out, h.hash().header());
                    out.println("\"Endpoint\" : " + GoText.quote(h.endpoint()));
                    out.println("\"Hash\" : " + h.hash().hash());
                    out.println("");
                }
            }
            case "table" -> {
                TableWriter t = new TableWriter(List.of("endpoint", "hash"));
                list.forEach(h -> t.row(List.of(h.endpoint(), Long.toString(h.hash().hash()))));
                t.render(out);
            }
            case "protobuf" -> throw new CliExit(ExitCodes.BAD_FEATURE, "protobuf not supported as output format");
            default -> list.forEach(h -> out.println(h.endpoint() + ", " + h.hash().hash()));
        }
    }

    /**
     * Prints {@code endpoint health}.
     *
     * @param list every endpoint checked
     */
    public void health(List<Health> list) {
        switch (format) {
            case "json" -> {
                List<GoJson> items = new ArrayList<>();
                for (Health h : list) {
                    GoJson item = new GoJson().always("endpoint", GoJson.quote(h.endpoint()))
                            .always("health", Boolean.toString(h.healthy()))
                            .always("took", GoJson.quote(h.took()))
                            .string("error", h.error());
                    items.add(item);
                }
                out.println(GoJson.arrayOf(items));
            }
            case "fields" -> {
                for (Health h : list) {
                    out.println("\"Endpoint\" : " + GoText.quote(h.endpoint()));
                    out.println("\"Health\" : " + h.healthy());
                    out.println("\"Took\" : " + h.took());
                    out.println("\"Error\" : " + h.error());
                    out.println("");
                }
            }
            case "table" -> {
                TableWriter t = new TableWriter(List.of("endpoint", "health", "took", "error"));
                list.forEach(h -> t.row(List.of(h.endpoint(), Boolean.toString(h.healthy()), h.took(), h.error())));
                t.render(out);
            }
            case "protobuf" -> throw new CliExit(ExitCodes.BAD_FEATURE, "protobuf not supported as output format");
            default -> {
                for (Health h : list) {
                    if (h.error().isEmpty()) {
                        err.println(h.endpoint() + " is healthy: successfully committed proposal: took = " + h.took());
                    } else {
                        err.println(h.endpoint() + " is unhealthy: failed to commit proposal: " + h.error());
                    }
                }
            }
        }
    }
}
