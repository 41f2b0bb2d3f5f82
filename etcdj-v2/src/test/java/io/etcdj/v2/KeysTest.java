package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.testing.EtcdClusterExtension;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The keys operations and the errors each can provoke, against a real etcd. */
class KeysTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static final String P = "/v2keys-" + UUID.randomUUID().toString().substring(0, 8);
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
    void setGetWithHeaders() {
        EtcdV2Response set = etcd.set(P + "/a", "1");
        assertThat(set.action()).isEqualTo("set");
        assertThat(set.node().key()).isEqualTo(P + "/a");
        assertThat(set.node().value()).isEqualTo("1");
        assertThat(set.node().dir()).isFalse();
        assertThat(set.node().createdIndex()).isEqualTo(set.node().modifiedIndex()).isPositive();
        assertThat(set.prevNode()).isNull();
        assertThat(set.etcdIndex()).isEqualTo(set.node().modifiedIndex());
        assertThat(set.raftIndex()).isPositive();
        assertThat(set.raftTerm()).isPositive();
        assertThat(set.clusterId()).isNotBlank();

        EtcdV2Response again = etcd.set(P + "/a", "2");
        assertThat(again.prevNode().value()).isEqualTo("1");
        EtcdV2Response get = etcd.get(P + "/a");
        assertThat(get.action()).isEqualTo("get");
        assertThat(get.node().value()).isEqualTo("2");
        assertThat(get.node().ttl()).isNull();
        assertThat(get.node().expiration()).isNull();
        assertThat(etcd.get(P + "/a", GetOptions.builder().quorum(true).build()).node().value()).isEqualTo("2");
    }

    @Test
    void oddKeysAndValuesRoundTrip() {
        String key = P + "/odd key ?&=#%+ключ";
        String value = "a&b=c\n\"é\" 100%";
        etcd.set(key, value);
        EtcdV2Response get = etcd.get(key);
        assertThat(get.node().key()).isEqualTo(key);
        assertThat(get.node().value()).isEqualTo(value);
        assertThat(etcd.set(P + "/empty", "").node().value()).isEmpty();
        etcd.set(P.substring(1) + "/no-leading-slash", "v");
        assertThat(etcd.get(P + "/no-leading-slash", null).node().value()).isEqualTo("v");
    }

    @Test
    void recursiveAndSortedReads() {
        etcd.set(P + "/tree/b", "2");
        etcd.set(P + "/tree/a", "1");
        etcd.set(P + "/tree/sub/c", "3");
        EtcdV2Response flat = etcd.get(P + "/tree", GetOptions.builder().sorted(true).build());
        assertThat(flat.node().dir()).isTrue();
        assertThat(flat.node().nodes()).extracting(EtcdV2Node::key)
                .containsExactly(P + "/tree/a", P + "/tree/b", P + "/tree/sub");
        assertThat(flat.node().find(P + "/tree/sub").nodes()).isEmpty();
        EtcdV2Response deep = etcd.get(P + "/tree", GetOptions.builder().recursive(true).sorted(true).build());
        assertThat(deep.node().find(P + "/tree/sub/c").value()).isEqualTo("3");
    }

    @Test
    void createAndUpdate() {
        assertThat(etcd.create(P + "/c", "1").action()).isEqualTo("create");
        assertThatThrownBy(() -> etcd.create(P + "/c", "2")).isInstanceOfSatisfying(NodeExistsException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(105);
            assertThat(e.etcdMessage()).isEqualTo("Key already exists");
            assertThat(e.etcdCause()).isEqualTo(P + "/c");
            assertThat(e.index()).isPositive();
            assertThat(e.httpStatus()).isEqualTo(412);
            assertThat(e.isOutcomeUnknown()).isFalse();
            assertThat(e.getMessage()).isEqualTo("105: Key already exists (" + P + "/c) [" + e.index() + "]");
        });
        EtcdV2Response up = etcd.update(P + "/c", "3", null);
        assertThat(up.action()).isEqualTo("update");
        assertThat(up.prevNode().value()).isEqualTo("1");
        assertThatThrownBy(() -> etcd.update(P + "/nope", "1", null)).isInstanceOfSatisfying(KeyNotFoundException.class,
                e -> assertThat(e.errorCode()).isEqualTo(100));
    }

    @Test
    void ttlAndRefresh() {
        EtcdV2Response r = etcd.set(P + "/ttl", "v", SetOptions.builder().ttl(100).build());
        assertThat(r.node().ttl()).isBetween(99L, 100L);
        assertThat(r.node().expirationInstant()).isAfter(Instant.now().plusSeconds(90));
        EtcdV2Response refreshed = etcd.refresh(P + "/ttl", 500);
        assertThat(refreshed.node().value()).isEqualTo("v");
        assertThat(refreshed.node().ttl()).isBetween(499L, 500L);
        EtcdV2Response noTtl = etcd.update(P + "/ttl", "w", null);
        assertThat(noTtl.node().ttl()).isNull();
        etcd.mkdir(P + "/ttldir", SetOptions.builder().ttl(100).build());
        assertThat(etcd.refreshDir(P + "/ttldir", 300).node().ttl()).isBetween(299L, 300L);
        assertThatThrownBy(() -> etcd.refresh(P + "/nope", 5)).isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void refreshErrors211And212() {
        etcd.set(P + "/r", "v");
        assertThatThrownBy(() -> etcd.set(P + "/r", "x", SetOptions.builder().refresh(true).prevExist(true).ttl(5)
                .build())).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(211);
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
        assertThatThrownBy(() -> etcd.set(P + "/r", null, SetOptions.builder().refresh(true).prevExist(true)
                .build())).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(212));
    }

    @Test
    void compareAndSwap() {
        long index = etcd.set(P + "/cas", "one").node().modifiedIndex();
        EtcdV2Response r = etcd.compareAndSwap(P + "/cas", "two", "one");
        assertThat(r.action()).isEqualTo("compareAndSwap");
        assertThatThrownBy(() -> etcd.compareAndSwap(P + "/cas", "three", "one"))
                .isInstanceOfSatisfying(CompareFailedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(101);
                    assertThat(e.etcdCause()).isEqualTo("[one != two]");
                });
        assertThatThrownBy(() -> etcd.compareAndSwap(P + "/cas", "three", index))
                .isInstanceOf(CompareFailedException.class);
        long now = etcd.get(P + "/cas").node().modifiedIndex();
        assertThat(etcd.compareAndSwap(P + "/cas", "three", now).node().value()).isEqualTo("three");
        assertThatThrownBy(() -> etcd.compareAndSwap(P + "/nocas", "x", "y")).isInstanceOf(KeyNotFoundException.class);
        assertThatThrownBy(() -> etcd.compareAndSwap(P + "/cas", "x", ""))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errorCode()).isEqualTo(201));
        EtcdV2Response exists = etcd.set(P + "/cas", "four", SetOptions.builder().prevExist(true).prevValue("three")
                .build());
        assertThat(exists.node().value()).isEqualTo("four");
    }

    @Test
    void deleteAndCompareAndDelete() {
        etcd.set(P + "/d", "1");
        EtcdV2Response del = etcd.delete(P + "/d");
        assertThat(del.action()).isEqualTo("delete");
        assertThat(del.prevNode().value()).isEqualTo("1");
        assertThat(del.node().value()).isNull();
        assertThatThrownBy(() -> etcd.delete(P + "/d")).isInstanceOf(KeyNotFoundException.class);

        long index = etcd.set(P + "/cad", "x").node().modifiedIndex();
        assertThatThrownBy(() -> etcd.compareAndDelete(P + "/cad", "y")).isInstanceOf(CompareFailedException.class);
        assertThatThrownBy(() -> etcd.compareAndDelete(P + "/cad", index + 1000))
                .isInstanceOf(CompareFailedException.class);
        assertThat(etcd.compareAndDelete(P + "/cad", "x").action()).isEqualTo("compareAndDelete");
        long index2 = etcd.set(P + "/cad", "x").node().modifiedIndex();
        assertThat(etcd.compareAndDelete(P + "/cad", index2).action()).isEqualTo("compareAndDelete");
        assertThatThrownBy(() -> etcd.compareAndDelete(P + "/cad", "x")).isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void directories() {
        EtcdV2Response mk = etcd.mkdir(P + "/dir");
        assertThat(mk.action()).isEqualTo("create");
        assertThat(mk.node().dir()).isTrue();
        assertThatThrownBy(() -> etcd.mkdir(P + "/dir")).isInstanceOf(NodeExistsException.class);
        etcd.set(P + "/dir/child", "1");
        assertThatThrownBy(() -> etcd.set(P + "/dir", "v")).isInstanceOfSatisfying(NotFileException.class,
                e -> assertThat(e.errorCode()).isEqualTo(102));
        assertThatThrownBy(() -> etcd.delete(P + "/dir")).isInstanceOf(NotFileException.class);
        assertThatThrownBy(() -> etcd.rmdir(P + "/dir")).isInstanceOfSatisfying(DirectoryNotEmptyException.class,
                e -> assertThat(e.errorCode()).isEqualTo(108));
        assertThatThrownBy(() -> etcd.set(P + "/dir/child/below", "1"))
                .isInstanceOfSatisfying(NotDirectoryException.class, e -> assertThat(e.errorCode()).isEqualTo(104));
        assertThatThrownBy(() -> etcd.mkdir(P + "/dir/child/sub")).isInstanceOf(NotDirectoryException.class);
        assertThat(etcd.rmdir(P + "/dir", true).node().dir()).isTrue();
        assertThatThrownBy(() -> etcd.get(P + "/dir/child")).isInstanceOf(KeyNotFoundException.class);
        etcd.mkdir(P + "/empty-dir");
        assertThat(etcd.rmdir(P + "/empty-dir").action()).isEqualTo("delete");
        etcd.set(P + "/gone/x", "1");
        assertThat(etcd.delete(P + "/gone", DeleteOptions.builder().recursive(true).build()).action())
                .isEqualTo("delete");
        // setdir and updatedir, as etcdctl does them
        EtcdV2Response setdir = etcd.set(P + "/sd", null, SetOptions.builder().dir(true).build());
        assertThat(setdir.node().dir()).isTrue();
        EtcdV2Response updatedir = etcd.set(P + "/sd", null, SetOptions.builder().dir(true).prevExist(true)
                .ttl(60).build());
        assertThat(updatedir.action()).isEqualTo("update");
        assertThat(updatedir.node().ttl()).isPositive();
    }

    @Test
    void rootIsReadOnly() {
        assertThatThrownBy(() -> etcd.set("/", "x")).isInstanceOfSatisfying(RootReadOnlyException.class,
                e -> assertThat(e.errorCode()).isEqualTo(107));
        assertThatThrownBy(() -> etcd.delete("/", DeleteOptions.builder().recursive(true).build()))
                .isInstanceOf(RootReadOnlyException.class);
        assertThat(etcd.get("/").node().dir()).isTrue();
    }

    @Test
    void inOrderKeysReadBackInOrder() {
        List<String> values = List.of("first", "second", "third", "fourth", "fifth");
        for (String v : values) {
            EtcdV2Response r = etcd.createInOrder(P + "/queue", v);
            assertThat(r.action()).isEqualTo("create");
            assertThat(r.node().key()).matches(P + "/queue/\\d{20}");
        }
        EtcdV2Response read = etcd.get(P + "/queue", GetOptions.builder().sorted(true).build());
        assertThat(read.node().nodes()).extracting(EtcdV2Node::value).containsExactlyElementsOf(values);
        assertThat(etcd.createInOrder(P + "/queue", "ttl", SetOptions.builder().ttl(60).build()).node().ttl())
                .isPositive();
        etcd.set(P + "/notdir", "x");
        assertThatThrownBy(() -> etcd.createInOrder(P + "/notdir", "v")).isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void missingKeyIsTyped() {
        assertThatThrownBy(() -> etcd.get(P + "/missing")).isInstanceOfSatisfying(KeyNotFoundException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(100);
            assertThat(e.etcdMessage()).isEqualTo("Key not found");
            assertThat(e.httpStatus()).isEqualTo(404);
        });
    }

    @Test
    void badInputFailsLocallyAndClientStaysUsable() {
        assertThatThrownBy(() -> etcd.get(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> etcd.set(P + "/x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SetOptions.builder().ttl(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SetOptions.builder().prevIndex(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeleteOptions.builder().prevIndex(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaitOptions.builder().waitIndex(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> etcd.compareAndSwap(P + "/x", "v", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> etcd.removeMember(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> etcd.addMember(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtcdV2Client.builder().endpoints("ftp://x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtcdV2Client.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThat(etcd.set(P + "/after-bad-input", "ok").node().value()).isEqualTo("ok");
    }

    @Test
    void aClosedClientRefusesCalls() {
        EtcdV2Client closed = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build();
        closed.set(P + "/before-close", "1");
        java.util.concurrent.atomic.AtomicReference<EtcdV2Exception> watchError =
                new java.util.concurrent.atomic.AtomicReference<>();
        EtcdV2Watch watch = closed.watch(P + "/before-close", null, new EtcdV2WatchListener() {
            @Override
            public void onEvent(EtcdV2Response event) {
            }

            @Override
            public void onError(EtcdV2Exception error) {
                watchError.set(error);
            }
        });
        closed.close();
        etcd.set(P + "/before-close", "2"); // the closed client's watch must not deliver nor fail
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(watch.isClosed()).isTrue();
        assertThat(watchError.get()).isNull();
        assertThatThrownBy(() -> closed.get(P + "/before-close")).isInstanceOf(EtcdV2Exception.class)
                .hasMessageContaining("closed");
    }

    @Test
    void asyncTwinGivesTheSameResultsAndFailures() {
        EtcdV2Response r = etcd.async().set(P + "/async", "a").join();
        assertThat(r.node().value()).isEqualTo("a");
        assertThat(etcd.async().get(P + "/async").join().node().value()).isEqualTo("a");
        assertThat(etcd.async().get(P + "/async-missing").handle((v, e) -> e).join())
                .hasRootCauseInstanceOf(KeyNotFoundException.class);
    }
}
