package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.Gateway;
import io.etcdj.KeyValue;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.exception.Outcome;
import org.junit.jupiter.api.Test;

/** Put, delete and replace with every option of the inventory, against a real etcd. */
class KvWriteTest extends SharedEtcd {

    @Test
    void putReturnsTheRevisionAndPrevKv() {
        PutResponse first = etcd.kv().put(p + "k", "v1", PutOptions.builder().prevKv().build());
        assertThat(first.prevKv()).isEmpty();
        PutResponse second = etcd.kv().put(p + "k", "v2", PutOptions.builder().prevKv().build());
        assertThat(second.header().revision()).isGreaterThan(first.header().revision());
        KeyValue prev = second.prevKv().orElseThrow();
        assertThat(prev.valueAsString()).isEqualTo("v1");
        assertThat(prev.modRevision()).isEqualTo(first.header().revision());
    }

    @Test
    void putWithLeaseIgnoreLeaseAndIgnoreValue() throws Exception {
        long lease = Gateway.grantLease(ETCD.endpoints().get(0), 60);
        etcd.kv().put(p + "l", "v", PutOptions.builder().leaseId(lease).build());
        assertThat(etcd.kv().get(p + "l").get(0).lease()).isEqualTo(lease);

        etcd.kv().put(p + "l", "w", PutOptions.builder().ignoreLease().build());
        KeyValue kept = etcd.kv().get(p + "l").get(0);
        assertThat(kept.lease()).isEqualTo(lease);
        assertThat(kept.valueAsString()).isEqualTo("w");

        etcd.kv().put(p + "l", "", PutOptions.builder().ignoreValue().build());
        KeyValue sameValue = etcd.kv().get(p + "l").get(0);
        assertThat(sameValue.valueAsString()).isEqualTo("w");
        assertThat(sameValue.version()).isEqualTo(3);
    }

    @Test
    void putOptionErrorsAreTypedAndLeaveTheClientUsable() {
        assertThatThrownBy(() -> etcd.kv().put(p + "x", "", PutOptions.builder().leaseId(0x1234567L).build()))
                .isInstanceOf(LeaseNotFoundException.class);
        assertThatThrownBy(() -> etcd.kv().put(p + "x", "v", PutOptions.builder().ignoreValue().build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_PROVIDED));
        assertThatThrownBy(() -> etcd.kv().put(p + "missing", "", PutOptions.builder().ignoreValue().build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.KEY_NOT_FOUND));
        assertThatThrownBy(() -> etcd.kv().put(p + "x", "v", PutOptions.builder().ignoreLease().leaseId(5).build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LEASE_PROVIDED));
        assertThat(etcd.kv().put(p + "x", "ok").header().revision()).isPositive();
    }

    @Test
    void ignoreValueTakesANullValueAndRejectsAValueLocally() throws Exception {
        etcd.kv().put(p + "iv", "kept");
        long lease = Gateway.grantLease(ETCD.endpoints().get(0), 60);
        PutOptions moveLease = PutOptions.builder().ignoreValue().leaseId(lease).build();
        etcd.kv().put(p + "iv", null, moveLease);
        etcd.kv().put((p + "iv").getBytes(), null, PutOptions.builder().ignoreValue().ignoreLease().build());
        KeyValue kv = etcd.kv().get(p + "iv").get(0);
        assertThat(kv.valueAsString()).isEqualTo("kept");
        assertThat(kv.lease()).isEqualTo(lease);
        assertThat(kv.version()).isEqualTo(3);

        long before = etcd.kv().get(p + "iv").header().revision();
        assertThatThrownBy(() -> etcd.kv().put(p + "iv", "v", PutOptions.builder().ignoreValue().build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALUE_PROVIDED);
                    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                    assertThat(e.getMessage()).contains("ignoreValue()", "null or empty", "value is provided");
                });
        assertThatThrownBy(() -> etcd.kv().put((p + "iv").getBytes(), new byte[] {1},
                PutOptions.builder().ignoreValue().build())).isInstanceOf(InvalidArgumentException.class);
        assertThat(etcd.kv().get(p + "iv").header().revision()).isEqualTo(before);

