package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.kv.GetOptions;
import io.etcdj.testing.EtcdCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code elect} of etcdj's command line against etcdctl 3.4's on one server: the rejected command
 * lines compared exactly; then both tools in one election, campaigning and observing side by side,
 * stopped by SIGTERM (etcdctl) or by interrupting the thread (etcdj in-process). Keys name their
 * session's lease, so lease ids are masked.
 */
class ElectCompatTest {
    static EtcdCluster cluster;
    static EtcdClient etcd;
    static String endpoint;

    @BeforeAll
    static void start() {
        Runner.assumeEtcdctl();
        cluster = EtcdCluster.builder().namePrefix("elect").start();
        endpoint = cluster.clientEndpoints().get(0);
        etcd = EtcdClient.builder().endpoints(endpoint).build();
    }

    @AfterAll
    static void stop() {
        if (etcd != null) {
            etcd.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static List<String> cmd(String... args) {
        List<String> list = new ArrayList<>(List.of("--endpoints", endpoint));
        list.addAll(List.of(args));
        return list;
    }

    int keysUnder(String prefix) {
        return etcd.kv().get(prefix, GetOptions.builder().prefix().build()).size();
    }

    @Test
    void badCommandLines() {
        for (List<String> line : List.of(cmd("elect"), cmd("elect", "e"), cmd("elect", "-l", "e", "p"),
                cmd("elect", "--listen", "e", "p"), cmd("elect", "a", "b", "c"))) {
            CliResult r = Runner.assertSame(line, new byte[0], Map.of());
            assertThat(r.exitCode()).isEqualTo(128);
            assertThat(r.err()).startsWith("Error: ");
        }
        List<String> badFlag = cmd("elect", "-x", "e", "p");
        CliResult r = Runner.assertSame(badFlag, badFlag, new byte[0], Map.of(), UnaryOperator.identity(), false);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: unknown shorthand flag: 'x' in -x\n");
    }

    @Test
    void campaignAndObserveSideBySide() throws Exception {
        LockProcess ctlObserver = LockProcess.etcdctl(cmd("elect", "-l", "el"));
        InProcessLock observer = new InProcessLock(cmd("elect", "-l", "el"));
        LockProcess ctlJson = LockProcess.etcdctl(cmd("-w", "json", "elect", "-l", "el"));
        InProcessLock json = new InProcessLock(cmd("-w", "json", "elect", "-l", "el"));
        Thread.sleep(1000); // both observers wait for a first leader
        LockProcess ctlLeader = LockProcess.etcdctl(cmd("elect", "el", "p1"));
        LockWait.until(() -> !ctlLeader.out().isEmpty());
        InProcessLock candidate = new InProcessLock(cmd("elect", "el", "p2"));
        LockWait.until(() -> keysUnder("el/") == 2);
        assertThat(candidate.out()).as("not leader while etcdctl leads").isEmpty();

        CliResult ctlLed = ctlLeader.terminate();
        LockWait.until(() -> !candidate.out().isEmpty());
        LockWait.until(() -> ctlObserver.out().contains("p2") && observer.out().contains("p2"));
        LockWait.until(() -> ctlJson.out().lines().count() == 2 && json.out().lines().count() == 2);
        CliResult led = candidate.stop();
        CliResult ctlObserved = ctlObserver.terminate();
        CliResult observed = observer.stop();

        assertThat(LockCompatTest.maskLease(ctlLed.out())).isEqualTo("el/<lease>\np1\n");
        assertThat(LockCompatTest.maskLease(led.out())).isEqualTo("el/<lease>\np2\n");
        assertThat(led.exitCode()).isEqualTo(ctlLed.exitCode()).isZero();
        assertThat(led.err()).isEqualTo(ctlLed.errNormalised()).isEmpty();
        assertThat(observed.out()).isEqualTo(ctlObserved.out());
        assertThat(LockCompatTest.maskLease(observed.out())).isEqualTo("el/<lease>\np1\nel/<lease>\np2\n");
        assertThat(observed.exitCode()).isEqualTo(ctlObserved.exitCode()).isZero();
        assertThat(observed.err()).isEqualTo(ctlObserved.errNormalised()).isEmpty();
        assertThat(keysUnder("el/")).as("etcdj resigned").isZero();
        // JSON: etcdj's header is that of a read made when it sees the leader, so its revision may be later
        CliResult ctlJsonOut = ctlJson.terminate();
        CliResult jsonOut = json.stop();
        String headerRevision = "\"revision\":\\d+";
        assertThat(jsonOut.out().replaceAll(headerRevision, "\"revision\":N"))
                .isEqualTo(ctlJsonOut.out().replaceAll(headerRevision, "\"revision\":N"))
                .contains("\"value\":\"cDE=\"").contains("\"value\":\"cDI=\"").doesNotContain("count");
        assertThat(jsonOut.exitCode()).isEqualTo(ctlJsonOut.exitCode()).isZero();
    }

    @Test
    void stoppedWhileCampaigningOrSessionLost() throws Exception {
        LockProcess holder = LockProcess.etcdctl(cmd("elect", "w", "first"));
        LockWait.until(() -> !holder.out().isEmpty());
        LockProcess ctl = LockProcess.etcdctl(cmd("elect", "w", "ctl"));
        InProcessLock j = new InProcessLock(cmd("elect", "w", "j"));
        LockWait.until(() -> keysUnder("w/") == 3);
        CliResult c = ctl.terminate();
        CliResult r = j.stop();
        assertThat(r.err()).isEqualTo(c.errNormalised()).isEqualTo("Error: context canceled\n");
        assertThat(r.exitCode()).isEqualTo(c.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(c.out()).isEmpty();
        assertThat(keysUnder("w/")).as("no candidate key left").isEqualTo(1);
        holder.terminate();

        // etcdj only: etcdctl (TTL 60, a keep-alive every 20 s) notices a revoked session at its
        // next keep-alive, up to 20 s later, with the same message and exit code
        InProcessLock leader = new InProcessLock(cmd("elect", "lj", "b"));
        LockWait.until(() -> !leader.out().isEmpty());
        for (var kv : etcd.kv().get("lj/", GetOptions.builder().prefix().build())) {
            etcd.lease().revoke(kv.lease());
        }
        CliResult lj = leader.await();
        assertThat(LockCompatTest.maskLease(lj.out())).isEqualTo("lj/<lease>\nb\n");
        assertThat(lj.err()).isEqualTo("Error: elect: session expired\n");
        assertThat(lj.exitCode()).isEqualTo(1);
    }

    /** etcdctl waits forever for its session's lease on an unreachable endpoint; etcdj gives up after --command-timeout. */
    @Test
    void anUnreachableEndpointFailsAfterTheCommandTimeout() {
        CliResult r = Runner.etcdj(List.of("--endpoints", "http://127.0.0.1:1", "--command-timeout", "1s", "elect", "u", "p"),
                new byte[0], Map.of());
        assertThat(r.err()).isEqualTo("Error: context deadline exceeded\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }
}
