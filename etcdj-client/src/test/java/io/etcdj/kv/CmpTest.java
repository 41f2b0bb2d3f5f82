package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Compares are immutable values: reusing a subject or an array never changes a built compare. */
class CmpTest {
    @Test
    void reusingASubjectDoesNotChangeACompareBuiltFromIt() {
        var subject = Cmp.value("k");
        Cmp single = subject.equalTo("x");
        subject.prefix();
        assertThat(single.rangeEnd().kind()).isEqualTo(RangeEnd.Kind.SINGLE);

        var version = Cmp.version("k");
        Cmp one = version.equalTo(1);
        version.rangeEnd("z");
        assertThat(one.rangeEnd().kind()).isEqualTo(RangeEnd.Kind.SINGLE);
    }

    @Test
    void changingTheCallersArraysDoesNotChangeACompare() {
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        byte[] operand = "v".getBytes(StandardCharsets.UTF_8);
        Cmp c = Cmp.value(key).equalTo(operand);
        key[0] = 'x';
        operand[0] = 'x';
        assertThat(c.key(StandardCharsets.UTF_8)).containsExactly('k');
        assertThat(c.value(StandardCharsets.UTF_8)).containsExactly('v');
        c.key(StandardCharsets.UTF_8)[0] = 'y';
        c.value(StandardCharsets.UTF_8)[0] = 'y';
        assertThat(c.key(StandardCharsets.UTF_8)).containsExactly('k');
        assertThat(c.value(StandardCharsets.UTF_8)).containsExactly('v');
    }

    @Test
    void operandTypesFollowTheTarget() {
        // Cmp.value(k).equalTo(1L) and Cmp.version(k).equalTo("1") do not compile: no such methods
        assertThat(Arrays.stream(ValueSubject.class.getMethods()).filter(m -> m.getDeclaringClass() == ValueSubject.class))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getParameterTypes())
                        .doesNotContain(long.class, int.class, Object.class, Long.class));
        assertThat(Arrays.stream(NumberSubject.class.getMethods())
                .filter(m -> m.getDeclaringClass() == NumberSubject.class && !m.getName().equals("rangeEnd")))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getParameterTypes())
                        .doesNotContain(String.class, byte[].class, Object.class));
        Cmp c = Cmp.version("k").compare(Cmp.Operator.GREATER, 7);
        assertThat(c.target()).isEqualTo(Cmp.Target.VERSION);
        assertThat(c.operator()).isEqualTo(Cmp.Operator.GREATER);
        assertThat(c.number()).isEqualTo(7);
        assertThat(c.value(StandardCharsets.UTF_8)).isNull();
        Cmp v = Cmp.value("k").compare(Cmp.Operator.LESS, "x");
        assertThat(v.target()).isEqualTo(Cmp.Target.VALUE);
        assertThat(v.value(StandardCharsets.UTF_8)).containsExactly('x');
        assertThat(v.number()).isZero();
    }

    @Test
    void subjectsCoverAKeyAPrefixARangeOrEverythingFromTheKey() {
        assertThat(Cmp.lease("k").fromKey().equalTo(0).rangeEnd()).isSameAs(RangeEnd.fromKey());
        assertThat(Cmp.value("k").fromKey().equalTo("v").rangeEnd()).isSameAs(RangeEnd.fromKey());
        assertThat(Cmp.modRevision("k").prefix().equalTo(1).rangeEnd()).isSameAs(RangeEnd.prefix());
        assertThat(Cmp.createRevision("a").rangeEnd("b").equalTo(1).rangeEnd().explicitEnd(StandardCharsets.UTF_8))
                .containsExactly('b');
        assertThat(Cmp.value("k").equalTo("v").toString()).isEqualTo("Cmp{VALUE(k) EQUAL v}");
        assertThat(Cmp.version("k").prefix().lessThan(3).toString()).isEqualTo("Cmp{VERSION(k, PREFIX) LESS 3}");
    }

    @Test
    void opsKeepTheirOwnCopiesToo() {
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        byte[] value = "v".getBytes(StandardCharsets.UTF_8);
        Op put = Op.put(key, value);
        key[0] = 'x';
        value[0] = 'x';
        put.key(StandardCharsets.UTF_8)[0] = 'y';
        put.value(StandardCharsets.UTF_8)[0] = 'y';
        assertThat(put.key(StandardCharsets.UTF_8)).containsExactly('k');
        assertThat(put.value(StandardCharsets.UTF_8)).containsExactly('v');
        assertThat(put.toString()).isEqualTo("Op{PUT k=v}");
    }
}
