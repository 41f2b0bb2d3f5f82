package io.etcdj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.election.Leadership;
import io.etcdj.election.Observation;
import io.etcdj.election.ServerLeaderKey;
import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.DeleteOptions;
import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
import io.etcdj.lease.LeaseGrant;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Namespace views ({@link EtcdClient#withNamespace(String)}) against a real etcd: keys prefixed on
 * the way in and stripped on the way out, ranges kept inside the namespace, and every facet that
 * names keys covered.
 */
class NamespaceTest extends SharedEtcd {
    /** The view's prefix, inside this test's own prefix. */
    private final String ns = p + "app/";

    private static List<String> keys(GetResponse r) {
        List<String> out = new ArrayList<>();
        r.forEach(kv -> out.add(kv.keyAsString()));
        return out;
    }

    private static List<String> keys(List<KeyValue> kvs) {
        List<String> out = new ArrayList<>();
        kvs.forEach(kv -> out.add(kv.keyAsString()));
        return out;
    }

    private List<String> rawKeys() {
        return keys(etcd.kv().get(p, GetOptions.builder().prefix().build()));
    }

    /** Keys around the namespace {@code <p>app/}: before it, its prefix without the slash, right after its end. */
    private void putNeighbours() {
        etcd.kv().put(p + "apo", "out");
        etcd.kv().put(p + "app", "out");
        etcd.kv().put(p + "app/", "out"); // the view's empty key, which it cannot name
        etcd.kv().put(p + "app0", "out"); // the first key after every key of the namespace
        etcd.kv().put(p + "apq/a", "out");
    }

    @Test
    void putGetAndDeleteArePrefixedAndTheirResultsStripped() {
        EtcdClient view = etcd.withNamespace(ns);
        assertThat(view.namespace()).isEqualTo(ns);
        assertThat(etcd.namespace()).isEmpty();

        assertThat(view.kv().put("a", "1").prevKv()).isEmpty();
        assertThat(etcd.kv().get(ns + "a").first().orElseThrow().valueAsString()).isEqualTo("1");
        KeyValue a = view.kv().get("a").first().orElseThrow();
        assertThat(a.keyAsString()).isEqualTo("a");
        assertThat(a.key()).isEqualTo("a".getBytes(StandardCharsets.UTF_8));
        assertThat(a.valueAsString()).isEqualTo("1");

        KeyValue prev = view.kv().put("a", "2", PutOptions.builder().prevKv().build()).prevKv().orElseThrow();
        assertThat(prev.keyAsString()).isEqualTo("a");
        assertThat(prev.valueAsString()).isEqualTo("1");

        // byte[] keys too
        view.kv().put(new byte[] {'b', 0}, new byte[] {7});
        assertThat(etcd.kv().get((p + "app/b\0").getBytes(StandardCharsets.UTF_8)).first().orElseThrow().value())
                .containsExactly(7);
        assertThat(view.kv().get(new byte[] {'b', 0}).first().orElseThrow().key()).containsExactly('b', 0);

        assertThat(view.kv().putIfAbsent("c", "x")).isTrue();
        assertThat(view.kv().putIfAbsent("c", "y")).isFalse();
        assertThat(view.kv().replace("c", "x", "z")).isTrue();
        assertThat(etcd.kv().get(ns + "c").first().orElseThrow().valueAsString()).isEqualTo("z");

        DeleteResponse del = view.kv().delete("a", DeleteOptions.builder().prevKv().build());
        assertThat(del.deleted()).isEqualTo(1);
        assertThat(keys(del.prevKvs())).containsExactly("a");
        assertThat(etcd.kv().get(ns + "a").isEmpty()).isTrue();
        assertThat(rawKeys()).containsExactly(ns + "b\0", ns + "c");
    }

    @Test
    void aRangeThroughAViewNeverLeavesTheNamespace() {
        putNeighbours();
        EtcdClient view = etcd.withNamespace(ns);
        view.kv().put("a", "1");
        view.kv().put("b", "2");
        view.kv().put("c", "3");

        assertThat(keys(view.kv().get("", GetOptions.builder().prefix().build()))).containsExactly("a", "b", "c");
        assertThat(keys(view.kv().get("", GetOptions.builder().fromKey().build()))).containsExactly("a", "b", "c");
        assertThat(keys(view.kv().get("b", GetOptions.builder().fromKey().build()))).containsExactly("b", "c");
        assertThat(keys(view.kv().get("a", GetOptions.builder().rangeEnd("c").build()))).containsExactly("a", "b");
        // "\0" as range end is "to the end of the keyspace": here, of the namespace
        assertThat(keys(view.kv().get("a", GetOptions.builder().rangeEnd(new byte[] {0}).build())))
                .containsExactly("a", "b", "c");
        // an end past every key of the namespace is clipped to it
        assertThat(keys(view.kv().get("a", GetOptions.builder().rangeEnd(new byte[] {(byte) 0xff, (byte) 0xff}).build())))
                .containsExactly("a", "b", "c");
        assertThat(keys(view.kv().get(new byte[] {(byte) 0xff}, GetOptions.builder().prefix().build()))).isEmpty();
        assertThat(view.kv().get("", GetOptions.builder().prefix().countOnly().build()).count()).isEqualTo(3);
        // an empty explicit range end is the key alone, as etcd reads an unset range end
        assertThat(keys(view.kv().get("b", GetOptions.builder().rangeEnd("").build()))).containsExactly("b");

        DeleteResponse all = view.kv().delete("", DeleteOptions.builder().fromKey().prevKv().build());
        assertThat(all.deleted()).isEqualTo(3);
        assertThat(keys(all.prevKvs())).containsExactly("a", "b", "c");
        assertThat(rawKeys()).containsExactly(p + "apo", p + "app", p + "app/", p + "app0", p + "apq/a");
    }

    @Test
    void etcdctlSeesTheViewsKeysUnderThePrefix() throws Exception {
        EtcdClient view = etcd.withNamespace(ns);
        view.kv().put("x", "1");
        view.kv().put("y/z", "2");
        Process ctl = new ProcessBuilder("etcdctl", "--endpoints", String.join(",", ETCD.endpoints()), "get", "--prefix",
                ns).redirectErrorStream(true).start();
        assertThat(ctl.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(ctl.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(ns + "x\n1\n" + ns + "y/z\n2\n");
    }

    @Test
    void aTxnHasItsComparesAndOperationsPrefixedNestedOnesIncludedAndItsResultsStripped() {
        putNeighbours();
        EtcdClient view = etcd.withNamespace(ns);
        view.kv().put("k", "v");
        view.kv().put("old", "gone");
        long before = etcd.kv().get(ns + "k").first().orElseThrow().modRevision();

        TxnResponse r = view.kv().txn(Txn.builder()
                .when(Cmp.value("k").equalTo("v"), Cmp.modRevision("k").equalTo(before),
                        Cmp.version("").prefix().greaterThan(0), Cmp.createRevision("a").rangeEnd("z").greaterThan(0))
                .then(Op.put("k", "w", PutOptions.builder().prevKv().build()),
                        Op.get("", GetOptions.builder().prefix().build()),
                        Op.delete("old", DeleteOptions.builder().prevKv().build()),
                        // etcd decides every branch of a txn tree before it runs any: this sees "v"
                        Op.txn(Txn.builder().when(Cmp.value("k").equalTo("v"))
                                .then(Op.put("nested", "n", PutOptions.builder().prevKv().build()),
                                        Op.get("", GetOptions.builder().fromKey().build()))
                                .build()))
                .build());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.putResponse(0).prevKv().orElseThrow().keyAsString()).isEqualTo("k");
        assertThat(keys(r.getResponse(1))).containsExactly("k", "old");
        assertThat(keys(r.deleteResponse(2).prevKvs())).containsExactly("old");
        TxnResponse nested = r.txnResponse(3);
        assertThat(nested.succeeded()).isTrue();
        assertThat(nested.putResponse(0).prevKv()).isEmpty();
        assertThat(keys(nested.getResponse(1))).containsExactly("k", "nested");
        assertThat(etcd.kv().get(ns + "nested").first().orElseThrow().valueAsString()).isEqualTo("n");

        // the compare reads the view's key, not the key "k" of another namespace
        etcd.withNamespace(p).kv().put("k", "outer");
        assertThat(view.kv().txn(Txn.builder().when(Cmp.value("k").equalTo("outer")).build()).succeeded()).isFalse();
        assertThat(view.kv().txn(Txn.builder().when(Cmp.value("k").equalTo("w")).build()).succeeded()).isTrue();
        // a compare over every key of the view sees none of the neighbours (version 1 each): with no
        // key in its range, etcd compares against an absent key's version, 0
        view.kv().delete("", DeleteOptions.builder().prefix().build());
        assertThat(view.kv().txn(Txn.builder().when(Cmp.version("").fromKey().equalTo(0)).build()).succeeded())
                .as("an empty namespace").isTrue();
        assertThat(view.kv().txn(Txn.builder().when(Cmp.version("a").rangeEnd(new byte[] {0}).equalTo(0)).build())
                .succeeded()).isTrue();
        assertThat(etcd.kv().txn(Txn.builder().when(Cmp.version(p + "app/").fromKey().equalTo(0)).build()).succeeded())
                .as("the same range unclipped, from the root").isFalse();
    }

    @Test
    void aWatchThroughAViewSeesOnlyTheNamespaceWithKeysStripped() throws Exception {
        EtcdClient view = etcd.withNamespace(ns);
        List<WatchEvent> one = new CopyOnWriteArrayList<>();
        List<WatchEvent> prefix = new CopyOnWriteArrayList<>();
        List<WatchEvent> all = new CopyOnWriteArrayList<>();
        try (Watcher w1 = view.watch().watch("k", WatchOptions.builder().prevKv().build(), events(one));
                Watcher w2 = view.watch().watch("d/", WatchOptions.builder().prefix().build(), events(prefix));
                Watcher w3 = view.watch().watch("", WatchOptions.builder().fromKey().build(), events(all))) {
            w1.created().get(10, TimeUnit.SECONDS);
            w2.created().get(10, TimeUnit.SECONDS);
            w3.created().get(10, TimeUnit.SECONDS);
            putNeighbours();
            etcd.kv().put(p + "k", "outer");
            view.kv().put("k", "1");
            view.kv().put("k", "2");
            view.kv().put("d/x", "3");
            view.kv().delete("k");
            await(all, 4);
            await(one, 3);
            await(prefix, 1);
            Thread.sleep(200);
            assertThat(one).extracting(e -> e.keyValue().keyAsString()).containsExactly("k", "k", "k");
            assertThat(one.get(1).prevKeyValue().keyAsString()).isEqualTo("k");
            assertThat(one.get(1).prevKeyValue().valueAsString()).isEqualTo("1");
            assertThat(one.get(2).type()).isEqualTo(WatchEvent.Type.DELETE);
            assertThat(prefix).extracting(e -> e.keyValue().keyAsString()).containsExactly("d/x");
            assertThat(all).extracting(e -> e.keyValue().keyAsString()).containsExactly("k", "k", "d/x", "k");
        }
        // watch-once through the async view
        java.util.concurrent.CompletableFuture<WatchEvent> next = view.async().watch().next("n", WatchOptions.DEFAULT,
                e -> true, Duration.ofSeconds(10));
        Thread.sleep(300);
        etcd.kv().put(p + "n", "outside");
        view.kv().put("n", "inside");
        WatchEvent e = next.get(10, TimeUnit.SECONDS);
        assertThat(e.keyValue().keyAsString()).isEqualTo("n");
        assertThat(e.keyValue().valueAsString()).isEqualTo("inside");
    }

    @Test
    void theViewsWatchesShareTheClientsWatchStream() throws Exception {
        EtcdClient view = etcd.withNamespace(ns);
        long id = 900_000 + (System.nanoTime() & 0xffff);
        try (Watcher root = etcd.watch().watch(p + "r", WatchOptions.builder().watchId(id).build(), r -> { })) {
            root.created().get(10, TimeUnit.SECONDS);
            // watch ids are per stream: the view's watch would be on the same one
            assertThatThrownBy(() -> view.watch().watch("r", WatchOptions.builder().watchId(id).build(), r -> { }))
                    .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("in use");
        }
    }

    private static WatchListener events(List<WatchEvent> into) {
        return new WatchListener() {
            @Override
            public void onNext(WatchResponse response) {
                into.addAll(response.events());
            }
        };
    }

    private static void await(List<?> list, int size) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }

    @Test
    void leaseTimeToLiveListsOnlyTheNamespacesKeysStripped() {
        EtcdClient view = etcd.withNamespace(ns);
        LeaseGrant g = view.lease().grant(60);
        try {
            view.kv().put("l1", "v", PutOptions.builder().leaseId(g.id()).build());
            etcd.kv().put(p + "outside", "v", PutOptions.builder().leaseId(g.id()).build());
            assertThat(view.lease().timeToLive(g.id(), true).keysAsStrings()).containsExactly("l1");
            assertThat(view.async().lease().timeToLive(g.id(), true).join().keysAsStrings()).containsExactly("l1");
            assertThat(etcd.lease().timeToLive(g.id(), true).keysAsStrings())
                    .containsExactlyInAnyOrder(ns + "l1", p + "outside");
            assertThat(view.lease().timeToLive(g.id(), false).keysAsStrings()).isEmpty();
        } finally {
            view.lease().revoke(g.id());
        }
        assertThat(etcd.lease().timeToLive(g.id(), true).exists()).isFalse();
    }

    @Test
    void aLockThroughAViewLivesUnderThePrefixAndExcludesOnlyWithinTheNamespace() throws Exception {
        EtcdClient view = etcd.withNamespace(ns);
        EtcdClient sameNamespace = etcd.withNamespace(p).withNamespace("app/");
        EtcdClient other = etcd.withNamespace(p + "other/");
        try (Session a = view.lock().newSession(30); Session b = etcd.lock().newSession(30);
                Mutex m = view.lock().acquire("l", a, Duration.ofSeconds(5))) {
            String hex = Long.toHexString(a.leaseId());
            assertThat(m.key()).isEqualTo("l/" + hex);
            assertThat(rawKeys()).containsExactly(ns + "l/" + hex);
            assertThat(m.fencingToken()).isEqualTo(etcd.kv().get(ns + "l/" + hex).get(0).createRevision());
            // the ownership compare holds in the view's transactions
            assertThat(view.kv().txn(Txn.builder().when(m.ownership()).then(Op.put("guarded", "1")).build())
                    .succeeded()).isTrue();
            // the same lock through another view of the namespace, or by its full name through the root
            assertThat(sameNamespace.lock().tryAcquire("l", b)).isEmpty();
            assertThat(etcd.lock().tryAcquire(ns + "l", b)).isEmpty();
            // a lock of the same name in another namespace is another lock
            Optional<Mutex> elsewhere = other.lock().tryAcquire("l", b);
            assertThat(elsewhere).isPresent();
            assertThat(etcd.kv().get(p + "other/l/" + Long.toHexString(b.leaseId())).isEmpty()).isFalse();
            elsewhere.get().release();
            m.release();
            Optional<Mutex> next = sameNamespace.lock().tryAcquire("l", b);
            assertThat(next).isPresent();
            assertThat(next.get().key()).isEqualTo("l/" + Long.toHexString(b.leaseId()));
            next.get().release();
        }
    }

    @Test
    void etcdctlLockOfTheFullNameWaitsForTheViewsLock() throws Exception {
        EtcdClient view = etcd.withNamespace(ns);
        try (Session s = view.lock().newSession(30)) {
            Mutex m = view.lock().acquire("jobs", s, Duration.ofSeconds(5));
            Process waiting = new ProcessBuilder("etcdctl", "--endpoints", String.join(",", ETCD.endpoints()), "lock",
                    ns + "jobs", "echo", "got it").redirectErrorStream(true).start();
            assertThat(waiting.waitFor(1500, TimeUnit.MILLISECONDS)).as("etcdctl waits while the view holds the lock")
                    .isFalse();
            m.release();
            assertThat(waiting.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(waiting.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("got it\n");
        }
    }

    @Test
    void etcdsLockServiceThroughAViewPrefixesTheNameAndStripsTheKey() {
        EtcdClient view = etcd.withNamespace(ns);
        LeaseGrant g = etcd.lease().grant(30);
        try {
            String key = view.lock().serverLock("sl", g.id(), Duration.ofSeconds(5));
            assertThat(key).isEqualTo("sl/" + Long.toHexString(g.id()));
            assertThat(etcd.kv().get(ns + key).isEmpty()).isFalse();
            view.lock().serverUnlock(key);
            assertThat(etcd.kv().get(ns + key).isEmpty()).isTrue();
        } finally {
            etcd.lease().revoke(g.id());
        }
    }

    @Test
    void anElectionThroughAViewLivesUnderThePrefix() throws Exception {
        EtcdClient view = etcd.withNamespace(ns);
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Session a = view.lock().newSession(30); Session b = view.lock().newSession(30);
                Observation o = view.election().observe("e", leader -> seen.add(leader.keyAsString()))) {
            Leadership first = view.election().campaign("e", a, "a", Duration.ofSeconds(5));
            String key = "e/" + Long.toHexString(a.leaseId());
            assertThat(first.key()).isEqualTo(key);
            assertThat(etcd.kv().get(ns + key).first().orElseThrow().valueAsString()).isEqualTo("a");
            KeyValue leader = view.election().leader("e").orElseThrow();
            assertThat(leader.keyAsString()).isEqualTo(key);
            assertThat(etcd.election().leader(ns + "e").orElseThrow().valueAsString()).isEqualTo("a");
            assertThat(etcd.withNamespace(p + "other/").election().leader("e")).isEmpty();
            await(seen, 1);
            assertThat(seen.get(0)).isEqualTo(key);
            var second = view.async().election().campaign("e", b, "b", null);
            Thread.sleep(300);
            assertThat(second).isNotDone();
            first.resign();
            Leadership next = second.get(10, TimeUnit.SECONDS);
            assertThat(next.key()).isEqualTo("e/" + Long.toHexString(b.leaseId()));
            await(seen, 2);
            assertThat(seen.get(1)).isEqualTo(next.key());
            next.resign();
        }
    }

    @Test
    void etcdsElectionServiceThroughAViewPrefixesNamesAndKeysAndStripsThem() {
        EtcdClient view = etcd.withNamespace(ns);
        LeaseGrant g = etcd.lease().grant(30);
        try {
            ServerLeaderKey k = view.election().serverCampaign("se", g.id(), "v1", Duration.ofSeconds(5));
            assertThat(k.name()).isEqualTo("se");
            assertThat(k.key()).isEqualTo("se/" + Long.toHexString(g.id()));
            assertThat(etcd.kv().get(ns + k.key()).first().orElseThrow().valueAsString()).isEqualTo("v1");
            view.election().serverProclaim(k, "v2");
            KeyValue leader = view.election().serverLeader("se").orElseThrow();
            assertThat(leader.keyAsString()).isEqualTo(k.key());
            assertThat(leader.valueAsString()).isEqualTo("v2");
            assertThat(etcd.election().serverLeader(ns + "se").orElseThrow().keyAsString()).isEqualTo(ns + k.key());
            view.election().serverResign(k);
            assertThat(view.election().serverLeader("se")).isEmpty();
        } finally {
            etcd.lease().revoke(g.id());
        }
    }

    @Test
    void viewsNestAndAnEmptyPrefixGivesTheSameClient() {
        EtcdClient outer = etcd.withNamespace(p);
        EtcdClient inner = outer.withNamespace("app/");
        assertThat(inner.namespace()).isEqualTo(ns);
        inner.kv().put("k", "v");
        assertThat(keys(outer.kv().get("", GetOptions.builder().prefix().build()))).containsExactly("app/k");
        assertThat(keys(etcd.withNamespace(ns.getBytes(StandardCharsets.UTF_8)).kv().get("k"))).containsExactly("k");
        assertThat(etcd.withNamespace("")).isSameAs(etcd);
        assertThat(inner.withNamespace(new byte[0])).isSameAs(inner);
        // cluster and maintenance are the client's
        assertThat(inner.cluster().memberList().members()).isNotEmpty();
        assertThat(inner.endpoints()).isEqualTo(etcd.endpoints());
    }

    @Test
    void aByteArrayPrefixIsCopied() {
        byte[] prefix = ns.getBytes(StandardCharsets.UTF_8);
        EtcdClient view = etcd.withNamespace(prefix);
        prefix[0] = 'X';
        view.kv().put("k", "v");
        assertThat(rawKeys()).containsExactly(ns + "k");
    }

    @Test
    void badInputIsATypedErrorAndNothingIsSent() {
        assertThatThrownBy(() -> etcd.withNamespace((String) null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("prefix");
        assertThatThrownBy(() -> etcd.withNamespace((byte[]) null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("prefix");
        EtcdClient view = etcd.withNamespace(ns);
        // an empty key is empty in the view too, although the stored key would not be
        assertThatThrownBy(() -> view.kv().put("", "v")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> view.kv().get("")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> view.kv().delete("")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> view.kv().get("", GetOptions.builder().rangeEnd("z").build()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> view.kv().txn(Txn.builder().then(Op.put("", "v")).build()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> view.watch().watch("", WatchOptions.DEFAULT, r -> { }))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> view.lock().serverLock("", 1, null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> view.async().kv().put("", "v").join()).hasCauseInstanceOf(InvalidArgumentException.class);
        assertThat(rawKeys()).isEmpty();
        // and the view goes on working
        view.kv().put("k", "v");
        assertThat(rawKeys()).containsExactly(ns + "k");
    }

    @Test
    void closingAViewLeavesTheClientOpenAndClosingTheClientEndsItsViews() {
        EtcdClient view = etcd.withNamespace(ns);
        view.close();
        view.kv().put("k", "v");
        assertThat(etcd.kv().get(ns + "k").isEmpty()).isFalse();

        EtcdClient own = TestClients.builder().endpoints(ETCD.endpoints()).build();
        EtcdClient ownView = own.withNamespace(ns);
        Session s = ownView.lock().newSession(60);
        ownView.kv().put("k2", "v");
        own.close();
        assertThatThrownBy(() -> ownView.kv().get("k2")).isInstanceOf(ClientClosedException.class);
        // a session made through the view is the client's: closing the client revoked it
        assertThat(etcd.lease().timeToLive(s.leaseId(), false).exists()).isFalse();
    }

    /** The example of docs/namespace.md, with this test's prefix as the root (a view of a view). */
    @Test
    void theDocsExampleRunsAsWritten() throws Exception {
        EtcdClient etcd = NamespaceTest.etcd.withNamespace(p);
        List<String> printed = new ArrayList<>();

        EtcdClient app = etcd.withNamespace("app/");

        app.kv().put("config/db", "postgres://db:5432");
        etcd.kv().get("app/config/db").first().orElseThrow();

        for (KeyValue kv : app.kv().get("", GetOptions.builder().prefix().build())) {
            printed.add(kv.keyAsString());
        }

        long leaseId;
        try (Session session = app.lock().newSession(30);
                Mutex lock = app.lock().acquire("jobs", session, Duration.ofSeconds(5))) {
            printed.add(lock.key());
            leaseId = session.leaseId();
            assertThat(NamespaceTest.etcd.kv().get(p + "app/jobs/" + Long.toHexString(leaseId)).isEmpty()).isFalse();
        }

        EtcdClient tenant = app.withNamespace("tenant-1/");
        tenant.kv().put("quota", "10");
        printed.add(tenant.namespace());

        assertThat(printed).containsExactly("config/db", "jobs/" + Long.toHexString(leaseId), p + "app/tenant-1/");
        assertThat(rawKeys()).containsExactly(p + "app/config/db", p + "app/tenant-1/quota");
    }
}
