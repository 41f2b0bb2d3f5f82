package io.etcdj.kv;

import io.etcdj.internal.Checks;

/**
 * The subject of a numeric compare: a key's (or range's) version, create revision, mod revision
 * or lease id, compared with a long. Made by {@link Cmp#version(String)},
 * {@link Cmp#createRevision(String)}, {@link Cmp#modRevision(String)} and {@link Cmp#lease(String)}.
 * Immutable: each range method returns a new subject, so a subject can be shared and reused.
 *
 * <p>Each attribute is 0 for a key that does not exist (and the lease id is 0 for a key without
 * a lease), so {@code equalTo(0)} tests that a key is absent.
 */
public final class NumberSubject {
    private final Cmp.Target target;
    private final Object key;
    private final RangeEnd rangeEnd;

    NumberSubject(Cmp.Target target, Object key, RangeEnd rangeEnd) {
        this.target = target;
        this.key = key instanceof byte[] b ? b.clone() : Checks.notNull(key, "key");
        this.rangeEnd = rangeEnd;
    }

    /**
     * The attribute this subject compares.
     *
     * @return {@link Cmp.Target#VERSION}, {@link Cmp.Target#CREATE}, {@link Cmp.Target#MOD} or
     *     {@link Cmp.Target#LEASE}
     */
    public Cmp.Target target() {
        return target;
    }

    /**
     * Widens the subject to every key with its key as prefix (every key when the key is empty).
     *
     * @return a new subject over the prefix
     */
    public NumberSubject prefix() {
        return new NumberSubject(target, key, RangeEnd.prefix());
    }

    /**
     * Widens the subject to every key greater than or equal to its key, to the end of the
     * keyspace (every key when the key is empty), as {@link RangeEnd#fromKey()} does for reads.
     *
     * @return a new subject over the range
     */
    public NumberSubject fromKey() {
        return new NumberSubject(target, key, RangeEnd.fromKey());
    }

    /**
     * Widens the subject to the range {@code [key, end)}.
     *
     * @param end the exclusive end, encoded with the client's charset; not null
     * @return a new subject over the range
     * @throws io.etcdj.exception.InvalidArgumentException when the end is null
     */
    public NumberSubject rangeEnd(String end) {
        return new NumberSubject(target, key, RangeEnd.of(Checks.notNull(end, "end")));
    }

    /**
     * Widens the subject to the range {@code [key, end)}.
     *
     * @param end the exclusive end; not null (copied)
     * @return a new subject over the range
     * @throws io.etcdj.exception.InvalidArgumentException when the end is null
     */
    public NumberSubject rangeEnd(byte[] end) {
        return new NumberSubject(target, key, RangeEnd.of(Checks.notNull(end, "end")));
    }

    /**
     * The condition {@code attribute = operand}.
     *
     * @param operand the version, revision or lease id
     * @return the compare
     */
    public Cmp equalTo(long operand) {
        return compare(Cmp.Operator.EQUAL, operand);
    }

    /**
     * The condition {@code attribute != operand}.
     *
     * @param operand the version, revision or lease id
     * @return the compare
     */
    public Cmp notEqualTo(long operand) {
        return compare(Cmp.Operator.NOT_EQUAL, operand);
    }

    /**
     * The condition {@code attribute > operand}.
     *
     * @param operand the version, revision or lease id
     * @return the compare
     */
    public Cmp greaterThan(long operand) {
        return compare(Cmp.Operator.GREATER, operand);
    }

    /**
     * The condition {@code attribute < operand}.
     *
     * @param operand the version, revision or lease id
     * @return the compare
     */
    public Cmp lessThan(long operand) {
        return compare(Cmp.Operator.LESS, operand);
    }

    /**
     * The condition {@code attribute <operator> operand}, for an operator chosen at run time.
     *
     * @param operator the operator; not null
     * @param operand the version, revision or lease id
     * @return the compare
     * @throws io.etcdj.exception.InvalidArgumentException when the operator is null
     */
    public Cmp compare(Cmp.Operator operator, long operand) {
        return new Cmp(target, key, rangeEnd, operator, operand, null);
    }
}
