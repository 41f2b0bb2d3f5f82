package io.etcdj.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.kv.Cmp;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** etcdctl's txn text format. */
class TxnSyntaxTest {
    @Test
    void splitsRequestLinesLikeEtcdctl() {
        assertThat(TxnSyntax.argify("put k \"a b\\tc\" --prev-kv")).containsExactly("put", "k", "a b\tc", "--prev-kv");
        assertThat(TxnSyntax.argify("put k 'hello world'")).containsExactly("put", "k", "hello world");
        assertThat(TxnSyntax.argify("get  ''  x")).containsExactly("get", "", "x");
        assertThatThrownBy(() -> TxnSyntax.argify("put k \"\\q\""))
                .isInstanceOf(CliExit.class).hasMessage("invalid syntax");
    }

    @Test
    void parsesCompares() {
        Cmp c = TxnSyntax.parseCompare("mod(\"k1\") > \"5\"");
        assertThat(c.target()).isEqualTo(Cmp.Target.MOD);
        assertThat(c.operator()).isEqualTo(Cmp.Operator.GREATER);
        assertThat(c.number()).isEqualTo(5);
        assertThat(new String(c.key(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("k1");

        Cmp v = TxnSyntax.parseCompare("val(`raw\\key`) != \"a\\x00b\"");
        assertThat(v.target()).isEqualTo(Cmp.Target.VALUE);
        assertThat(v.operator()).isEqualTo(Cmp.Operator.NOT_EQUAL);
        assertThat(v.value(StandardCharsets.UTF_8)).containsExactly('a', 0, 'b');
        assertThat(new String(v.key(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("raw\\key");

        Cmp lease = TxnSyntax.parseCompare("lease(\"k\") = \"1f\"");
        assertThat(lease.target()).isEqualTo(Cmp.Target.LEASE);
        assertThat(lease.number()).isEqualTo(31);
        assertThat(TxnSyntax.parseCompare("c(\"k\") < \"3\"").target()).isEqualTo(Cmp.Target.CREATE);
        assertThat(TxnSyntax.parseCompare("version(\"k\") = \"0\" trailing").target()).isEqualTo(Cmp.Target.VERSION);
    }

    @Test
    void reportsMalformedComparesAsEtcdctl() {
        assertThatThrownBy(() -> TxnSyntax.parseCompare("mod(\"k1\")>\"0\""))
                .hasMessage("malformed comparison: mod(\"k1\")>\"0\"; got mod(\"k1\")  \"\"");
        assertThatThrownBy(() -> TxnSyntax.parseCompare("mod(k1) > \"0\""))
                .hasMessage("malformed comparison: mod(k1) > \"0\"; got mod(\"\")  \"\"");
        assertThatThrownBy(() -> TxnSyntax.parseCompare("mod \"k1\" > 0"))
                .hasMessage("malformed comparison: mod \"k1\" > 0");
        assertThatThrownBy(() -> TxnSyntax.parseCompare("foo(\"k1\") > \"0\""))
                .hasMessage("malformed comparison: foo(\"k1\") > \"0\" (unknown target foo)");
        assertThatThrownBy(() -> TxnSyntax.parseCompare("mod(\"k1\") > \"x\""))
                .hasMessage("invalid txn compare request: mod(\"k1\") > \"x\"");
        assertThatThrownBy(() -> TxnSyntax.parseCompare("mod(\"k1\") >= \"1\""))
                .isInstanceOf(CliExit.class).hasMessageContaining("unknown operator >=");
    }

    @Test
    void readsLinesAndTrimsAsGoDoes() {
        ByteArrayInputStream in = new ByteArrayInputStream("a\n\u00a0b \n".getBytes(StandardCharsets.UTF_8));
        assertThat(TxnSyntax.readLine(in)).isEqualTo("a");
        assertThat(TxnSyntax.trimSpace(TxnSyntax.readLine(in))).isEqualTo("b");
        assertThatThrownBy(() -> TxnSyntax.readLine(in)).isInstanceOf(CliExit.class).hasMessage("EOF");
    }
}
