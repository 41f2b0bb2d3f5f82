package io.etcdj.kv;

import io.etcdj.internal.Bytes;
import io.etcdj.internal.Checks;
import java.nio.charset.Charset;

/**
 * One condition of a transaction ({@code Compare} in etcd's {@code Txn} RPC): a key's value,
 * version, create revision, mod revision or lease compared with an operand. Immutable.
 *
 * <pre>{@code
 * Cmp.value("config/db").equalTo("postgres://old")
 * Cmp.version("config/db").equalTo(0)                 // the key does not exist
 * Cmp.modRevision("jobs/").prefix().lessThan(1234)     // every key under jobs/
 * }</pre>
 *
 * <p>The operand's type follows the target: {@link #value(String)} gives a {@link ValueSubject},
 * which takes a String or byte[] operand; {@link #version(String)}, {@link #createRevision(String)},
 * {@link #modRevision(String)} and {@link #lease(String)} give a {@link NumberSubject}, which takes
 * a long. A mismatch does not compile.
 *
 * <p>With a range ({@link ValueSubject#prefix()}, {@link ValueSubject#fromKey()},
 * {@link ValueSubject#rangeEnd(String)} and their {@link NumberSubject} twins) the condition must
 * hold for every key in the range, as etcd evaluates a compare with {@code range_end}.
 */
public final class Cmp {
    /** The attribute of the key that is compared ({@code Compare.CompareTarget}). */
    public enum Target {
        /** The key's version; 0 when the key does not exist. */
        VERSION,
        /** The key's create revision; 0 when the key does not exist. */
        CREATE,
        /** The key's mod revision; 0 when the key does not exist. */
        MOD,
        /** The key's value, compared byte by byte. */
        VALUE,
        /** The id of the key's lease; 0 for none. */
        LEASE
    }

    /** The comparison operator ({@code Compare.CompareResult}). */
    public enum Operator {
        /** {@code =} */
        EQUAL,
        /** {@code >} */
        GREATER,
        /** {@code <} */
        LESS,
        /** {@code !=} */
        NOT_EQUAL
    }

    private final Target target;
    private final Object key;
    private final RangeEnd rangeEnd;
    private final Operator operator;
    private final long number;
    private final Object value;

    /** Called by the subjects, which own {@code key} and {@code value} (a String or a private copy). */
    Cmp(Target target, Object key, RangeEnd rangeEnd, Operator operator, long number, Object value) {
        this.target = target;
        this.key = key;
        this.rangeEnd = rangeEnd;
        this.operator = Checks.notNull(operator, "operator");
        this.number = number;
        this.value = value;
    }

    /**
     * Starts a compare of a key's value.
     *
     * @param key the key, encoded with the client's charset; not null
     * @return the subject, waiting for an operator and a String or byte[] operand
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static ValueSubject value(String key) {
        return new ValueSubject(key, RangeEnd.single());
    }

    /**
     * Starts a compare of a key's value.
     *
     * @param key the key; not null (copied)
     * @return the subject, waiting for an operator and a String or byte[] operand
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static ValueSubject value(byte[] key) {
        return new ValueSubject(key, RangeEnd.single());
    }

    /**
     * Starts a compare of a key's version (0 when the key does not exist).
     *
     * @param key the key, encoded with the client's charset; not null
     * @return the subject, waiting for an operator and a number
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject version(String key) {
        return new NumberSubject(Target.VERSION, key, RangeEnd.single());
    }

    /**
     * Starts a compare of a key's version (0 when the key does not exist).
     *
     * @param key the key; not null (copied)
     * @return the subject, waiting for an operator and a number
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject version(byte[] key) {
        return new NumberSubject(Target.VERSION, key, RangeEnd.single());
    }

    /**
     * Starts a compare of a key's create revision (0 when the key does not exist).
     *
     * @param key the key, encoded with the client's charset; not null
     * @return the subject, waiting for an operator and a revision
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject createRevision(String key) {
        return new NumberSubject(Target.CREATE, key, RangeEnd.single());
    }

    /**
     * Starts a compare of a key's create revision (0 when the key does not exist).
     *
     * @param key the key; not null (copied)
     * @return the subject, waiting for an operator and a revision
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject createRevision(byte[] key) {
        return new NumberSubject(Target.CREATE, key, RangeEnd.single());
    }

    /**
     * Starts a compare of a key's mod revision (0 when the key does not exist).
     *
     * @param key the key, encoded with the client's charset; not null
     * @return the subject, waiting for an operator and a revision
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject modRevision(String key) {
        return new NumberSubject(Target.MOD, key, RangeEnd.single());
    }

    /**
     * Starts a compare of a key's mod revision (0 when the key does not exist).
     *
     * @param key the key; not null (copied)
     * @return the subject, waiting for an operator and a revision
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject modRevision(byte[] key) {
        return new NumberSubject(Target.MOD, key, RangeEnd.single());
    }

    /**
     * Starts a compare of the id of a key's lease (0 when the key has none or does not exist).
     *
     * @param key the key, encoded with the client's charset; not null
     * @return the subject, waiting for an operator and a lease id
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject lease(String key) {
        return new NumberSubject(Target.LEASE, key, RangeEnd.single());
    }

    /**
     * Starts a compare of the id of a key's lease (0 when the key has none or does not exist).
     *
     * @param key the key; not null (copied)
     * @return the subject, waiting for an operator and a lease id
     * @throws io.etcdj.exception.InvalidArgumentException when the key is null
     */
    public static NumberSubject lease(byte[] key) {
        return new NumberSubject(Target.LEASE, key, RangeEnd.single());
    }

    /**
     * The compared attribute.
     *
     * @return the target; never null
     */
    public Target target() {
        return target;
    }

    /**
     * The comparison operator.
     *
     * @return the operator; never null
     */
    public Operator operator() {
        return operator;
    }

    /**
     * The compared key (or the start of the compared range).
     *
     * @param charset the charset for a key given as a String; not null
     * @return a fresh copy of the key's bytes
     */
    public byte[] key(Charset charset) {
        return copy(key, charset);
    }

    /**
     * The range the compare covers beyond its key.
     *
     * @return the range end; {@link RangeEnd#single()} for the key alone
     */
    public RangeEnd rangeEnd() {
        return rangeEnd;
    }

    /**
     * The numeric operand.
     *
     * @return the version, revision or lease id compared with; 0 for a value compare
     */
    public long number() {
        return number;
    }

    /**
     * The value operand.
     *
     * @param charset the charset for an operand given as a String; not null
     * @return a fresh copy of the operand's bytes, or null for a numeric compare
     */
    public byte[] value(Charset charset) {
        return value == null ? null : copy(value, charset);
    }

    private static byte[] copy(Object stringOrBytes, Charset charset) {
        return stringOrBytes instanceof byte[] b ? b.clone() : Bytes.encode(stringOrBytes, charset);
    }

    @Override
    public String toString() {
        return "Cmp{" + target + "(" + Bytes.describe(key) + (rangeEnd.kind() == RangeEnd.Kind.SINGLE ? "" : ", " + rangeEnd)
                + ") " + operator + " " + (value != null ? Bytes.describe(value) : Long.toString(number)) + "}";
    }
}
