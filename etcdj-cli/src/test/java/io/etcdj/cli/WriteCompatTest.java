package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.ResponseHeader;
import io.etcdj.testing.EtcdCluster;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * etcdj's command line against etcdctl 3.4 for commands that write: put, del, txn and compaction.
 *
 * <p>A write changes the server, so etcdctl and etcdj cannot run the same write against the same
 * state of one server. Each runs instead against its own fresh single-member cluster, the two
 * started alike; the same script of commands then produces the same revisions, versions and raft
 * terms on both, and only the cluster id and member id differ (etcd derives them from the member's
 * peer URL, and the ports differ). Those two header fields, and nothing else, are normalised
 * before stdout is compared byte for byte; stderr and exit codes are compared too.
 */
class WriteCompatTest {
    static final long LEASE = 0x5eedL;
    static EtcdCluster forEtcdctl;
    static EtcdCluster forEtcdj;
    static UnaryOperator<String> normalise;

    @BeforeAll
    static void startTwins() throws Exception {
        Runner.assumeEtcdctl();
        forEtcdctl = EtcdCluster.builder().namePrefix("twin").start();
        forEtcdj = EtcdCluster.builder().namePrefix("twin").start();
        ResponseHeader a = header(forEtcdctl);
        ResponseHeader b = header(forEtcdj);
        normalise = s -> s.replace(a.clusterIdString(), "<cluster_id>").replace(a.memberIdString(), "<member_id>")
                .replace(b.clusterIdString(), "<cluster_id>").replace(b.memberIdString(), "<member_id>");
        Leases.grant(forEtcdctl.clientEndpoints().get(0), LEASE, 600);
        Leases.grant(forEtcdj.clientEndpoints().get(0), LEASE, 600);
    }

    private static ResponseHeader header(EtcdCluster cluster) {
        try (EtcdClient etcd = EtcdClient.builder().endpoints(cluster.clientEndpoints()).build()) {
            return etcd.kv().get("none").header();
        }
    }

    @AfterAll
    static void stopTwins() {
        if (forEtcdctl != null) {
            forEtcdctl.close();
        }
        if (forEtcdj != null) {
            forEtcdj.close();
        }
    }

    /** One command of the script, with its standard input. */
    record Step(List<String> args, String stdin) {
        static Step of(String... args) {
            return new Step(List.of(args), "");
        }

        static Step withInput(String stdin, String... args) {
            return new Step(List.of(args), stdin);
        }

        @Override
        public String toString() {
            return String.join(" ", args) + (stdin.isEmpty() ? "" : "  <<< " + stdin.replace("\n", "\\n"));
        }
    }

    static List<Step> script() {
        String txnThen = "value(\"t/a\") = \"1\"\n\nput t/a 2 --prev-kv\ndel t/gone\nget t/ --prefix\n\nput t/x no\n\n";
        String txnElse = "value(\"t/a\") = \"1\"\nver(\"t/b\") > \"0\"\n\nput t/x yes\n\nget t/a\nput t/b \"b\\tb\" --prev-kv\n"
                + "del t/ t/b --prev-kv\n\n";
        List<Step> s = new ArrayList<>();
        s.add(Step.of("put", "k/a", "1"));
        s.add(Step.of("-w", "json", "put", "k/b", "2"));
        s.add(Step.of("-w", "fields", "put", "k/c", "3"));
        for (String w : List.of("simple", "json", "fields")) {
            s.add(Step.of("-w", w, "put", "--prev-kv", "k/a", "a-" + w));
            s.add(Step.of("-w", w, "put", "--prev-kv", "k/new-" + w, "v"));
        }
        s.add(Step.withInput("from\tstdin\n\u00e9\n", "put", "k/stdin"));
        s.add(Step.of("put", "--", "k/dash", "-value"));
        s.add(Step.of("put", "k/empty", ""));
        s.add(Step.of("put", "k/lease", "v1", "--lease", Long.toHexString(LEASE)));
        s.add(Step.of("-w", "json", "put", "k/lease", "v2", "--ignore-lease", "--prev-kv"));
        s.add(Step.of("-w", "fields", "put", "k/lease", "--ignore-value", "--prev-kv"));
        s.add(Step.of("put", "k/lease", "--ignore-value", "--ignore-lease"));
        s.add(Step.of("-w", "table", "put", "k/table", "applied-anyway"));
        for (String w : List.of("simple", "json", "fields")) {
            s.add(Step.of("-w", w, "get", "--prefix", "k/"));
        }
        for (String x : List.of("d/1", "d/2", "d/3", "d/4", "d/5", "d/6", "e/1", "e/2", "f/1")) {
            s.add(Step.of("put", x, "v-" + x));
        }
        s.add(Step.of("del", "d/1"));
        s.add(Step.of("-w", "json", "del", "--prev-kv", "d/2"));
        s.add(Step.of("-w", "fields", "del", "--prev-kv", "d/3", "d/5"));
        s.add(Step.of("del", "--prev-kv", "--prefix", "d/"));
        s.add(Step.of("-w", "json", "del", "--prev-kv", "--from-key", "e/2"));
        s.add(Step.of("-w", "json", "del", "missing"));
        s.add(Step.of("-w", "fields", "del", "missing"));
        s.add(Step.of("del", "--prefix", ""));
        for (String w : List.of("simple", "json", "fields")) {
            s.add(Step.of("put", "t/a", "1"));
            s.add(Step.of("put", "t/b", "b"));
            s.add(Step.withInput(txnThen, "-w", w, "txn"));
            s.add(Step.withInput(txnElse, "-w", w, "txn"));
        }
        s.add(Step.withInput("mod(\"t/x\") > \"0\"\n\nput t/x interactive\n\nget t/x\n\n", "txn", "-i"));
        s.add(Step.withInput("\nput t/y \"a b\"\nput t/z c\n\n\n", "txn", "--interactive=true", "-w", "json"));
        s.add(Step.withInput("c(\"t/z\") = \"0\"\nm(\"t/z\") > \"1\"\n\nput t/w w\n\n\n", "-w", "fields", "txn"));
        s.add(Step.withInput("\nput t/dup 1\nput t/dup 2\n\n\n", "txn"));
        for (String w : List.of("simple", "json", "fields")) {
            s.add(Step.of("-w", w, "get", "--prefix", "t/"));
        }
        s.add(Step.of("compaction", "5"));
        s.add(Step.of("-w", "json", "compaction", "--physical", "10"));
        s.add(Step.of("compaction", "7"));
        s.add(Step.of("compaction", "0"));
        s.add(Step.of("get", "--rev", "8", "t/a"));
        s.add(Step.of("get", "--rev", "10", "--prefix", "k/"));
        s.add(Step.withInput("\nget k/a --rev 3\n\n\n", "txn"));
        return s;
    }

    @TestFactory
    Stream<DynamicTest> writesMatchEtcdctl() {
        return script().stream().map(step -> DynamicTest.dynamicTest(step.toString(), () -> {
            List<String> etcdctl = withEndpoint(forEtcdctl, step.args());
            List<String> etcdj = withEndpoint(forEtcdj, step.args());
            CliResult r = Runner.assertSame(etcdctl, etcdj, step.stdin().getBytes(StandardCharsets.UTF_8), Map.of(),
                    normalise, true);
            assertThat(r).isNotNull();
        }));
    }

    private static List<String> withEndpoint(EtcdCluster cluster, List<String> args) {
        List<String> full = new ArrayList<>(List.of("--endpoints", cluster.clientEndpointsCsv()));
        full.addAll(args);
        return full;
    }
}
