package io.etcdj.auth;

import io.etcdj.internal.Checks;
import io.etcdj.internal.KeyRange;
import io.etcdj.kv.RangeEnd;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A role's permission on a key or a range of keys (etcd's {@code authpb.Permission}): a type and
 * the range {@code [key, rangeEnd)}, where an empty range end means the key alone and
 * {@code "\0"} means every key from the key on. Immutable.
 */
public final class Permission {
    /** What a permission allows. */
    public enum Type {
        /** Range and watch. */
        READ,
        /** Put, delete and the writes of a txn. */
        WRITE,
        /** Both. */
        READWRITE
    }

    private final Type type;
    private final byte[] key;
    private final byte[] rangeEnd;

    private Permission(Type type, byte[] key, byte[] rangeEnd) {
        this.type = Checks.notNull(type, "type");
        this.key = key;
        this.rangeEnd = rangeEnd;
    }

    /**
     * A permission on a key, a prefix, a range or every key from a key on, the range end resolved
     * as for a get ({@link RangeEnd#prefix()} of an empty key is every key).
     *
     * @param type what it allows; not null
     * @param key the key, UTF-8; not null; empty only with a prefix or from-key range end
     * @param end the range end; not null
     * @return the permission
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or the key is
     *     empty for a single key or an explicit range
     */
    public static Permission of(Type type, String key, RangeEnd end) {
        return of(type, Checks.notNull(key, "key").getBytes(StandardCharsets.UTF_8), end);
    }

    /**
     * As {@link #of(Type, String, RangeEnd)}, with the key's bytes.
     *
     * @param type what it allows; not null
     * @param key the key bytes; not null (copied)
     * @param end the range end; not null (a String range end is encoded as UTF-8)
     * @return the permission
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or the key is
     *     empty for a single key or an explicit range
     */
    public static Permission of(Type type, byte[] key, RangeEnd end) {
        Checks.notNull(type, "type");
        KeyRange r = KeyRange.resolve(Checks.notNull(key, "key").clone(), Checks.notNull(end, "range end"),
                StandardCharsets.UTF_8);
        return new Permission(type, r.key(), r.rangeEnd() == null ? new byte[0] : r.rangeEnd());
    }

    /**
     * A permission as etcd stores it, for mapping etcd's answers.
     *
     * @param type what it allows; not null
     * @param key the key bytes; not null (copied)
     * @param rangeEnd the range end bytes; not null (copied); empty for the key alone
     * @return the permission
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null
     */
    public static Permission raw(Type type, byte[] key, byte[] rangeEnd) {
        return new Permission(type, Checks.notNull(key, "key").clone(), Checks.notNull(rangeEnd, "rangeEnd").clone());
    }

    /** @return what the permission allows; never null */
    public Type type() {
        return type;
    }

    /** @return the key, or the start of the range; a copy */
    public byte[] key() {
        return key.clone();
    }

    /** @return the key decoded as UTF-8 */
    public String keyString() {
        return new String(key, StandardCharsets.UTF_8);
    }

    /** @return the end of the range, exclusive; empty for the key alone, {@code "\0"} for every key from the key on; a copy */
    public byte[] rangeEnd() {
        return rangeEnd.clone();
    }

    /** @return the range end decoded as UTF-8; empty for the key alone */
    public String rangeEndString() {
        return new String(rangeEnd, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permission p && p.type == type && Arrays.equals(p.key, key) && Arrays.equals(p.rangeEnd, rangeEnd);
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + Arrays.hashCode(key)) * 31 + Arrays.hashCode(rangeEnd);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return type + " [" + hex.formatHex(key) + ", " + hex.formatHex(rangeEnd) + ")";
    }
}
