package io.etcdj.kv;

import io.etcdj.internal.Bytes;
import io.etcdj.internal.Checks;
import java.nio.charset.Charset;

/**
 * Which keys a get or delete covers beyond its key: etcd's {@code range_end}.
 *
 * <ul>
 *   <li>{@link #single()}: the key alone (no range end).</li>
 *   <li>{@link #prefix()}: every key that starts with the key; with an empty key, every key.</li>
 *   <li>{@link #fromKey()}: every key greater than or equal to the key ({@code range_end} of
 *       {@code "\0"}); with an empty key, every key.</li>
 *   <li>{@link #of(String)} / {@link #of(byte[])}: the half-open interval {@code [key, end)}.</li>
 * </ul>
 * These follow the range semantics of etcd's {@code Range} and {@code DeleteRange} RPCs.
 */
public final class RangeEnd {
    /** How the range end is formed. */
    public enum Kind {
        /** No range end: one key. */
        SINGLE,
        /** The keys with the key as prefix. */
        PREFIX,
        /** The keys from the key on. */
        FROM_KEY,
        /** The keys up to an explicit, exclusive end. */
        EXPLICIT
    }

    private static final RangeEnd SINGLE = new RangeEnd(Kind.SINGLE, null);
    private static final RangeEnd PREFIX = new RangeEnd(Kind.PREFIX, null);
    private static final RangeEnd FROM_KEY = new RangeEnd(Kind.FROM_KEY, null);

    private final Kind kind;
    private final Object end;

    private RangeEnd(Kind kind, Object end) {
        this.kind = kind;
        this.end = end;
    }

    /**
     * The key alone.
     *
     * @return the key alone
     */
    public static RangeEnd single() {
        return SINGLE;
    }

    /**
     * Every key that starts with the request's key (every key when the key is empty).
     *
     * @return every key that starts with the request's key (every key when the key is empty)
     */
    public static RangeEnd prefix() {
        return PREFIX;
    }

    /**
     * Every key greater than or equal to the request's key (every key when it is empty).
     *
     * @return every key greater than or equal to the request's key (every key when it is empty)
     */
    public static RangeEnd fromKey() {
        return FROM_KEY;
    }

    /**
     * An explicit range end.
     *
     * @param end the exclusive end, encoded with the client's charset; not null
     * @return the range {@code [key, end)}
     * @throws io.etcdj.exception.InvalidArgumentException when the end is null
     */
    public static RangeEnd of(String end) {
        return new RangeEnd(Kind.EXPLICIT, Checks.notNull(end, "end"));
    }

    /**
     * An explicit range end.
     *
     * @param end the exclusive end; not null (copied); {@code {0}} means "to the end of the keyspace"
     * @return the range {@code [key, end)}
     * @throws io.etcdj.exception.InvalidArgumentException when the end is null
     */
    public static RangeEnd of(byte[] end) {
        return new RangeEnd(Kind.EXPLICIT, Checks.notNull(end, "end").clone());
    }

    /**
     * How the range end is formed.
     *
     * @return how the range end is formed
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The explicit end's bytes.
     *
     * @param charset the charset for an end given as a String; not null
     * @return the explicit end's bytes, or {@code null} unless {@link #kind()} is EXPLICIT
     */
    public byte[] explicitEnd(Charset charset) {
        return end == null ? null : Bytes.encode(end, charset);
    }

    @Override
    public String toString() {
        return kind == Kind.EXPLICIT ? "RangeEnd[" + Bytes.describe(end) + "]" : kind.toString();
    }
}
