package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.Gateway;
import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import io.etcdj.SharedEtcd;
import java.util.List;
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
                .then(Op.put(p + "new", "1", PutOptions.builder().prevKv().build()),
                        Op.get(p + "k"),
                        Op.delete(p + "gone", DeleteOptions.builder().prevKv().build()),
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
                .otherwise(Op.put(p + "k", "else"), Op.get(p, GetOptions.builder().prefix().countOnly().build()),
                        Op.delete(p + "none"))
                .build());
        assertThat(r.succeeded()).isFalse();
        assertThat(r.responses()).hasSize(3);
        assertThat(r.getResponse(1).count()).isEqualTo(1);
        assertThat(etcd.kv().get(p + "k").get(0).valueAsString()).isEqualTo("else");
    }

    @Test
    void typedAccessorsGiveEachKindAndNameTheIndexAndKindOnAMismatch() {
        etcd.kv().put(p + "gone", "x");
        TxnResponse r = etcd.kv().txn(Txn.builder()
                .then(Op.put(p + "new", "1"), Op.get(p + "k"), Op.delete(p + "gone"),
                        Op.txn(Txn.builder().then(Op.get(p + "new")).build()))
                .build());
        assertThat(r.putResponse(0).header()).isEqualTo(r.header());
        assertThat(r.getResponse(1).get(0).valueAsString()).isEqualTo("m");
        assertThat(r.deleteResponse(2).deleted()).isEqualTo(1);
        assertThat(r.txnResponse(3).getResponse(0).get(0).valueAsString()).isEqualTo("1");

        assertThatThrownBy(() -> r.getResponse(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("operation 0 of the then-branch was a put, not a get");
        assertThatThrownBy(() -> r.putResponse(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("operation 1 of the then-branch was a get, not a put");
        assertThatThrownBy(() -> r.txnResponse(2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("operation 2 of the then-branch was a delete, not a txn");
        assertThatThrownBy(() -> r.deleteResponse(3)).isInstanceOf(IllegalStateException.class)
                .hasMessage("operation 3 of the then-branch was a txn, not a delete");
        assertThatThrownBy(() -> r.getResponse(4)).isInstanceOf(IndexOutOfBoundsException.class);

        TxnResponse otherwise = etcd.kv().txn(Txn.builder().when(Cmp.version(p + "k").equalTo(0))
                .otherwise(Op.get(p + "k")).build());
        assertThatThrownBy(() -> otherwise.putResponse(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("operation 0 of the else-branch was a get, not a put");
    }

    @Test
    void nestedResultsCarryTheTxnsHeaderWithTheRevisionEachOperationSaw() {
        TxnResponse r = etcd.kv().txn(Txn.builder()
                .then(Op.get(p + "k"), Op.put(p + "h1", "1"), Op.get(p + "k"), Op.delete(p + "none"),
                        Op.txn(Txn.builder().then(Op.put(p + "h2", "2"), Op.get(p + "h1")).build()))
                .build());
        ResponseHeader h = r.header();
        assertThat(h.clusterId()).isNotZero();
        assertThat(h.memberId()).isNotZero();
        assertThat(h.raftTerm()).isPositive();
        assertThat(h.revision()).isEqualTo(etcd.kv().get(p + "h2").get(0).modRevision());
        TxnResponse nested = r.txnResponse(4);
        // after the txn's first write, every operation saw the txn's revision: the same header
        assertThat(List.of(r.putResponse(1).header(), r.getResponse(2).header(), r.deleteResponse(3).header(),
                nested.header(), nested.putResponse(0).header(), nested.getResponse(1).header()))
                .allSatisfy(inner -> assertThat(inner).isEqualTo(h));
        // the read before the first write saw the revision before the txn; the rest is the txn's
        ResponseHeader before = r.getResponse(0).header();
        assertThat(before.revision()).isEqualTo(h.revision() - 1);
        assertThat(before.clusterId()).isEqualTo(h.clusterId());
        assertThat(before.memberId()).isEqualTo(h.memberId());
        assertThat(before.raftTerm()).isEqualTo(h.raftTerm());
    }

    @Test
    void comparesFromAKeyToTheEndOfTheKeyspace() {
        etcd.kv().put(p + "f/1", "a");
        etcd.kv().put(p + "f/2", "a");
        assertThat(holds(Cmp.value(p + "f/1").rangeEnd(p + "f/3").equalTo("a"))).isTrue();
        assertThat(holds(Cmp.version(p + "f/1").fromKey().greaterThan(0))).isTrue();
        // a key far past the prefix ("u" > "t-..."): from-key reaches it, the prefix does not
        String far = "u-cmp-from-key/" + p;
        etcd.kv().put(far, "z");
        try {
            assertThat(holds(Cmp.value(p + "f/").prefix().equalTo("a"))).isTrue();
            assertThat(holds(Cmp.value(p + "f/1").fromKey().equalTo("a"))).isFalse();
            assertThat(holds(Cmp.modRevision(p + "f/1").fromKey().lessThan(etcd.kv().get(far).get(0).modRevision())))
                    .isFalse();
        } finally {
            etcd.kv().delete(far);
        }
    }

    @Test
    void emptyTxnTakesTheThenBranch() {
        TxnResponse r = etcd.kv().txn(Txn.builder().build());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.responses()).isEmpty();
    }
}
