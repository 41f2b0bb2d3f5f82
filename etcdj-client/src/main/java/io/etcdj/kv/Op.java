package io.etcdj.kv;

import io.etcdj.internal.Bytes;
import io.etcdj.internal.Checks;
import java.nio.charset.Charset;

/**
 * One operation of a transaction branch ({@code RequestOp}): a get, put, delete or nested txn.
 * Immutable.
 */
public final class Op {
    /** The kind of operation. */
    public enum Type {
        /** A read ({@code RequestRange}). */
        GET,
        /** A write ({@code RequestPut}). */
        PUT,
        /** A delete ({@code RequestDeleteRange}). */
        DELETE,
        /** A nested transaction ({@code RequestTxn}). */
        TXN
    }

    private final Type type;
    private final Object key;
    private final Object value;
    private final Object options;

    private Op(Type type, Object key, Object value, Object options) {
        this.type = type;
        this.key = key instanceof byte[] b ? b.clone() : key;
        this.value = value instanceof byte[] b ? b.clone() : value;
        this.options = options;
    }

    /**
     * A get of one key.
     *
     * @param key the key; not null
     * @return a get of one key
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op get(String key) {
        return get(key, GetOptions.DEFAULT);
    }

    /**
     * A get of one key.
     *
     * @param key the key; not null
     * @return a get of one key
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op get(byte[] key) {
        return get(key, GetOptions.DEFAULT);
    }

    /**
     * A get with options.
     *
     * @param key the key; not null
     * @param options range, limit, sort and filters; not null (its timeout is ignored inside a txn)
     * @return a get
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op get(String key, GetOptions options) {
        return new Op(Type.GET, Checks.notNull(key, "key"), null, Checks.notNull(options, "options"));
    }

    /**
     * A get with options.
     *
     * @param key the key; not null
     * @param options range, limit, sort and filters; not null (its timeout is ignored inside a txn)
     * @return a get
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op get(byte[] key, GetOptions options) {
        return new Op(Type.GET, Checks.notNull(key, "key"), null, Checks.notNull(options, "options"));
    }

    /**
     * A put.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return a put
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op put(String key, String value) {
        return put(key, value, PutOptions.DEFAULT);
    }

    /**
     * A put.
     *
     * @param key the key; not null
     * @param value the value; not null
     * @return a put
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op put(byte[] key, byte[] value) {
        return put(key, value, PutOptions.DEFAULT);
    }

    /**
     * A put with options.
     *
     * @param key the key, encoded with the client's charset; not null
     * @param value the value, encoded with the client's charset; not null, except with
     *     ignore-value, where it must be null or empty (checked when the txn is sent)
     * @param options lease, prev-kv, ignore flags; not null (timeout and idempotent ignored inside
     *     a txn)
     * @return a put
     * @throws io.etcdj.exception.InvalidArgumentException when the key or options are null, or the
     *     value is null without ignore-value
     */
    public static Op put(String key, String value, PutOptions options) {
        return new Op(Type.PUT, Checks.notNull(key, "key"), value(value, options), Checks.notNull(options, "options"));
    }

    /**
     * A put with options.
     *
     * @param key the key; not null (copied)
     * @param value the value; not null (copied), except with ignore-value, where it must be null
     *     or empty (checked when the txn is sent)
     * @param options lease, prev-kv, ignore flags; not null (timeout and idempotent ignored inside
     *     a txn)
     * @return a put
     * @throws io.etcdj.exception.InvalidArgumentException when the key or options are null, or the
     *     value is null without ignore-value
     */
    public static Op put(byte[] key, byte[] value, PutOptions options) {
        return new Op(Type.PUT, Checks.notNull(key, "key"), value(value, options), Checks.notNull(options, "options"));
    }

    private static Object value(Object value, PutOptions options) {
        return options != null && options.ignoreValue() ? value : Checks.notNull(value, "value");
    }

    /**
     * A delete of one key.
     *
     * @param key the key; not null
     * @return a delete of one key
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op delete(String key) {
        return delete(key, DeleteOptions.DEFAULT);
    }

    /**
     * A delete of one key.
     *
     * @param key the key; not null
     * @return a delete of one key
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op delete(byte[] key) {
        return delete(key, DeleteOptions.DEFAULT);
    }

    /**
     * A delete with options.
     *
     * @param key the key; not null
     * @param options range and prev-kv; not null (timeout ignored inside a txn)
     * @return a delete
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op delete(String key, DeleteOptions options) {
        return new Op(Type.DELETE, Checks.notNull(key, "key"), null, Checks.notNull(options, "options"));
    }

    /**
     * A delete with options.
     *
     * @param key the key; not null
     * @param options range and prev-kv; not null (timeout ignored inside a txn)
     * @return a delete
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op delete(byte[] key, DeleteOptions options) {
        return new Op(Type.DELETE, Checks.notNull(key, "key"), null, Checks.notNull(options, "options"));
    }

    /**
     * A nested txn operation.
     *
     * @param txn the nested transaction; not null
     * @return a nested txn operation
     * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
     */
    public static Op txn(Txn txn) {
        return new Op(Type.TXN, null, null, Checks.notNull(txn, "txn"));
    }

    /**
     * The kind of operation.
     *
     * @return the kind of operation
     */
    public Type type() {
        return type;
    }

    /**
     * The key's bytes.
     *
     * @param charset the charset for a key given as a String; not null
     * @return a fresh copy of the key's bytes, or null for a nested txn
     */
    public byte[] key(Charset charset) {
        return key == null ? null : copy(key, charset);
    }

    /**
     * The value's bytes.
     *
     * @param charset the charset for a value given as a String; not null
     * @return a fresh copy of the value's bytes, or null unless a put (and for a put with
     *     ignore-value given a null value)
     */
    public byte[] value(Charset charset) {
        return value == null ? null : copy(value, charset);
    }

    private static byte[] copy(Object stringOrBytes, Charset charset) {
        return stringOrBytes instanceof byte[] b ? b.clone() : Bytes.encode(stringOrBytes, charset);
    }

    /**
     * The get's options.
     *
     * @return the get's options
     * @throws IllegalStateException unless a get
     */
    public GetOptions getOptions() {
        return as(GetOptions.class);
    }

    /**
     * The put's options.
     *
     * @return the put's options
     * @throws IllegalStateException unless a put
     */
    public PutOptions putOptions() {
        return as(PutOptions.class);
    }

    /**
     * The delete's options.
     *
     * @return the delete's options
     * @throws IllegalStateException unless a delete
     */
    public DeleteOptions deleteOptions() {
        return as(DeleteOptions.class);
    }

    /**
     * The nested txn.
     *
     * @return the nested txn
     * @throws IllegalStateException unless a txn
     */
    public Txn txn() {
        return as(Txn.class);
    }

    private <T> T as(Class<T> type) {
        if (!type.isInstance(options)) {
            throw new IllegalStateException("a " + this.type + " operation has no " + type.getSimpleName());
        }
        return type.cast(options);
    }

    /**
     * True when this operation, nested ones included, only reads.
     *
     * @return true when this operation, nested ones included, only reads
     */
    public boolean isReadOnly() {
        return type == Type.GET || (type == Type.TXN && txn().isReadOnly());
    }

    @Override
    public String toString() {
        return type == Type.TXN ? "Op{TXN " + options + "}" : "Op{" + type + " " + Bytes.describe(key)
                + (value != null ? "=" + Bytes.describe(value) : "") + "}";
    }
}
