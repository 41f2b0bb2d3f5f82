package io.etcdj.internal;

import com.google.protobuf.ByteString;
import java.nio.charset.Charset;

/**
 * The key and value bytes behind a {@link io.etcdj.KeyValue}: immutable bytes straight from the
 * parsed response (no copy), or a copy of a caller's arrays. Internal: keeps protobuf's type out
 * of the public class.
 */
public final class KvBytes {
    private final ByteString key;
    private final ByteString value;

    private KvBytes(ByteString key, ByteString value) {
        this.key = key;
        this.value = value;
    }

    /**
     * @param key a decoded key; not null
     * @param value a decoded value; not null
     * @return the pair, without a copy
     */
    static KvBytes of(ByteString key, ByteString value) {
        return new KvBytes(key, value);
    }

    /**
     * @param key a caller's key; not null (copied)
     * @param value a caller's value; not null (copied)
     * @return the pair
     */
    public static KvBytes copyOf(byte[] key, byte[] value) {
        return new KvBytes(ByteString.copyFrom(key), ByteString.copyFrom(value));
    }

    /** @return a copy of the key */
    public byte[] key() {
        return key.toByteArray();
    }

    /** @return a copy of the value */
    public byte[] value() {
        return value.toByteArray();
    }

    /** @param charset the charset @return the key decoded */
    public String keyAsString(Charset charset) {
        return key.toString(charset);
    }

    /** @param charset the charset @return the value decoded */
    public String valueAsString(Charset charset) {
        return value.toString(charset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvBytes b && b.key.equals(key) && b.value.equals(value);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
