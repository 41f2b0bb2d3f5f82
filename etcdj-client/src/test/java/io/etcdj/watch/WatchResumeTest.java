package io.etcdj.watch;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.KeyValue;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.PutOptions;
import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.testing.EtcdMember;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * etcd's watch guarantees through member failures, on a three-member cluster of its own: a prefix
 * watch sees every write exactly once and in order while members, the leader among them, are
 * killed and restarted one at a time during 5,000 writes.
 */
class WatchResumeTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().members(3).build();

    @Test
    void aPrefixWatchSeesEveryWriteOnceAndInOrderWhileMembersAreKilled() throws Exception {
        int writes = 5000;
        Recorder rec = new Recorder();
        try (EtcdClient watching = TestClients.builder().endpoints(ETCD.endpoints()).build();
                EtcdClient writing = TestClients.builder().endpoints(ETCD.endpoints())
                        .requestTimeout(Duration.ofSeconds(10)).build()) {
            Map<Long, EtcdMember> byId = new HashMap<>();
            for (EtcdMember m : ETCD.cluster().members()) {
                try (EtcdClient one = TestClients.builder().endpoints(m.clientEndpoint()).build()) {
                    byId.put(one.kv().get("resume/none").header().memberId(), m);
                }
            }
            Watcher w = watching.watch().watch("resume/", WatchOptions.builder().prefix().build(), rec);
            w.created().get(10, TimeUnit.SECONDS);
            AtomicBoolean writing0 = new AtomicBoolean(true);
            List<String> faults = new ArrayList<>();
            Thread chaos = new Thread(() -> {
                try {
                    for (int round = 0; round < 3 && writing0.get(); round++) {
                        Thread.sleep(700);
                        // the member serving the watch, then the leader, then another
                        final int r = round;
                        EtcdMember victim = r == 0 ? byId.getOrDefault(rec.lastMemberId(), ETCD.cluster().members().get(0))
                                : ETCD.cluster().members().stream().filter(m -> m.isLeader() == (r == 1))
                                        .findFirst().orElse(ETCD.cluster().members().get(r));
                        faults.add(victim.name() + (victim.isLeader() ? " (leader)" : ""));
                        victim.kill();
                        Thread.sleep(700);
                        victim.restart();
                        ETCD.cluster().awaitHealthy(Duration.ofSeconds(30));
                    }
                } catch (Exception e) {
                    faults.add("chaos failed: " + e);
                }
            }, "chaos");
            chaos.start();
            int unknown = 0;
            for (int i = 0; i < writes; i++) {
                try {
                    writing.kv().put(String.format("resume/%05d", i), Integer.toString(i), PutOptions.DEFAULT);
                } catch (EtcdException e) {
                    unknown++; // written or not: the final read tells, and the watch must agree with it
                }
            }
            writing0.set(false);
            chaos.join();
            ETCD.cluster().awaitHealthy(Duration.ofSeconds(30));
            List<KeyValue> stored = writing.kv().get("resume/", GetOptions.builder().prefix().build()).kvs();
            rec.await(stored.size());
            Thread.sleep(500); // anything extra (a duplicate) would show up now
            List<WatchEvent> events = rec.events();
            Set<Long> servedBy = rec.memberIds();
            assertThat(servedBy).as("the watch moved to another member after its member was killed").hasSizeGreaterThanOrEqualTo(2);
            assertThat(faults).as("faults injected").hasSizeGreaterThanOrEqualTo(2).noneMatch(f -> f.startsWith("chaos failed"));
            assertThat(events).extracting(WatchEvent::revision).as("ordered and unique").isSorted().doesNotHaveDuplicates();
            Set<String> seen = new HashSet<>();
            for (WatchEvent e : events) {
                assertThat(seen.add(e.keyValue().keyAsString())).as("each key written once is seen once").isTrue();
            }
            Set<String> keys = new HashSet<>();
            for (KeyValue kv : stored) {
                keys.add(kv.keyAsString());
            }
            assertThat(seen).as("every stored write seen (%d calls failed with an unknown outcome)", unknown).isEqualTo(keys);
            assertThat(stored.size()).isGreaterThanOrEqualTo(writes - unknown);
            w.close();
        }
    }

    @Test
    void aPausedMemberStallsItsWatchesOnlyUntilTheKeepAlivePingsGiveUp() throws Exception {
        ETCD.cluster().awaitHealthy(Duration.ofSeconds(30));
        // the watch goes to followers only: pausing the leader would stall the writes too, which is not this test
        List<EtcdMember> followers = ETCD.cluster().members().stream().filter(m -> !m.isLeader()).toList();
        Recorder rec = new Recorder();
        try (EtcdClient watching = TestClients.builder()
                .endpoints(followers.get(0).clientEndpoint(), followers.get(1).clientEndpoint())
                .keepAlive(Duration.ofSeconds(10), Duration.ofSeconds(2)).build();
                EtcdClient writer = TestClients.builder().endpoints(ETCD.cluster().members().stream()
                        .filter(EtcdMember::isLeader).findFirst().orElseThrow().clientEndpoint()).build()) {
            Map<Long, EtcdMember> byId = new HashMap<>();
            for (EtcdMember m : ETCD.cluster().members()) {
                try (EtcdClient one = TestClients.builder().endpoints(m.clientEndpoint()).build()) {
                    byId.put(one.kv().get("pause/none").header().memberId(), m);
                }
            }
            Watcher w = watching.watch().watch("pause/", WatchOptions.builder().prefix().build(), rec);
            w.created().get(10, TimeUnit.SECONDS);
            writer.kv().put("pause/0", "before");
            rec.await(1);
            long servingId = rec.lastMemberId();
            EtcdMember serving = byId.get(servingId);
            assertThat(followers).contains(serving);
            serving.pause();
            try {
                long start = System.nanoTime();
                writer.kv().put("pause/1", "during");
                rec.await(2);
                Duration stalled = Duration.ofNanos(System.nanoTime() - start);
                // docs/watch.md: keep-alive time + timeout + the first reconnect backoff (12.1 s measured), with margin
                assertThat(stalled).isLessThan(Duration.ofSeconds(20));
                assertThat(rec.lastMemberId()).isNotEqualTo(servingId);
            } finally {
                serving.resume();
            }
            w.close();
        }
    }
}
