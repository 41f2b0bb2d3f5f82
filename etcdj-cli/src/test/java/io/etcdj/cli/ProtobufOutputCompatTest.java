package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.etcdj.EtcdClient;
import io.etcdj.grpc.AlarmResponse;
import io.etcdj.grpc.DeleteRangeResponse;
import io.etcdj.grpc.MemberUpdateResponse;
import io.etcdj.grpc.PutResponse;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.grpc.ResponseHeader;
import io.etcdj.grpc.TxnResponse;
import io.etcdj.grpc.WatchResponse;
import io.etcdj.kv.PutOptions;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdClusterExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code -w protobuf} against etcdctl 3.4. Reads run on one server and are compared byte for
 * byte, masking nothing. Writes run on two identically started single-member clusters (one for
 * each tool, the same commands in the same order, so revisions and raft terms agree); their
 * cluster and member ids differ, so both outputs are parsed as etcd's message, checked to encode
 * back to exactly the bytes written, and compared with those two header fields cleared. The
 * commands etcdctl cannot print as protobuf fail as etcdctl's do.
 */
class ProtobufOutputCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String P = "pb-" + UUID.randomUUID().toString().substring(0, 8) + "/";
    static final long LEASE = 0x7e57L;
    static EtcdCluster forEtcdctl;
    static EtcdCluster forEtcdj;

    @BeforeAll
    static void seed() throws Exception {
        Runner.assumeEtcdctl();
        try (EtcdClient etcd = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            etcd.kv().put(P + "a", "1");
            etcd.kv().put(P + "b", "two");
            etcd.kv().put(P + "b", "2");
            etcd.kv().put(P + "empty", "");
            etcd.kv().put((P + "bin").getBytes(StandardCharsets.UTF_8), new byte[] {0, (byte) 0xff, '\n'});
        }
        Leases.grant(ETCD.endpoints().get(0), LEASE, 600);
        try (EtcdClient etcd = EtcdClient.builder().endpoints(ETCD.endpoints()).build()) {
            etcd.kv().put(P + "leased", "x", PutOptions.builder().leaseId(LEASE).build());
        }
        forEtcdctl = EtcdCluster.builder().namePrefix("pbtwin").start();
        forEtcdj = EtcdCluster.builder().namePrefix("pbtwin").start();
    }

    @AfterAll
    static void stop() {
        if (forEtcdctl != null) {
            forEtcdctl.close();
        }
        if (forEtcdj != null) {
            forEtcdj.close();
        }
    }

    static List<String> cmd(String... args) {
        List<String> list = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv(), "-w", "protobuf"));
        list.addAll(List.of(args));
        return list;
    }

    private static CliResult same(List<String> args, String stdin) {
        return Runner.assertSame(args, stdin.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void readsAreEtcdsBytes() {
        for (List<String> args : List.of(cmd("get", P + "a"), cmd("get", P, "--prefix"), cmd("get", P + "none"),
                cmd("get", P, "--prefix", "--limit", "2"), cmd("get", P, "--prefix", "--keys-only"),
                cmd("get", P, "--prefix", "--sort-by", "VALUE", "--order", "DESCEND"), cmd("get", P + "bin"),
                cmd("get", P + "b", "--rev", "1"), cmd("member", "list"), cmd("alarm", "list"), cmd("lease", "list"),
                cmd("lease", "timetolive", Long.toHexString(LEASE), "--keys"), cmd("lease", "timetolive", "1"))) {
            CliResult r = same(args, "");
            assertThat(r.exitCode()).as("exit of %s", args).isZero();
            if (!args.contains("alarm")) {
                // no alarm and, from etcd 3.4, no header: nothing to write
                assertThat(r.stdout()).as("output of %s", args).isNotEmpty();
            }
        }
        same(cmd("txn"), "value(\"" + P + "a\") = \"1\"\n\nget " + P + " --prefix\n\nget " + P + "a\n\n");
        same(cmd("txn"), "value(\"" + P + "a\") = \"2\"\n\nget " + P + "a\n\nget " + P + "b\nget " + P + "none\n\n");
    }

    @Test
    void errorsAndCommandsWithoutProtobufAreEtcdctls() {
        for (List<String> args : List.of(cmd("endpoint", "status"), cmd("endpoint", "health"),
                cmd("get"), cmd("get", P + "a", "--print-value-only"), cmd("lease", "revoke", "1"),
                cmd("lease", "keep-alive", "--once", "1"), cmd("move-leader", "1"), cmd("compaction", "99999999"),
                cmd("member", "remove", "1"), cmd("lease", "grant", "x"))) {
            CliResult r = same(args, "");
            assertThat(r.exitCode()).as("exit of %s", args).isNotZero();
        }
    }

    /** etcd 3.4's HTTP/JSON gateway has no HashKV (docs/gateway.md, Limits). */
    @Test
    @Tag("grpc-only")
    void hashKvIsRefusedAfterItsRequest() {
        CliResult r = same(cmd("endpoint", "hashkv"), "");
        assertThat(r.exitCode()).isEqualTo(4);
    }

    @Test
    void writesAreEtcdsBytes() throws Exception {
        check(List.of("put", "k", "v1"), PutResponse::parseFrom, "");
        check(List.of("put", "k", "v2", "--prev-kv"), PutResponse::parseFrom, "");
        check(List.of("put", "k2", "--prev-kv"), PutResponse::parseFrom, "from stdin");
        check(List.of("del", "nothing"), DeleteRangeResponse::parseFrom, "");
        check(List.of("del", "k", "--prev-kv"), DeleteRangeResponse::parseFrom, "");
        check(List.of("del", "k", "--prefix"), DeleteRangeResponse::parseFrom, "");
        check(List.of("txn"), TxnResponse::parseFrom, "create(\"t\") = \"0\"\n\nput t 1\nput u 2\nget t\n\nget t\n\n");
        check(List.of("txn"), TxnResponse::parseFrom, "create(\"t\") = \"0\"\n\nput t 1\n\ndel t --prev-kv\nput w 3\n\n");
        check(List.of("alarm", "disarm"), AlarmResponse::parseFrom, "");
        String memberId = Long.toHexString(ids(forEtcdctl)[1]);
        String memberIdJ = Long.toHexString(ids(forEtcdj)[1]);
        CliResult a = Runner.etcdctl(List.of("--endpoints", forEtcdctl.clientEndpointsCsv(), "-w", "protobuf", "member",
                "update", memberId, "--peer-urls=" + forEtcdctl.peerEndpoints().get(0)), new byte[0], Map.of());
        CliResult b = Runner.etcdj(List.of("--endpoints", forEtcdj.clientEndpointsCsv(), "-w", "protobuf", "member",
                "update", memberIdJ, "--peer-urls=" + forEtcdj.peerEndpoints().get(0)), new byte[0], Map.of());
        compare(List.of("member", "update"), a, b, MemberUpdateResponse::parseFrom);
        // the lease responses: only the header's bytes, as etcdctl 3.4 writes them
        check(List.of("lease", "grant", "100"), ResponseHeader::parseFrom, "");
        // a watch from a compacted revision: etcd cancels it, the one response is printed, exit 5
        for (EtcdCluster c : List.of(forEtcdctl, forEtcdj)) {
            CliResult compacted = Runner.etcdctl(List.of("--endpoints", c.clientEndpointsCsv(), "compaction", "3"),
                    new byte[0], Map.of());
            assertThat(compacted.exitCode()).as(compacted.toString()).isZero();
        }
        CliResult wa = Runner.etcdctl(List.of("--endpoints", forEtcdctl.clientEndpointsCsv(), "-w", "protobuf", "watch",
                "--rev", "1", "k"), new byte[0], Map.of());
        CliResult wb = Runner.etcdj(List.of("--endpoints", forEtcdj.clientEndpointsCsv(), "-w", "protobuf", "watch",
                "--rev", "1", "k"), new byte[0], Map.of());
        assertThat(wb.exitCode()).isEqualTo(wa.exitCode()).isEqualTo(5);
        assertThat(wb.err()).isEqualTo(wa.err());
        WatchResponse ewr = WatchResponse.parseFrom(wa.stdout());
        assertThat(ewr.toByteArray()).isEqualTo(wa.stdout());
        assertThat(WatchResponse.parseFrom(wb.stdout()).toBuilder().clearHeader().build())
                .isEqualTo(ewr.toBuilder().clearHeader().build());
        assertThat(withoutIds(ResponseHeader.parseFrom(WatchResponse.parseFrom(wb.stdout()).getHeader().toByteArray())))
                .isEqualTo(withoutIds(ewr.getHeader()));
    }

    /** cluster id and member id of a cluster's only member. */
    private static long[] ids(EtcdCluster cluster) {
        try (EtcdClient etcd = EtcdClient.builder().endpoints(cluster.clientEndpoints()).build()) {
            var h = etcd.kv().get("none").header();
            return new long[] {h.clusterId(), h.memberId()};
        }
    }

    interface Parser {
        Message parse(byte[] bytes) throws InvalidProtocolBufferException;
    }

    private static CliResult check(List<String> args, Parser parser, String stdin) throws Exception {
        List<String> a = new ArrayList<>(List.of("--endpoints", forEtcdctl.clientEndpointsCsv(), "-w", "protobuf"));
        a.addAll(args);
        List<String> b = new ArrayList<>(List.of("--endpoints", forEtcdj.clientEndpointsCsv(), "-w", "protobuf"));
        b.addAll(args);
        byte[] in = stdin.getBytes(StandardCharsets.UTF_8);
        CliResult expected = Runner.etcdctl(a, in, Map.of());
        CliResult actual = Runner.etcdj(b, in, Map.of());
        compare(args, expected, actual, parser);
        return actual;
    }

    private static void compare(List<String> args, CliResult expected, CliResult actual, Parser parser) throws Exception {
        String what = args + "\netcdctl: " + expected + "\netcdj: " + actual;
        assertThat(actual.exitCode()).as(what).isEqualTo(expected.exitCode()).isZero();
        assertThat(actual.errNormalised()).as(what).isEqualTo(expected.errNormalised());
        Message e = parser.parse(expected.stdout());
        Message j = parser.parse(actual.stdout());
        assertThat(e.toByteArray()).as("etcdctl's bytes encode canonically: " + what).isEqualTo(expected.stdout());
        assertThat(j.toByteArray()).as(what).isEqualTo(actual.stdout());
        assertThat(withoutIds(j).toByteArray()).as(what).isEqualTo(withoutIds(e).toByteArray());
    }

    /** The message with cluster_id and member_id cleared in its header (or itself, for a header). */
    private static Message withoutIds(Message m) {
        UnaryOperator<ResponseHeader> clear = h -> h.toBuilder().clearClusterId().clearMemberId().build();
        if (m instanceof ResponseHeader h) {
            return clear.apply(h);
        }
        if (m instanceof MemberUpdateResponse u) {
            // the member's id and URLs differ between the clusters too
            MemberUpdateResponse.Builder b = u.toBuilder();
            for (int i = 0; i < b.getMembersCount(); i++) {
                b.setMembers(i, b.getMembers(i).toBuilder().clearID().clearPeerURLs().clearClientURLs());
            }
            m = b.build();
        }
        var field = m.getDescriptorForType().findFieldByName("header");
        if (field == null || !m.hasField(field)) {
            return m;
        }
        return m.toBuilder().setField(field, clear.apply((ResponseHeader) m.getField(field))).build();
    }
}
