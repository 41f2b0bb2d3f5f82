package io.etcdj.kv;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.exception.InvalidArgumentException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
    void flagsAreSwitchedOnByMethodsWithoutArguments() {
        GetOptions g = GetOptions.builder().serializable().keysOnly().countOnly().build();
        assertThat(g.serializable()).isTrue();
        assertThat(g.keysOnly()).isTrue();
        assertThat(g.countOnly()).isTrue();
        PutOptions put = PutOptions.builder().prevKv().ignoreValue().ignoreLease().idempotent().build();
        assertThat(put.prevKv()).isTrue();
        assertThat(put.ignoreValue()).isTrue();
        assertThat(put.ignoreLease()).isTrue();
        assertThat(put.idempotent()).isTrue();
        DeleteOptions del = DeleteOptions.builder().prevKv().idempotent().build();
        assertThat(del.prevKv()).isTrue();
        assertThat(del.idempotent()).isTrue();
        CompactOptions compact = CompactOptions.builder().physical().idempotent().build();
        assertThat(compact.physical()).isTrue();
        assertThat(compact.idempotent()).isTrue();
        assertThat(PutOptions.DEFAULT.prevKv() || PutOptions.DEFAULT.ignoreValue() || PutOptions.DEFAULT.ignoreLease())
                .isFalse();
        assertThat(GetOptions.DEFAULT.keysOnly() || GetOptions.DEFAULT.countOnly()).isFalse();
        assertThat(DeleteOptions.DEFAULT.idempotent() || CompactOptions.DEFAULT.idempotent()).isFalse();
    }

    @Test
    void noBuilderTakesABooleanFlag() {
        for (Class<?> builder : List.of(GetOptions.Builder.class, PutOptions.Builder.class, DeleteOptions.Builder.class,
                CompactOptions.Builder.class, Txn.Builder.class)) {
            assertThat(Arrays.stream(builder.getMethods()).filter(m -> m.getDeclaringClass() == builder))
                    .as(builder.getName()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.getParameterTypes()).doesNotContain(boolean.class));
        }
    }

    @Test
    void badOptionValuesAreTypedErrors() {
        assertThatThrownBy(() -> GetOptions.builder().limit(-1)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> GetOptions.builder().revision(-5)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> GetOptions.builder().timeout(Duration.ZERO)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> PutOptions.builder().timeout(Duration.ofSeconds(-1))).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> GetOptions.builder().sort(null, SortOrder.ASCEND)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cmp.value("k").equalTo((String) null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cmp.value("k").compare(null, "v")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cmp.version("k").compare(null, 1)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cmp.version((String) null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Cmp.value("k").rangeEnd((byte[]) null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Txn.builder().then((Op) null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> RangeEnd.of((String) null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> RangeEnd.of((byte[]) null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Op.get((String) null)).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void readOnlyTxnsAreRepeatableAndWritingOnesAreNot() {
        Txn read = Txn.builder().then(Op.get("a"), Op.txn(Txn.builder().then(Op.get("b")).build())).build();
        Txn write = Txn.builder().then(Op.get("a")).otherwise(Op.put("a", "1")).build();
        assertThat(read.idempotent()).isTrue();
        assertThat(write.idempotent()).isFalse();
        assertThat(Txn.builder().then(Op.delete("a")).idempotent().build().idempotent()).isTrue();
    }

    @Test
    void builderRejectsBadClientSettings() {
        assertThatThrownBy(() -> TestClients.builder().build()).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("endpoint");
        assertThatThrownBy(() -> TestClients.builder().endpoints("ftp://x:1")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().requestTimeout(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> TestClients.builder().maxInboundMessageSize(0)).isInstanceOf(InvalidArgumentException.class);
    }
}
