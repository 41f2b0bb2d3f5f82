package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.SharedEtcd;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.RevisionCompactedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The async facet: the same calls as futures, failures as typed exceptions inside them. */
class AsyncKvTest extends SharedEtcd {

    @Test
    void callsCompleteWithTheirResponses() throws Exception {
        AsyncKv kv = etcd.async().kv();
        List<CompletableFuture<PutResponse>> puts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            puts.add(kv.put(p + String.format("%03d", i), "v" + i));
        }
        CompletableFuture.allOf(puts.toArray(new CompletableFuture[0])).get(10, TimeUnit.SECONDS);
        GetResponse all = kv.get(p, GetOptions.builder().prefix().build()).get(5, TimeUnit.SECONDS);
        assertThat(all.size()).isEqualTo(100);
        assertThat(all.get(99).valueAsString()).isEqualTo("v99");

        TxnResponse txn = kv.txn(Txn.builder().when(Cmp.value(p + "000").equalTo("v0"))
                .then(Op.delete(p, DeleteOptions.builder().prefix().build())).build()).get(5, TimeUnit.SECONDS);
        assertThat(txn.succeeded()).isTrue();
        assertThat(kv.replace(p + "000", "v0", "x").get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(kv.delete(p + "001").get(5, TimeUnit.SECONDS).deleted()).isZero();
        long rev = kv.put(p + "c", "1").get().header().revision();
        assertThat(kv.compact(rev, CompactOptions.builder().physical().build()).get(5, TimeUnit.SECONDS).header())
                .isNotNull();
    }

    @Test
    void localValidationFailsTheFutureWithoutThrowing() {
        CompletableFuture<PutResponse> f = etcd.async().kv().put("", "v");
        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(InvalidArgumentException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_KEY));
    }

    @Test
    void serverErrorsArriveTypedInTheFuture() throws Exception {
        long rev = etcd.kv().put(p + "k", "1").header().revision();
        etcd.kv().put(p + "k", "2");
        etcd.kv().compact(rev + 1);
        CompletableFuture<GetResponse> f = etcd.async().kv().get(p + "k", GetOptions.builder().revision(rev).build());
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(RevisionCompactedException.class);
    }

    @Test
    void blockingInsideAnIoThreadStageIsRefusedNotDeadlocked() {
        // the stage is attached before the call starts, so it surely runs where the call completes
        CompletableFuture<Void> gate = new CompletableFuture<>();
        CompletableFuture<Object> nested = gate.thenCompose(v -> etcd.async().kv().put(p + "n", "1"))
                .thenApply(r -> etcd.kv().get(p + "n"));
        gate.complete(null);
        assertThatThrownBy(() -> nested.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("I/O thread");
        assertThat(etcd.kv().get(p + "n").size()).isEqualTo(1);
    }
}
