package io.etcdj.cli.v2;

import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.v2.EtcdV2Client;
import io.etcdj.v2.SetOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * etcdj's v2 command line against etcdctl 3.4 (ETCDCTL_API=2) on the same server, for commands
 * that change nothing: the state is the same for both runs, so output is compared byte for byte
 * (except remaining TTLs, which may tick between the runs).
 */
class V2ReadCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String P = "/v2rc-" + UUID.randomUUID().toString().substring(0, 8);
    static long seedIndex;

    @BeforeAll
    static void seed() {
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build()) {
            seedIndex = etcd.set(P + "/a", "1").etcdIndex();
            etcd.set(P + "/a", "2");
            etcd.set(P + "/dir/x", "1");
            etcd.set(P + "/dir/y/z", "2");
            etcd.mkdir(P + "/dir/empty");
            etcd.set(P + "/odd", "<&>é\"\\\ttab\nline");
            etcd.set(P + "/ttl", "t", SetOptions.builder().ttl(3000).build());
            etcd.mkdir(P + "/ttldir", SetOptions.builder().ttl(3000).build());
            // more than the 1000 events etcd keeps, so that a watch from the seed index is refused (401)
            for (int i = 0; i < 1005; i++) {
                etcd.set(P + "/churn", Integer.toString(i));
            }
        }
    }

    @BeforeEach
    void needsEtcdctl() {
        V2Runner.assumeEtcdctl();
    }

    static List<String> cmd(String... args) {
        List<String> list = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv()));
        list.addAll(List.of(args));
        return list;
    }

    static Stream<List<String>> reads() {
        List<List<String>> cases = new ArrayList<>();
        for (String o : List.of("simple", "extended", "json")) {
            cases.add(cmd("-o", o, "get", P + "/a"));
            cases.add(cmd("-o", o, "get", P + "/odd"));
            cases.add(cmd("-o", o, "get", P + "/ttl"));
            cases.add(cmd("-o", o, "get", P + "/nope"));
            cases.add(cmd("-o", o, "get", P + "/dir"));
            cases.add(cmd("-o", o, "ls", "--sort", P + "/dir"));
            cases.add(cmd("-o", o, "ls", "--sort", "--recursive", P + "/dir"));
            cases.add(cmd("-o", o, "ls", P + "/a"));
            cases.add(cmd("-o", o, "ls", P + "/ttldir"));
        }
        cases.add(cmd("--output", "bogus", "get", P + "/a"));
        cases.add(cmd("--output=extended", "get", "--quorum", P + "/a"));
        cases.add(cmd("get", "-q", "--sort", P + "/a"));
        cases.add(cmd("get"));
        cases.add(cmd("--no-sync", "get", P + "/a"));
        cases.add(cmd("--timeout", "1s", "--total-timeout", "3s", "get", P + "/a"));
        cases.add(cmd("ls", "-p", "--sort", "-r", P + "/dir"));
        cases.add(cmd("ls", "-p", "--sort", P + "/dir"));
        cases.add(cmd("ls", P + "/nope"));
        cases.add(cmd("watch"));
        cases.add(cmd("watch", "--after-index", Long.toString(seedIndex), P + "/a"));
        cases.add(cmd("-o", "json", "watch", "--after-index", Long.toString(seedIndex), P + "/a"));
        cases.add(cmd("get", "-sort", "-quorum", P + "/a"));
        cases.add(cmd("-output", "extended", "get", P + "/a"));
        cases.add(cmd("member", "list"));
        cases.add(cmd("-o", "json", "member", "list"));
        cases.add(cmd("member"));
        cases.add(cmd("member", "list", "extra"));
        cases.add(cmd("member", "add"));
        cases.add(cmd("member", "add", "only-name"));
        cases.add(cmd("member", "remove"));
        cases.add(cmd("member", "remove", "1234"));
        cases.add(cmd("member", "update"));
        // refused without a change: a peer URL in use, a name instead of an id
        cases.add(cmd("member", "add", "dup", ETCD.cluster().member(0).peerEndpoint()));
        cases.add(cmd("member", "add", "bad", "not-a-url"));
        cases.add(cmd("member", "remove", ETCD.cluster().member(0).name()));
        cases.add(cmd("cluster-health"));
        cases.add(cmd("exec-watch", P + "/a"));
        cases.add(cmd("nosuch"));
        cases.add(cmd("set"));
        cases.add(cmd("mk"));
        cases.add(cmd("mkdir"));
        cases.add(cmd("rm"));
        cases.add(cmd("rmdir"));
        cases.add(cmd("update"));
        cases.add(cmd("updatedir"));
        cases.add(cmd("setdir"));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("reads")
    void sameAsEtcdctl(List<String> args) {
        // the remaining TTL is computed when etcd answers and may tick between the two runs
        V2Runner.assertSame(args, args, "", s -> s.replaceAll("TTL: \\d+", "TTL: N").replaceAll("\"ttl\":\\d+",
                "\"ttl\":N"), true);
    }

    @Test
    void unknownFlagIsRejectedAlike() {
        List<String> args = cmd("get", "--bogus", P + "/a");
        // etcdctl prints its usage text on stdout too; etcdj's usage text differs, so only stderr and exit are compared
        V2Runner.assertSame(args, args, "", UnaryOperator.identity(), false);
    }

    @Test
    void unreachableEndpoint() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String ep = "http://127.0.0.1:" + port;
        V2Runner.assertSame(List.of("--endpoints", ep, "get", "/k"), List.of("--endpoints", ep, "get", "/k"), "",
                UnaryOperator.identity(), true);
        V2Runner.assertSame(List.of("--no-sync", "--endpoints", ep, "get", "/k"),
                List.of("--no-sync", "--endpoints", ep, "get", "/k"), "", UnaryOperator.identity(), true);
    }
}
