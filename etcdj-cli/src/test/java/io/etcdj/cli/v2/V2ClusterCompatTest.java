package io.etcdj.cli.v2;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.testing.EtcdMember;
import io.etcdj.v2.EtcdV2Client;
import io.etcdj.v2.EtcdV2HttpException;
import io.etcdj.v2.EtcdV2Member;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** member add/update/remove and cluster-health against etcdctl, on a three-member cluster of its own. */
class V2ClusterCompatTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().members(3).namePrefix("v2cc").build();

    /**
     * Removes unstarted members: etcd 3.4 may answer a member add with HTTP 500 and apply it all
     * the same, and an unstarted member left behind would cost the cluster its quorum when a test
     * kills a member.
     */
    @BeforeEach
    @AfterEach
    void noUnstartedMembers() {
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build()) {
            for (EtcdV2Member m : etcd.members()) {
                if (m.name().isEmpty()) {
                    etcd.removeMember(m.id());
                }
            }
        }
    }

    /** etcdctl's member add, again until etcd accepts it (see {@link #membershipChangesAllowed()}). */
    V2Run etcdctlAdd(String name, String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            V2Run r = V2Runner.etcdctl(cmd("member", "add", name, url), "");
            if (r.exitCode() == 0 || System.nanoTime() > deadline) {
                return r;
            }
            noUnstartedMembers();
            Thread.sleep(500);
        }
    }

    @BeforeAll
    static void membershipChangesAllowed() throws Exception {
        // etcd refuses member changes (HTTP 500) until its members have been connected a few seconds
        try (EtcdV2Client etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                try {
                    EtcdV2Member probe = etcd.addMember(List.of("http://127.0.0.1:" + freePort()));
                    etcd.removeMember(probe.id());
                    // an add refused with HTTP 500 may still have been applied: remove what is left
                    for (EtcdV2Member m : etcd.members()) {
                        if (m.name().isEmpty()) {
                            etcd.removeMember(m.id());
                        }
                    }
                    return;
                } catch (EtcdV2HttpException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(500);
                }
            }
        }
    }

    @BeforeEach
    void needsEtcdctl() {
        V2Runner.assumeEtcdctl();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static List<String> cmd(String... args) {
        List<String> list = new ArrayList<>(List.of("--endpoints", ETCD.endpointsCsv()));
        list.addAll(List.of(args));
        return list;
    }

    static final Pattern ADDED = Pattern.compile("with ID ([0-9a-f]+) to cluster");

    @Test
    void memberAddListUpdateRemove() throws Exception {
        String u1 = "http://127.0.0.1:" + freePort();
        V2Run ctlAdd = etcdctlAdd("newbie", u1);
        String id1 = id(ctlAdd);
        // both list the unstarted member alike, and update it alike
        V2Runner.assertSame(cmd("member", "list"), cmd("member", "list"), "", UnaryOperator.identity(), true);
        V2Runner.assertSame(cmd("-o", "json", "member", "list"), cmd("-o", "json", "member", "list"), "",
                UnaryOperator.identity(), true);
        V2Runner.assertSame(cmd("member", "update", id1, "http://127.0.0.1:" + freePort()),
                cmd("member", "update", id1, "http://127.0.0.1:" + freePort()), "", UnaryOperator.identity(), true);
        V2Runner.assertSame(cmd("member", "list"), cmd("member", "list"), "", UnaryOperator.identity(), true);
        V2Runner.assertSame(cmd("member", "update", "1234", u1), cmd("member", "update", "1234", u1), "",
                UnaryOperator.identity(), true);
        // etcdj removes etcdctl's member: the words are etcdctl's
        V2Run removed = V2Runner.etcdj(cmd("member", "remove", id1), "");
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).isEqualTo("Removed member " + id1 + " from cluster\n");
        V2Runner.assertSame(cmd("member", "remove", id1), cmd("member", "remove", id1), "",
                UnaryOperator.identity(), true);

        // etcdj adds one; etcdctl removes it
        String u2 = "http://127.0.0.1:" + freePort();
        V2Run jAdd = etcdjAdd("newbie", u2);
        String id2 = id(jAdd);
        List<String> lines = jAdd.out().lines().toList();
        List<String> ctlLines = ctlAdd.out().lines().toList();
        assertThat(lines).hasSameSizeAs(ctlLines);
        assertThat(lines.get(0)).isEqualTo(ctlLines.get(0).replace(id1, id2));
        assertThat(lines.subList(1, 3)).isEqualTo(ctlLines.subList(1, 3));
        // ETCD_INITIAL_CLUSTER lists the members in etcd's order, which follows their random ids
        assertThat(initialCluster(lines.get(3).replace(u2, "<url>")))
                .containsExactlyInAnyOrderElementsOf(initialCluster(ctlLines.get(3).replace(u1, "<url>")));
        assertThat(lines.get(4)).isEqualTo(ctlLines.get(4));
        V2Run ctlRemoved = V2Runner.etcdctl(cmd("member", "remove", id2), "");
        assertThat(ctlRemoved.out()).isEqualTo("Removed member " + id2 + " from cluster\n");
        V2Runner.assertSame(cmd("member", "list"), cmd("member", "list"), "", UnaryOperator.identity(), true);
    }

    /** etcdj's member add, again until etcd accepts it. */
    V2Run etcdjAdd(String name, String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            V2Run r = V2Runner.etcdj(cmd("member", "add", name, url), "");
            if (r.exitCode() == 0 || System.nanoTime() > deadline) {
                return r;
            }
            noUnstartedMembers();
            Thread.sleep(500);
        }
    }

    static List<String> initialCluster(String line) {
        assertThat(line).startsWith("ETCD_INITIAL_CLUSTER=\"").endsWith("\"");
        return List.of(line.substring("ETCD_INITIAL_CLUSTER=\"".length(), line.length() - 1).split(","));
    }

    static String id(V2Run run) {
        Matcher m = ADDED.matcher(run.out());
        assertThat(m.find()).as("an added member in " + run).isTrue();
        return m.group(1);
    }

    @Test
    void clusterHealthWithAMemberDown() {
        V2Runner.assertSame(cmd("cluster-health"), cmd("cluster-health"), "", UnaryOperator.identity(), true);
        EtcdCluster c = ETCD.cluster();
        EtcdMember follower = c.members().stream().filter(m -> !m.isLeader()).findFirst().orElseThrow();
        follower.kill();
        try {
            List<String> args = List.of("--endpoints", c.leader().orElseThrow().clientEndpoint(), "cluster-health");
            V2Runner.assertSame(args, args, "", UnaryOperator.identity(), true);
            V2Runner.assertSame(cmd("--no-sync", "member", "list"), cmd("--no-sync", "member", "list"), "",
                    UnaryOperator.identity(), true);
        } finally {
            follower.restart();
            c.awaitHealthy(Duration.ofSeconds(30));
        }
    }
}
