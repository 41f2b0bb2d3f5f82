package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.exception.InvalidArgumentException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void defaultsAreDocumented() {
        GetOptions g = GetOptions.DEFAULT;
        assertThat(g.rangeEnd().kind()).isEqualTo(RangeEnd.Kind.SINGLE);
        assertThat(g.limit()).isZero();
        assertThat(g.revision()).isZero();
        assertThat(g.serializable()).isFalse();
        assertThat(g.timeout()).isNull();
        assertThat(PutOptions.DEFAULT.idempotent()).isFalse();
        assertThat(DeleteOptions.DEFAULT.prevKv()).isFalse();
        assertThat(CompactOptions.DEFAULT.physical()).isFalse();
    }

    @Test
    void badOptionValuesAreTypedErrors() {
        assertThatThrownBy(() -> GetOptions.builder().limit(-1)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> GetOptions.builder().revision(-5)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> GetOptions.builder().timeout(Duration.ZERO)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> PutOptions.builder().timeout(Duration.ofSeconds(-1))).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> GetOptions.builder().sort(null, SortOrder.ASCEND)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cmp.value("k").equalTo(1)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cmp.version("k").equalTo("v")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Txn.builder().then((Op) null)).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void readOnlyTxnsAreRepeatableAndWritingOnesAreNot() {
        Txn read = Txn.builder().then(Op.get("a"), Op.txn(Txn.builder().then(Op.get("b")).build())).build();
        Txn write = Txn.builder().then(Op.get("a")).otherwise(Op.put("a", "1")).build();
        assertThat(read.idempotent()).isTrue();
        assertThat(write.idempotent()).isFalse();
        assertThat(Txn.builder().then(Op.delete("a")).idempotent(true).build().idempotent()).isTrue();
    }

    @Test
    void builderRejectsBadClientSettings() {
        assertThatThrownBy(() -> EtcdClient.builder().build()).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("endpoint");
        assertThatThrownBy(() -> EtcdClient.builder().endpoints("ftp://x:1")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> EtcdClient.builder().requestTimeout(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> EtcdClient.builder().maxInboundMessageSize(0)).isInstanceOf(InvalidArgumentException.class);
    }
}
