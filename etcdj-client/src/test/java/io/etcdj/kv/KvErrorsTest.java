package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.SharedEtcd;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each KV error reachable from bad input gives its typed exception, and the client stays usable. */
class KvErrorsTest extends SharedEtcd {

    @AfterEach
    void clientStillWorks() {
        etcd.kv().put(p + "after", "ok");
        assertThat(etcd.kv().get(p + "after").get(0).valueAsString()).isEqualTo("ok");
    }

    private static Consumer<InvalidArgumentException> code(ErrorCode code) {
        return e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        };
    }

    @Test
    void emptyKey() {
        assertThatThrownBy(() -> etcd.kv().put("", "v")).isInstanceOfSatisfying(InvalidArgumentException.class,
                code(ErrorCode.EMPTY_KEY));
        assertThatThrownBy(() -> etcd.kv().get("")).isInstanceOfSatisfying(InvalidArgumentException.class,
                code(ErrorCode.EMPTY_KEY));
        assertThatThrownBy(() -> etcd.kv().delete(new byte[0])).isInstanceOfSatisfying(InvalidArgumentException.class,
                code(ErrorCode.EMPTY_KEY));
        assertThatThrownBy(() -> etcd.kv().txn(Txn.builder().then(Op.put("", "v")).build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class, code(ErrorCode.EMPTY_KEY));
        assertThatThrownBy(() -> etcd.kv().get((String) null)).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void valueOverTheServersRequestLimit() {
        byte[] big = new byte[1_600_000]; // over etcd's default --max-request-bytes of 1.5 MiB
        assertThatThrownBy(() -> etcd.kv().put((p + "big").getBytes(), big))
                .isInstanceOfSatisfying(InvalidArgumentException.class, code(ErrorCode.REQUEST_TOO_LARGE));
        byte[] huge = new byte[3_000_000]; // over the gRPC receive limit too
        assertThatThrownBy(() -> etcd.kv().put((p + "huge").getBytes(), huge))
                .isInstanceOfSatisfying(InvalidArgumentException.class, code(ErrorCode.REQUEST_TOO_LARGE));
        assertThat(etcd.kv().get(p + "big").isEmpty()).isTrue();
    }

    @Test
    void tooManyOperationsInATxn() {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < 129; i++) {
            ops.add(Op.put(p + "op" + i, "v"));
        }
        assertThatThrownBy(() -> etcd.kv().txn(Txn.builder().then(ops.toArray(new Op[0])).build()))
                .isInstanceOfSatisfying(InvalidArgumentException.class, code(ErrorCode.TOO_MANY_OPS));
        assertThat(etcd.kv().get(p + "op0").isEmpty()).isTrue();
        // 128 is allowed
        assertThat(etcd.kv().txn(Txn.builder().then(ops.subList(0, 128).toArray(new Op[0])).build()).succeeded()).isTrue();
    }

    @Test
    void sameKeyTwiceInATxn() {
        Txn txn = Txn.builder().then(Op.put(p + "dup", "1"), Op.put(p + "dup", "2")).build();
        assertThatThrownBy(() -> etcd.kv().txn(txn))
                .isInstanceOfSatisfying(InvalidArgumentException.class, code(ErrorCode.DUPLICATE_KEY));
        Txn putAndDelete = Txn.builder().then(Op.put(p + "dup", "1"), Op.delete(p + "dup")).build();
        assertThatThrownBy(() -> etcd.kv().txn(putAndDelete))
                .isInstanceOfSatisfying(InvalidArgumentException.class, code(ErrorCode.DUPLICATE_KEY));
        assertThat(etcd.kv().get(p + "dup").isEmpty()).isTrue();
    }

    @Test
    void errorsCarryTheEtcdMessage() {
        assertThatThrownBy(() -> etcd.kv().txn(Txn.builder().then(Arrays.asList(Op.put(p + "a", "1"), Op.put(p + "a", "2"))
                .toArray(new Op[0])).build()))
                .hasMessageContaining("etcdserver: duplicate key given in txn request");
    }
}
