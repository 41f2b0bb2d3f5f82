package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.testing.EtcdClusterExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waits and continuous watches: history, recursion, TTL expiry, index clearing. */
class WatchTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String P = "/v2watch-" + UUID.randomUUID().toString().substring(0, 8);
    static EtcdV2Client etcd;

    @BeforeAll
    static void connect() {
        etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build();
    }

    @AfterAll
    static void close() {
        etcd.close();
    }

    @Test
    void waitSeesTheNextChange() {
        CompletableFuture<EtcdV2Response> wait = etcd.async().waitFor(P + "/w", null);
        sleep(500); // the wait, without waitIndex, must reach etcd before the change
        etcd.set(P + "/w", "1");
        EtcdV2Response r = wait.orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(r.action()).isEqualTo("set");
        assertThat(r.node().value()).isEqualTo("1");
    }

    @Test
    void waitFromAnIndexInThePast() {
        long first = etcd.set(P + "/h", "1").node().modifiedIndex();
        etcd.set(P + "/h", "2");
        EtcdV2Response r = etcd.waitFor(P + "/h", WaitOptions.builder().waitIndex(first).build());
        assertThat(r.node().value()).isEqualTo("1");
        EtcdV2Response r2 = etcd.waitFor(P + "/h", WaitOptions.builder().waitIndex(first + 1).build());
        assertThat(r2.node().value()).isEqualTo("2");
        assertThat(r2.prevNode().value()).isEqualTo("1");
    }

    @Test
    void recursiveWaitSeesChildren() {
        long index = etcd.set(P + "/rec/a/b", "deep").node().modifiedIndex();
        EtcdV2Response r = etcd.waitFor(P + "/rec", WaitOptions.builder().waitIndex(index).recursive(true).build());
        assertThat(r.node().key()).isEqualTo(P + "/rec/a/b");
    }

    @Test
    void waitTimeout() {
        assertThatThrownBy(() -> etcd.waitFor(P + "/quiet", WaitOptions.builder().timeout(Duration.ofMillis(300))
                .build())).isInstanceOfSatisfying(EtcdV2TimeoutException.class,
                        e -> assertThat(e.isOutcomeUnknown()).isFalse());
        assertThat(etcd.set(P + "/quiet", "still usable").node().value()).isEqualTo("still usable");
    }

    @Test
    void ttlExpiryIsSeenByAWaitingWatch() {
        long index = etcd.set(P + "/exp", "short", SetOptions.builder().ttl(1).build()).node().modifiedIndex();
        EtcdV2Response r = etcd.async().waitFor(P + "/exp", WaitOptions.builder().waitIndex(index + 1).build())
                .orTimeout(15, TimeUnit.SECONDS).join();
        assertThat(r.action()).isEqualTo("expire");
        assertThat(r.node().key()).isEqualTo(P + "/exp");
        assertThat(r.prevNode().value()).isEqualTo("short");
    }

    @Test
    void refreshDoesNotNotifyWatchers() throws Exception {
        etcd.set(P + "/quietttl", "v", SetOptions.builder().ttl(60).build());
        BlockingQueue<EtcdV2Response> events = new LinkedBlockingQueue<>();
        try (EtcdV2Watch watch = etcd.watch(P + "/quietttl", null, events::add)) {
            sleep(200);
            etcd.refresh(P + "/quietttl", 120);
            etcd.set(P + "/quietttl", "changed");
            EtcdV2Response first = events.poll(10, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.node().value()).isEqualTo("changed");
            assertThat(watch.isClosed()).isFalse();
        }
    }

    @Test
    void clearedIndexFailsWhenRecoveryIsOffAndRecoversWhenOn() {
        String key = P + "/cleared";
        long first = etcd.set(key, "0").node().modifiedIndex();
        for (int i = 1; i <= 1010; i++) {
            etcd.set(key, Integer.toString(i));
        }
        assertThatThrownBy(() -> etcd.waitFor(key, WaitOptions.builder().waitIndex(first)
                .recoverFromClearedIndex(false).build())).isInstanceOfSatisfying(EventIndexClearedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(401);
                    assertThat(e.index()).isGreaterThan(first);
                });
        EtcdV2Response ghost = etcd.waitFor(P + "/ghost", WaitOptions.builder().waitIndex(first).build());
        assertThat(ghost.action()).isEqualTo("get");
        assertThat(ghost.node()).as("a key that does not exist is re-read without node").isNull();
        assertThat(ghost.etcdIndex()).isGreaterThan(first + 1000);
        EtcdV2Response recovered = etcd.waitFor(key, WaitOptions.builder().waitIndex(first).build());
        assertThat(recovered.action()).isEqualTo("get");
        assertThat(recovered.node().value()).isEqualTo("1010");
        assertThat(recovered.etcdIndex()).isGreaterThanOrEqualTo(recovered.node().modifiedIndex());
    }

    @Test
    void continuousWatchDeliversInOrderAndSurvivesIndexClearing() throws Exception {
        String key = P + "/stream";
        BlockingQueue<EtcdV2Response> events = new LinkedBlockingQueue<>();
        BlockingQueue<EtcdV2Response> resyncs = new LinkedBlockingQueue<>();
        CountDownLatch release = new CountDownLatch(1);
        long start = etcd.set(key + "/seed", "s").node().modifiedIndex() + 1;
        EtcdV2WatchListener listener = new EtcdV2WatchListener() {
            @Override
            public void onEvent(EtcdV2Response event) {
                events.add(event);
                if (event.node().value().equals("slow")) {
                    try {
                        release.await(60, TimeUnit.SECONDS); // the listener falls behind
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void onResync(EtcdV2Response current) {
                resyncs.add(current);
            }
        };
        try (EtcdV2Watch watch = etcd.watch(key, WaitOptions.builder().recursive(true).waitIndex(start).build(),
                listener)) {
            etcd.set(key + "/a", "1");
            etcd.set(key + "/a", "2");
            etcd.set(key + "/a", "slow");
            assertThat(take(events).node().value()).isEqualTo("1");
            assertThat(take(events).node().value()).isEqualTo("2");
            assertThat(take(events).node().value()).isEqualTo("slow");
            for (int i = 0; i < 1100; i++) {
                etcd.set(key + "/b", "n" + i);
            }
            release.countDown();
            EtcdV2Response resync = resyncs.poll(20, TimeUnit.SECONDS);
            assertThat(resync).as("a resync after the index was cleared").isNotNull();
            assertThat(resync.action()).isEqualTo("get");
            assertThat(resync.node().find(key + "/b").value()).isEqualTo("n1099");
            assertThat(events).isEmpty();
            etcd.set(key + "/c", "after");
            EtcdV2Response after = take(events);
            assertThat(after.node().key()).isEqualTo(key + "/c");
            assertThat(watch.nextIndex()).isEqualTo(after.node().modifiedIndex() + 1);
            watch.close();
            assertThat(watch.isClosed()).isTrue();
            etcd.set(key + "/c", "after close");
            assertThat(events.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void watchListenerSeesDeletesAndExpiry() throws Exception {
        String key = P + "/life";
        BlockingQueue<EtcdV2Response> events = new LinkedBlockingQueue<>();
        long start = etcd.set(key + "/start", "s").node().modifiedIndex() + 1;
        try (EtcdV2Watch watch = etcd.watch(key, WaitOptions.builder().recursive(true).waitIndex(start).build(),
                events::add)) {
            etcd.set(key + "/x", "1");
            etcd.delete(key + "/x");
            etcd.set(key + "/y", "1", SetOptions.builder().ttl(1).build());
            List<String> actions = List.of(take(events).action(), take(events).action(), take(events).action(),
                    take(events).action());
            assertThat(actions).containsExactly("set", "delete", "set", "expire");
            assertThat(watch.isClosed()).isFalse();
        }
    }

    private static EtcdV2Response take(BlockingQueue<EtcdV2Response> q) throws InterruptedException {
        EtcdV2Response r = q.poll(15, TimeUnit.SECONDS);
        assertThat(r).as("an event within 15 s").isNotNull();
        return r;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
