package io.etcdj.cli.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.cluster.Member;
import io.etcdj.cluster.MemberAddResponse;
import io.etcdj.cluster.MemberListResponse;
import io.etcdj.cluster.MembershipChangeResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the results of etcdctl's {@code member} commands in its output formats: the member
 * list in {@code simple}, {@code json}, {@code fields} and {@code table}; the changes in
 * {@code simple} and {@code json} (etcdctl has no other format for them and says so after the
 * change was made).
 */
public final class MemberPrinter {
    private final String format;
    private final Out out;

    /**
     * Makes a printer.
     *
     * @param format the {@code --write-out} value
     * @param out standard output
     */
    public MemberPrinter(String format, Out out) {
        this.format = format;
        this.out = out;
    }

    private static List<String> row(Member m) {
        return List.of(Long.toHexString(m.id()), m.isStarted() ? "started" : "unstarted", m.name(),
                String.join(",", m.peerUrls()), String.join(",", m.clientUrls()), Boolean.toString(m.isLearner()));
    }

    static GoJson member(Member m) {
        return new GoJson()
                .uint64("ID", m.id())
                .string("name", m.name())
                .strings("peerURLs", m.peerUrls())
                .strings("clientURLs", m.clientUrls())
                .bool("isLearner", m.isLearner());
    }

    private static List<GoJson> members(List<Member> members) {
        List<GoJson> list = new ArrayList<>();
        for (Member m : members) {
            list.add(member(m));
        }
        return list;
    }

    /**
     * Prints {@code member list}.
     *
     * @param r the member list
     */
    public void list(MemberListResponse r) {
        switch (format) {
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(r.header()))
                    .array("members", members(r.members())).toString());
            case "fields" -> {
                FieldsHeader.print(out, r.header());
                for (Member m : r.members()) {
                    out.println("\"ID\" : " + Long.toUnsignedString(m.id()));
                    out.println("\"Name\" : " + GoText.quote(m.name()));
                    for (String u : m.peerUrls()) {
                        out.println("\"PeerURL\" : " + GoText.quote(u));
                    }
                    for (String u : m.clientUrls()) {
                        out.println("\"ClientURL\" : " + GoText.quote(u));
                    }
                    out.println("\"IsLearner\" : " + m.isLearner());
                    out.println("");
                }
            }
            case "table" -> {
                TableWriter t = new TableWriter(List.of("ID", "Status", "Name", "Peer Addrs", "Client Addrs", "Is Learner"));
                r.members().forEach(m -> t.row(row(m)));
                t.render(out);
            }
            case "protobuf" -> new ProtobufPrinter(out).memberList(r);
            default -> r.members().forEach(m -> out.println(String.join(", ", row(m))));
        }
    }

    /**
     * Prints {@code member add}: the new member and, in the simple format, the environment for
     * starting it.
     *
     * @param r the add's result
     * @param name the new member's name as given on the command line
     * @param peerUrls the {@code --peer-urls} value as given
     * @throws CliExit exit 4 for the formats etcdctl does not print an add in
     */
    public void added(MemberAddResponse r, String name, String peerUrls) {
        switch (format) {
            case "json" -> out.println(new GoJson().object("header", JsonPrinter.header(r.header()))
                    .object("member", member(r.member())).array("members", members(r.members())).toString());
            case "simple" -> {
                out.println(String.format("Member %16x added to cluster %16x", r.member().id(), r.header().clusterId()));
                List<String> conf = new ArrayList<>();
                for (Member m : r.members()) {
                    for (String u : m.peerUrls()) {
                        conf.add((m.id() == r.member().id() ? name : m.name()) + "=" + u);
                    }
                }
                out.println("");
                out.println("ETCD_NAME=" + GoText.quote(name));
                out.println("ETCD_INITIAL_CLUSTER=" + GoText.quote(String.join(",", conf)));
                out.println("ETCD_INITIAL_ADVERTISE_PEER_URLS=" + GoText.quote(peerUrls));
                out.println("ETCD_INITIAL_CLUSTER_STATE=\"existing\"");
            }
            case "protobuf" -> new ProtobufPrinter(out).memberAdd(r);
            default -> throw unsupported();
        }
    }

    /**
     * Prints {@code member remove}, {@code update} or {@code promote}.
     *
     * @param verb {@code removed from}, {@code updated in} or {@code promoted in}
     * @param id the member id given on the command line
     * @param r the change's result
     * @throws CliExit exit 4 for the formats etcdctl does not print the change in
     */
    public void changed(String verb, long id, MembershipChangeResponse r) {
        ResponseHeader h = r.header();
        if (format.equals("simple")) {
            out.println(String.format("Member %16x %s cluster %16x", id, verb, h.clusterId()));
        } else if (format.equals("json") && !verb.startsWith("promoted")) {
            out.println(new GoJson().object("header", JsonPrinter.header(h)).array("members", members(r.members())).toString());
        } else if (format.equals("protobuf") && !verb.startsWith("promoted")) {
            new ProtobufPrinter(out).membershipChange(r);
        } else {
            throw unsupported();
        }
    }

    private CliExit unsupported() {
        return new CliExit(ExitCodes.BAD_FEATURE, format + " not supported as output format");
    }
}
