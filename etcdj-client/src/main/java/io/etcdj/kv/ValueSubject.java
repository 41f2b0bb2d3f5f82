package io.etcdj.kv;

import io.etcdj.internal.Checks;

/**
 * The subject of a value compare: a key (or range) whose value is compared byte by byte with a
 * String (encoded with the client's charset) or byte[] operand. Made by {@link Cmp#value(String)}.
 * Immutable: each range method returns a new subject, so a subject can be shared and reused.
 */
public final class ValueSubject {
    private final Object key;
    private final RangeEnd rangeEnd;

    ValueSubject(Object key, RangeEnd rangeEnd) {
        this.key = key instanceof byte[] b ? b.clone() : Checks.notNull(key, "key");
        this.rangeEnd = rangeEnd;
    }

    /**
     * Widens the subject to every key with its key as prefix (every key when the key is empty).
     *
     * @return a new subject over the prefix
     */
    public ValueSubject prefix() {
        return new ValueSubject(key, RangeEnd.prefix());
    }

    /**
     * Widens the subject to every key greater than or equal to its key, to the end of the
     * keyspace (every key when the key is empty), as {@link RangeEnd#fromKey()} does for reads.
     *
     * @return a new subject over the range
     */
    public ValueSubject fromKey() {
        return new ValueSubject(key, RangeEnd.fromKey());
    }

    /**
     * Widens the subject to the range {@code [key, end)}.
     *
     * @param end the exclusive end, encoded with the client's charset; not null
     * @return a new subject over the range
     * @throws io.etcdj.exception.InvalidArgumentException when the end is null
     */
    public ValueSubject rangeEnd(String end) {
        return new ValueSubject(key, RangeEnd.of(Checks.notNull(end, "end")));
    }

    /**
     * Widens the subject to the range {@code [key, end)}.
     *
     * @param end the exclusive end; not null (copied)
     * @return a new subject over the range
     * @throws io.etcdj.exception.InvalidArgumentException when the end is null
     */
    public ValueSubject rangeEnd(byte[] end) {
        return new ValueSubject(key, RangeEnd.of(Checks.notNull(end, "end")));
    }

    /**
     * The condition {@code value = operand}.
     *
     * @param operand the value, encoded with the client's charset; not null
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp equalTo(String operand) {
        return compare(Cmp.Operator.EQUAL, operand);
    }

    /**
     * The condition {@code value = operand}.
     *
     * @param operand the value; not null (copied)
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp equalTo(byte[] operand) {
        return compare(Cmp.Operator.EQUAL, operand);
    }

    /**
     * The condition {@code value != operand}.
     *
     * @param operand the value, encoded with the client's charset; not null
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp notEqualTo(String operand) {
        return compare(Cmp.Operator.NOT_EQUAL, operand);
    }

    /**
     * The condition {@code value != operand}.
     *
     * @param operand the value; not null (copied)
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp notEqualTo(byte[] operand) {
        return compare(Cmp.Operator.NOT_EQUAL, operand);
    }

    /**
     * The condition {@code value > operand}, bytes compared as unsigned, lexicographically.
     *
     * @param operand the value, encoded with the client's charset; not null
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp greaterThan(String operand) {
        return compare(Cmp.Operator.GREATER, operand);
    }

    /**
     * The condition {@code value > operand}, bytes compared as unsigned, lexicographically.
     *
     * @param operand the value; not null (copied)
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp greaterThan(byte[] operand) {
        return compare(Cmp.Operator.GREATER, operand);
    }

    /**
     * The condition {@code value < operand}, bytes compared as unsigned, lexicographically.
     *
     * @param operand the value, encoded with the client's charset; not null
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp lessThan(String operand) {
        return compare(Cmp.Operator.LESS, operand);
    }

    /**
     * The condition {@code value < operand}, bytes compared as unsigned, lexicographically.
     *
     * @param operand the value; not null (copied)
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operand is null
     */
    public Cmp lessThan(byte[] operand) {
        return compare(Cmp.Operator.LESS, operand);
    }

    /**
     * The condition {@code value <operator> operand}, for an operator chosen at run time.
     *
     * @param operator the operator; not null
     * @param operand the value, encoded with the client's charset; not null
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null
     */
    public Cmp compare(Cmp.Operator operator, String operand) {
        return new Cmp(Cmp.Target.VALUE, key, rangeEnd, operator, 0, Checks.notNull(operand, "operand"));
    }

    /**
     * The condition {@code value <operator> operand}, for an operator chosen at run time.
     *
     * @param operator the operator; not null
     * @param operand the value; not null (copied)
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null
     */
    public Cmp compare(Cmp.Operator operator, byte[] operand) {
        return new Cmp(Cmp.Target.VALUE, key, rangeEnd, operator, 0, Checks.notNull(operand, "operand").clone());
    }
}
