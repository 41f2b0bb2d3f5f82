package io.etcdj.watch;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.exception.WatchTimeoutException;
import io.etcdj.kv.DeleteOptions;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.Txn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.etcdj.exception.ErrorCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The watch facet against a real etcd: options, ordering, atomicity, errors, the three ways to consume. */
class WatchTest extends SharedEtcd {
    @Test
    void aKeyWatchDeliversPutsAndDeletesInOrder() throws Exception {
        Recorder rec = new Recorder();
        try (Watcher w = etcd.watch().watch(p + "k", rec)) {
            long after = w.created().get(5, TimeUnit.SECONDS);
            long r1 = etcd.kv().put(p + "k", "v1").header().revision();
            etcd.kv().put(p + "other", "x");
            etcd.kv().put(p + "k", "v2");
            etcd.kv().delete(p + "k");
            List<WatchEvent> events = rec.await(3);
            assertThat(after).isEqualTo(r1 - 1);
            assertThat(events).extracting(WatchEvent::type)
                    .containsExactly(WatchEvent.Type.PUT, WatchEvent.Type.PUT, WatchEvent.Type.DELETE);
            assertThat(events.get(0).isCreate()).isTrue();
            assertThat(events.get(1).isModify()).isTrue();
            assertThat(events.get(1).keyValue().valueAsString()).isEqualTo("v2");
            assertThat(events.get(0).revision()).isEqualTo(r1);
            assertThat(events).extracting(WatchEvent::revision).isSorted();
            assertThat(w.lastRevision()).isEqualTo(events.get(2).revision());
        }
        assertThat(rec.completed).succeedsWithin(Duration.ofSeconds(5));
    }

    @Test
    void prefixRangeAndFromKeyWatchesSeeOnlyTheirKeys() throws Exception {
        Recorder prefix = new Recorder();
        Recorder range = new Recorder();
        Recorder from = new Recorder();
        try (Watcher a = etcd.watch().watch(p + "a/", WatchOptions.builder().prefix().build(), prefix);
                Watcher b = etcd.watch().watch(p + "b", WatchOptions.builder().rangeEnd(p + "d").build(), range);
                Watcher c = etcd.watch().watch(p + "c", WatchOptions.builder().fromKey().build(), from)) {
            CompletableFuture.allOf(a.created(), b.created(), c.created()).get(5, TimeUnit.SECONDS);
            for (String k : List.of("a/1", "a", "b", "c", "d", "a/2")) {
                etcd.kv().put(p + k, k);
            }
            assertThat(prefix.await(2)).extracting(e -> e.keyValue().keyAsString()).containsExactly(p + "a/1", p + "a/2");
            assertThat(range.await(2)).extracting(e -> e.keyValue().keyAsString()).containsExactly(p + "b", p + "c");
            assertThat(from.await(2)).extracting(e -> e.keyValue().keyAsString()).startsWith(p + "c", p + "d");
        }
    }

    @Test
    void aStartRevisionReplaysHistoryWithPreviousValues() throws Exception {
        long r1 = etcd.kv().put(p + "h", "1").header().revision();
        etcd.kv().put(p + "h", "2");
        etcd.kv().put(p + "h", "3");
        Recorder rec = new Recorder();
        try (Watcher w = etcd.watch().watch(p + "h", WatchOptions.builder().startRevision(r1).prevKv().build(), rec)) {
            List<WatchEvent> events = rec.await(3);
            assertThat(events).extracting(e -> e.keyValue().valueAsString()).containsExactly("1", "2", "3");
            assertThat(events.get(0).prevKeyValue()).isNull();
            assertThat(events.get(2).prevKeyValue().valueAsString()).isEqualTo("2");
            assertThat(w.created().get(5, TimeUnit.SECONDS)).isEqualTo(r1 - 1);
        }
    }

