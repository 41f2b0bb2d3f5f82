package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.Gateway;
import io.etcdj.KeyValue;
import io.etcdj.SharedEtcd;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every compare target and operator, range compares, and every operation kind in both branches. */
class TxnTest extends SharedEtcd {
    private KeyValue k;

    @BeforeEach
    void data() {
        etcd.kv().put(p + "k", "m");
        etcd.kv().put(p + "k", "m"); // version 2
        k = etcd.kv().get(p + "k").get(0);
    }

    private boolean holds(Cmp cmp) {
        return etcd.kv().txn(Txn.builder().when(cmp).build()).succeeded();
    }

    @Test
    void valueCompares() {
        assertThat(holds(Cmp.value(p + "k").equalTo("m"))).isTrue();
        assertThat(holds(Cmp.value(p + "k").equalTo("x"))).isFalse();
        assertThat(holds(Cmp.value(p + "k").notEqualTo("x"))).isTrue();
        assertThat(holds(Cmp.value(p + "k").greaterThan("a"))).isTrue();
        assertThat(holds(Cmp.value(p + "k").greaterThan("z"))).isFalse();
        assertThat(holds(Cmp.value(p + "k").lessThan("z"))).isTrue();
        assertThat(holds(Cmp.value((p + "k").getBytes()).equalTo("m".getBytes()))).isTrue();
    }

    @Test
    void versionCreateAndModRevisionCompares() {
        assertThat(holds(Cmp.version(p + "k").equalTo(2))).isTrue();
        assertThat(holds(Cmp.version(p + "k").greaterThan(1))).isTrue();
        assertThat(holds(Cmp.version(p + "k").lessThan(2))).isFalse();
        assertThat(holds(Cmp.version(p + "absent").equalTo(0))).isTrue();
        assertThat(holds(Cmp.createRevision(p + "k").equalTo(k.createRevision()))).isTrue();
        assertThat(holds(Cmp.createRevision(p + "k").notEqualTo(k.createRevision()))).isFalse();
        assertThat(holds(Cmp.modRevision(p + "k").equalTo(k.modRevision()))).isTrue();
        assertThat(holds(Cmp.modRevision(p + "k").lessThan(k.modRevision() + 1))).isTrue();
        assertThat(holds(Cmp.modRevision(p + "k").greaterThan(k.modRevision()))).isFalse();
    }

    @Test
    void leaseCompares() throws Exception {
        long lease = Gateway.grantLease(ETCD.endpoints().get(0), 60);
        etcd.kv().put(p + "leased", "v", PutOptions.builder().leaseId(lease).build());
        assertThat(holds(Cmp.lease(p + "leased").equalTo(lease))).isTrue();
        assertThat(holds(Cmp.lease(p + "k").equalTo(0))).isTrue();
        assertThat(holds(Cmp.lease(p + "k").notEqualTo(lease))).isTrue();
    }

    @Test
    void comparesOverARange() {
        etcd.kv().put(p + "r/1", "a");
        etcd.kv().put(p + "r/2", "a");
        assertThat(holds(Cmp.value(p + "r/").prefix().equalTo("a"))).isTrue();
        etcd.kv().put(p + "r/3", "b");
        assertThat(holds(Cmp.value(p + "r/").prefix().equalTo("a"))).isFalse();
        assertThat(holds(Cmp.value(p + "r/1").rangeEnd(p + "r/3").equalTo("a"))).isTrue();
        assertThat(holds(Cmp.version(p + "r/").prefix().greaterThan(0))).isTrue();
        assertThat(holds(Cmp.createRevision(p + "r/").prefix().lessThan(k.createRevision()))).isFalse();
    }

    @Test
    void thenBranchRunsEveryOperationKind() {
        etcd.kv().put(p + "gone", "x");
        TxnResponse r = etcd.kv().txn(Txn.builder()
                .when(Cmp.value(p + "k").equalTo("m"), Cmp.version(p + "k").equalTo(2))
                .then(Op.put(p + "new", "1", PutOptions.builder().prevKv(true).build()),
                        Op.get(p + "k"),
                        Op.delete(p + "gone", DeleteOptions.builder().prevKv(true).build()),
                        Op.txn(Txn.builder().when(Cmp.version(p + "nested").equalTo(0))
                                .then(Op.put(p + "nested", "n")).build()))
                .otherwise(Op.get(p + "k"))
                .build());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.responses()).hasSize(4);
        assertThat(r.responses().get(0)).isInstanceOfSatisfying(PutResponse.class, put -> assertThat(put.prevKv()).isEmpty());
        assertThat(r.getResponse(1).get(0).valueAsString()).isEqualTo("m");
        assertThat(r.responses().get(2)).isInstanceOfSatisfying(DeleteResponse.class, d -> {
            assertThat(d.deleted()).isEqualTo(1);
            assertThat(d.prevKvs().get(0).valueAsString()).isEqualTo("x");
        });
        assertThat(r.responses().get(3)).isInstanceOfSatisfying(TxnResponse.class, nested -> {
            assertThat(nested.succeeded()).isTrue();
            assertThat(nested.responses()).singleElement().isInstanceOf(PutResponse.class);
        });
        assertThat(r.header().revision()).isEqualTo(etcd.kv().get(p + "nested").get(0).modRevision());
        assertThat(etcd.kv().get(p + "new").get(0).modRevision()).isEqualTo(r.header().revision());
    }

    @Test
    void elseBranchRunsWhenACompareFails() {
        TxnResponse r = etcd.kv().txn(Txn.builder()
                .when(Cmp.value(p + "k").equalTo("m"), Cmp.version(p + "k").equalTo(7))
                .then(Op.put(p + "k", "then"))
                .otherwise(Op.put(p + "k", "else"), Op.get(p, GetOptions.builder().prefix().countOnly(true).build()),
                        Op.delete(p + "none"))
                .build());
        assertThat(r.succeeded()).isFalse();
        assertThat(r.responses()).hasSize(3);
        assertThat(r.getResponse(1).count()).isEqualTo(1);
        assertThat(etcd.kv().get(p + "k").get(0).valueAsString()).isEqualTo("else");
    }

    @Test
    void emptyTxnTakesTheThenBranch() {
        TxnResponse r = etcd.kv().txn(Txn.builder().build());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.responses()).isEmpty();
    }
}