        assertThatThrownBy(() -> etcd.kv().put(p + "iv", null)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("value must not be null");
        assertThatThrownBy(() -> etcd.kv().put(p + "iv", null, PutOptions.DEFAULT))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("value must not be null");
        assertThatThrownBy(() -> etcd.kv().put((p + "iv").getBytes(), null))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("value must not be null");
        assertThat(etcd.kv().get(p + "iv").get(0).valueAsString()).isEqualTo("kept");
    }

    @Test
    void ignoreValueInATxnTakesANullValue() {
        etcd.kv().put(p + "tiv", "kept");
        TxnResponse r = etcd.kv().txn(Txn.builder()
                .then(Op.put(p + "tiv", null, PutOptions.builder().ignoreValue().prevKv().build())).build());
        assertThat(r.putResponse(0).prevKv().orElseThrow().valueAsString()).isEqualTo("kept");
        assertThat(etcd.kv().get(p + "tiv").get(0).version()).isEqualTo(2);
        assertThatThrownBy(() -> Op.put(p + "tiv", null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.kv().txn(Txn.builder()
                .then(Op.put(p + "tiv", "v", PutOptions.builder().ignoreValue().build())).build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_PROVIDED));
    }

    @Test
    void deleteOneRangeAndPrefixWithPrevKv() {
        for (String k : new String[] {"a", "b", "c", "d", "e"}) {
            etcd.kv().put(p + k, k.toUpperCase());
        }
        DeleteResponse one = etcd.kv().delete(p + "a", DeleteOptions.builder().prevKv().build());
        assertThat(one.deleted()).isEqualTo(1);
        assertThat(one.prevKvs()).extracting(KeyValue::valueAsString).containsExactly("A");

        DeleteResponse range = etcd.kv().delete(p + "b", DeleteOptions.builder().rangeEnd(p + "d").build());
        assertThat(range.deleted()).isEqualTo(2);
        assertThat(range.prevKvs()).isEmpty();

        assertThat(etcd.kv().delete(p + "nothing").deleted()).isZero();

        DeleteResponse prefix = etcd.kv().delete(p, DeleteOptions.builder().prefix().prevKv().build());
        assertThat(prefix.deleted()).isEqualTo(2);
        assertThat(prefix.prevKvs()).extracting(KeyValue::valueAsString).containsExactly("D", "E");
        assertThat(etcd.kv().get(p, GetOptions.builder().prefix().countOnly().build()).count()).isZero();
    }

    @Test
    void deleteFromKey() {
        etcd.kv().put(p + "1", "x");
        etcd.kv().put(p + "2", "x");
        etcd.kv().put(p + "3", "x");
        DeleteResponse r = etcd.kv().delete(p + "2", DeleteOptions.builder().rangeEnd(p + "~").build());
        assertThat(r.deleted()).isEqualTo(2);
        assertThat(etcd.kv().get(p + "1").size()).isEqualTo(1);
        // a from-key delete reaches to the end of the keyspace: start above every other test's keys
        String last = "\u007fetcdj-from-key/";
        etcd.kv().put(last + "a", "x");
        etcd.kv().put(last + "b", "x");
        DeleteResponse fromKey = etcd.kv().delete(last, DeleteOptions.builder().fromKey().prevKv().build());
        assertThat(fromKey.deleted()).isEqualTo(2);
        assertThat(fromKey.prevKvs()).extracting(KeyValue::keyAsString).containsExactly(last + "a", last + "b");
    }

    @Test
    void replaceIsCompareAndSwap() {
        etcd.kv().put(p + "cas", "old");
        assertThat(etcd.kv().replace(p + "cas", "wrong", "new")).isFalse();
        assertThat(etcd.kv().get(p + "cas").get(0).valueAsString()).isEqualTo("old");
        assertThat(etcd.kv().replace(p + "cas", "old", "new")).isTrue();
        assertThat(etcd.kv().get(p + "cas").get(0).valueAsString()).isEqualTo("new");
        assertThat(etcd.kv().replace(p + "absent", "", "x")).isFalse();
        assertThat(etcd.kv().replace((p + "cas").getBytes(), "new".getBytes(), new byte[] {1})).isTrue();
        assertThat(etcd.kv().get(p + "cas").get(0).value()).isEqualTo(new byte[] {1});
    }
}
