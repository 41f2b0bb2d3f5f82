package io.etcdj.election;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.KeyValue;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.kv.GetOptions;
import io.etcdj.lock.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Elections against a real etcd, in Go's concurrency layout, and beside etcdctl's elect. */
class ElectionTest extends SharedEtcd {
    private static void await(List<?> list, int size) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }

    @Test
    void leadershipMovesOnResignAndObserversSeeEachChangeOnce() throws Exception {
        String name = p + "e";
        List<String> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        try (Observation o = etcd.election().observe(name, leader -> {
                    threads.add(Thread.currentThread().getName());
                    seen.add(leader.valueAsString());
                });
                Session a = etcd.lock().newSession(30); Session b = etcd.lock().newSession(30)) {
            assertThat(etcd.election().leader(name)).isEmpty();
            Leadership first = etcd.election().campaign(name, a, "a", Duration.ofSeconds(5));
            assertThat(first.key()).isEqualTo(name + "/" + Long.toHexString(a.leaseId()));
            CompletableFuture<Leadership> second = etcd.async().election().campaign(name, b, "b", null);
            Thread.sleep(300);
            assertThat(second).isNotDone();
            assertThat(etcd.election().leader(name).map(KeyValue::valueAsString)).contains("a");
            first.proclaim("a2");
            await(seen, 2);
            first.resign();
            Leadership next = second.get(10, TimeUnit.SECONDS);
            assertThat(next.revision()).isGreaterThan(first.revision());
            await(seen, 3);
            assertThatThrownBy(() -> first.proclaim("late")).isInstanceOf(PreconditionFailedException.class);
            next.resign();
            Thread.sleep(300);
            assertThat(seen).containsExactly("a", "a2", "b");
            assertThat(threads).as("never on an I/O thread").allMatch(t -> t.startsWith("etcdj-listener-"));
        }
    }

    @Test
    void aLeaderWhoseSessionDiesLosesAndTheNextCandidateLeads() throws Exception {
        String name = p + "dies";
        Session a = etcd.lock().newSession(30);
        try (Session b = etcd.lock().newSession(30)) {
            Leadership first = etcd.election().campaign(name, a, "a", Duration.ofSeconds(5));
            CompletableFuture<Leadership> second = etcd.async().election().campaign(name, b, "b", Duration.ofSeconds(20));
            try (EtcdClient other = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
                other.lease().revoke(a.leaseId());
            }
            first.lost().get(5, TimeUnit.SECONDS);
            assertThat(first.isLeader()).isFalse();
            assertThat(second.get(10, TimeUnit.SECONDS).isLeader()).isTrue();
            second.get().resign();
        }
    }

    @Test
    void aCampaignThatTimesOutLeavesNoKeyAndBadInputIsRejected() throws Exception {
        String name = p + "timeout";
        try (Session a = etcd.lock().newSession(30); Session b = etcd.lock().newSession(30)) {
            Leadership first = etcd.election().campaign(name, a, "a", Duration.ofSeconds(5));
            assertThatThrownBy(() -> etcd.election().campaign(name, b, "b", Duration.ofMillis(400)))
                    .isInstanceOf(EtcdTimeoutException.class);
            Thread.sleep(300);
            assertThat(etcd.kv().get(name + "/", GetOptions.builder().prefix().countOnly().build()).count()).isEqualTo(1);
            first.resign();
            assertThatThrownBy(() -> etcd.election().campaign("", a, "x", null)).isInstanceOf(InvalidArgumentException.class);
            assertThatThrownBy(() -> etcd.election().campaign(name, a, null, null)).isInstanceOf(InvalidArgumentException.class);
            assertThatThrownBy(() -> etcd.election().observe(name, null)).isInstanceOf(InvalidArgumentException.class);
        }
    }

    @Test
    void etcdctlElectSeesAnEtcdjLeaderAndFollowsItsSuccessor() throws Exception {
        String name = p + "interop";
        try (Session a = etcd.lock().newSession(30)) {
            Leadership lead = etcd.election().campaign(name, a, "from-etcdj", Duration.ofSeconds(5));
            Process observer = new ProcessBuilder("etcdctl", "--endpoints", String.join(",", ETCD.endpoints()), "elect",
                    "-l", name).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(observer.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo(lead.key());
                assertThat(out.readLine()).isEqualTo("from-etcdj");
                lead.resign();
                Process candidate = new ProcessBuilder("etcdctl", "--endpoints", String.join(",", ETCD.endpoints()),
                        "elect", name, "from-etcdctl").redirectErrorStream(true).start();
                try {
                    out.readLine(); // the etcdctl candidate's key
                    assertThat(out.readLine()).isEqualTo("from-etcdctl");
                    assertThat(etcd.election().leader(name).map(KeyValue::valueAsString)).contains("from-etcdctl");
                } finally {
                    candidate.destroy();
                }
            } finally {
                observer.destroy();
            }
        }
    }

    @Test
    void etcdsElectionServiceCampaignsProclaimsAndResignsInTheSameLayout() throws Exception {
        String name = p + "server";
        try (Session a = etcd.lock().newSession(30)) {
            assertThat(etcd.election().serverLeader(name)).isEmpty();
            ServerLeaderKey k = etcd.election().serverCampaign(name, a.leaseId(), "v1", Duration.ofSeconds(5));
            assertThat(k.key()).isEqualTo(name + "/" + Long.toHexString(a.leaseId()));
            assertThat(etcd.election().leader(name).map(KeyValue::valueAsString)).contains("v1");
            etcd.election().serverProclaim(k, "v2");
            assertThat(etcd.election().serverLeader(name).map(KeyValue::valueAsString)).contains("v2");
            etcd.election().serverResign(k);
            assertThat(etcd.election().leader(name)).isEmpty();
            assertThatThrownBy(() -> etcd.election().serverProclaim(k, "late")).isInstanceOf(PreconditionFailedException.class);
            assertThatThrownBy(() -> etcd.election().serverResign(null)).isInstanceOf(InvalidArgumentException.class);
        }
    }
}