    @Test
    void serverSideFiltersDropPutsOrDeletes() throws Exception {
        Recorder noPut = new Recorder();
        Recorder noDelete = new Recorder();
        try (Watcher a = etcd.watch().watch(p + "f", WatchOptions.builder().noPut().build(), noPut);
                Watcher b = etcd.watch().watch(p + "f", WatchOptions.builder().noDelete().build(), noDelete)) {
            CompletableFuture.allOf(a.created(), b.created()).get(5, TimeUnit.SECONDS);
            etcd.kv().put(p + "f", "x");
            etcd.kv().delete(p + "f");
            etcd.kv().put(p + "f", "y");
            assertThat(noPut.await(1)).extracting(WatchEvent::type).containsExactly(WatchEvent.Type.DELETE);
            assertThat(noDelete.await(2)).extracting(WatchEvent::type).containsOnly(WatchEvent.Type.PUT);
        }
        assertThatThrownBy(() -> WatchOptions.builder().noPut().noDelete().build()).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void aTxnArrivesAsOneResponse() throws Exception {
        Recorder rec = new Recorder();
        try (Watcher w = etcd.watch().watch(p + "t/", WatchOptions.builder().prefix().build(), rec)) {
            w.created().get(5, TimeUnit.SECONDS);
            etcd.kv().txn(Txn.builder().then(Op.put(p + "t/1", "a"), Op.put(p + "t/2", "b"), Op.put(p + "t/3", "c")).build());
            rec.await(3);
            assertThat(rec.responses).hasSize(1);
            assertThat(rec.responses.get(0).events()).extracting(WatchEvent::revision).containsOnly(
                    rec.responses.get(0).events().get(0).revision());
        }
    }

    @Test
    void aRevisionLargerThanAMessageIsReassembledFromFragments() throws Exception {
        String value = "v".repeat(20_000);
        List<CompletableFuture<PutResponse>> puts = new ArrayList<>();
        for (int i = 0; i < 120; i++) { // 2.4 MB of previous values in one delete revision: over etcd's 1.5 MiB limit
            puts.add(etcd.async().kv().put(p + "big/" + i, value));
        }
        CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        Recorder rec = new Recorder();
        try (Watcher w = etcd.watch().watch(p + "big/", WatchOptions.builder().prefix().prevKv().fragment().build(), rec)) {
            w.created().get(5, TimeUnit.SECONDS);
            etcd.kv().delete(p + "big/", DeleteOptions.builder().prefix().build());
            rec.await(120);
            assertThat(rec.responses).hasSize(1);
            assertThat(rec.responses.get(0).events()).allMatch(e -> e.prevKeyValue().valueAsString().length() == 20_000);
        }
    }

    @Test
    void aCompactedStartRevisionEndsTheWatchWithTheCompactRevisionAndOthersGoOn() throws Exception {
        long r1 = etcd.kv().put(p + "c", "1").header().revision();
        long r2 = etcd.kv().put(p + "c", "2").header().revision();
        etcd.kv().compact(r2);
        Recorder compacted = new Recorder();
        Recorder other = new Recorder();
        try (Watcher ok = etcd.watch().watch(p + "c", other);
                Watcher w = etcd.watch().watch(p + "c", WatchOptions.builder().startRevision(r1).build(), compacted)) {
            EtcdException e = compacted.error.get(5, TimeUnit.SECONDS);
            assertThat(e).isInstanceOfSatisfying(RevisionCompactedException.class,
                    c -> assertThat(c.compactRevision()).isEqualTo(r2));
            assertThat(w.isClosed()).isTrue();
            ok.created().get(5, TimeUnit.SECONDS);
            etcd.kv().put(p + "c", "3");
            assertThat(other.await(1).get(0).keyValue().valueAsString()).isEqualTo("3");
        }
    }

    @Test
    void aClosedWatchDeliversNothingMoreAndIdsCanBeChosen() throws Exception {
        Recorder rec = new Recorder();
        Watcher w = etcd.watch().watch(p + "x", WatchOptions.builder().watchId(987_654).build(), rec);
        assertThat(w.watchId()).isEqualTo(987_654);
        w.created().get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> etcd.watch().watch(p + "y", WatchOptions.builder().watchId(987_654).build(), new Recorder()))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("in use");
        etcd.kv().put(p + "x", "1");
        rec.await(1);
        w.close();
        w.close();
        assertThat(rec.completed).succeedsWithin(Duration.ofSeconds(5));
        etcd.kv().put(p + "x", "2");
        Thread.sleep(300);
        assertThat(rec.events()).hasSize(1);
        assertThatThrownBy(() -> etcd.watch().watch(p + "x", WatchOptions.builder().build(), null))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.watch().watch("", WatchOptions.DEFAULT, new Recorder()))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void anIteratorReadsEventsInAForEachLoop() throws Exception {
        List<String> seen = new ArrayList<>();
        try (WatchIterator it = etcd.watch().iterate(p + "i/", WatchOptions.builder().prefix().build())) {
            it.watcher().created().get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                etcd.kv().put(p + "i/" + i, "v" + i);
            }
            for (WatchEvent e : it) {
                seen.add(e.keyValue().valueAsString());
                if (seen.size() == 5) {
                    break;
                }
            }
        }
        assertThat(seen).containsExactly("v0", "v1", "v2", "v3", "v4");
    }

    @Test
    void watchOnceWaitsForAMatchingEventOrTimesOut() throws Exception {
        CompletableFuture<WatchEvent> next = etcd.async().watch().next(p + "once", WatchOptions.DEFAULT,
                e -> e.keyValue().valueAsString().equals("go"), Duration.ofSeconds(10));
        Thread.sleep(200);
        etcd.kv().put(p + "once", "wait");
        etcd.kv().put(p + "once", "go");
        assertThat(next.get(10, TimeUnit.SECONDS).keyValue().valueAsString()).isEqualTo("go");
        long start = System.nanoTime();
        assertThatThrownBy(() -> etcd.watch().next(p + "never", WatchOptions.DEFAULT, e -> true, Duration.ofMillis(300)))
                .isInstanceOf(WatchTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aThrowingOrBlockingListenerDoesNotStopTheOtherWatches() throws Exception {
        AtomicInteger thrown = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Recorder healthy = new Recorder();
        try (Watcher a = etcd.watch().watch(p + "l", r -> {
                    thrown.incrementAndGet();
                    throw new IllegalStateException("listener bug");
                });
                Watcher b = etcd.watch().watch(p + "l", r -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                Watcher c = etcd.watch().watch(p + "l", healthy)) {
            CompletableFuture.allOf(a.created(), b.created(), c.created()).get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                etcd.kv().put(p + "l", "v" + i);
            }
            assertThat(healthy.await(5)).hasSize(5);
            assertThat(thrown.get()).isGreaterThanOrEqualTo(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aProgressRequestReachesTheWatches() throws Exception {
        Recorder rec = new Recorder();
        try (Watcher w = etcd.watch().watch(p + "progress", rec)) {
            w.created().get(5, TimeUnit.SECONDS);
            if (TestClients.overGateway()) {
                // each watch is its own HTTP request there: no stream to ask about all of them
                assertThatThrownBy(() -> etcd.watch().requestProgress()).isInstanceOfSatisfying(EtcdException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNIMPLEMENTED));
                etcd.kv().put(p + "progress", "still watched");
                assertThat(rec.await(1)).hasSize(1);
                return;
            }
            etcd.watch().requestProgress();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < end) {
                synchronized (rec) {
                    if (rec.responses.stream().anyMatch(WatchResponse::isProgressNotify)) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
            synchronized (rec) {
                assertThat(rec.responses).anyMatch(r -> r.isProgressNotify() && r.header().revision() > 0);
            }
        }
    }

    @Test
    void closingTheClientEndsEveryWatchWithClientClosed() throws Exception {
        EtcdClient own = TestClients.builder().endpoints(ETCD.endpoints()).build();
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        Watcher wa = own.watch().watch(p + "close/a", a);
        Watcher wb = own.watch().watch(p + "close/b", b);
        CompletableFuture.allOf(wa.created(), wb.created()).get(5, TimeUnit.SECONDS);
        own.close();
        assertThat(a.error.get(5, TimeUnit.SECONDS)).isInstanceOf(ClientClosedException.class);
        assertThat(b.error.get(5, TimeUnit.SECONDS)).isInstanceOf(ClientClosedException.class);
        assertThatThrownBy(() -> own.watch().watch(p + "close/c", new Recorder())).isInstanceOf(ClientClosedException.class);
    }

    @Test
    @Tag("grpc-only") // over the gateway each watch holds an HTTP connection of its own: docs/gateway.md
    void tenThousandWatchesOnOneClientAllGetTheirEvents() throws Exception {
        int n = 10_000;
        AtomicInteger received = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(n);
        List<Watcher> watchers = new ArrayList<>();
        // the point is delivery, not speed: confirmations and puts get deadlines that a loaded machine meets
        WatchOptions patient = WatchOptions.builder().timeout(java.time.Duration.ofSeconds(60)).build();
        try (EtcdClient own = TestClients.builder().endpoints(ETCD.endpoints())
                .requestTimeout(java.time.Duration.ofSeconds(60)).build()) {
            for (int i = 0; i < n; i++) {
                watchers.add(own.watch().watch(p + "many/" + i, patient, r -> {
                    received.addAndGet(r.events().size());
                    all.countDown();
                }));
            }
            CompletableFuture.allOf(watchers.stream().map(Watcher::created).toArray(CompletableFuture[]::new))
                    .get(60, TimeUnit.SECONDS);
            List<CompletableFuture<PutResponse>> puts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                puts.add(own.async().kv().put(p + "many/" + i, "v"));
            }
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(all.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(received.get()).isEqualTo(n);
        }
    }
}
