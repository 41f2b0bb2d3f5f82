package io.etcdj.internal;

import com.google.protobuf.ByteString;
import io.etcdj.kv.RangeEnd;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The key prefix of a namespace view ({@code EtcdClient.withNamespace}): what turns a view's keys
 * and ranges into the keys etcd stores, and etcd's keys back into the view's. The empty prefix
 * ({@link #NONE}) changes nothing.
 *
 * <p>Ranges stay inside the namespace: a range reaching the end of the keyspace ({@code "\0"}, as
 * from-key, all keys and a prefix of 0xff bytes have) ends at the end of the namespace, and an
 * explicit range end is prefixed too, so it never goes past the namespace's last key. As at the
 * root, the empty key of every-key ranges stands for {@code "\0"}: the stored key that is the
 * prefix alone (an empty key to the view, which no view call can name) is outside every range.
 */
public final class KeyPrefix {
    /** No prefix: the root client's keys. */
    public static final KeyPrefix NONE = new KeyPrefix(new byte[0]);
    /** The smallest non-empty key: what an every-key range starts from. */
    private static final byte[] ZERO = {0};

    private final byte[] prefix;
    private final ByteString prefixBytes;
    /** The smallest key after every key of the namespace; {@code {0}} when there is none. */
    private final byte[] end;

    private KeyPrefix(byte[] prefix) {
        this.prefix = prefix;
        this.prefixBytes = ByteString.copyFrom(prefix);
        this.end = prefix.length == 0 ? null : Bytes.prefixEnd(prefix);
    }

    /**
     * A prefix.
     *
     * @param prefix the prefix bytes; not null (copied)
     * @return the prefix; {@link #NONE} when empty
     */
    public static KeyPrefix of(byte[] prefix) {
        return prefix.length == 0 ? NONE : new KeyPrefix(prefix.clone());
    }

    /**
     * This prefix followed by another: the prefix of a view of a view.
     *
     * @param inner the inner view's prefix, relative to this one; not null
     * @return the concatenation
     */
    public KeyPrefix then(byte[] inner) {
        byte[] both = Arrays.copyOf(prefix, prefix.length + inner.length);
        System.arraycopy(inner, 0, both, prefix.length, inner.length);
        return of(both);
    }

    /** @return whether this is the empty prefix */
    public boolean isNone() {
        return prefix.length == 0;
    }

    /** @return a copy of the prefix bytes */
    public byte[] bytes() {
        return prefix.clone();
    }

    /**
     * The stored form of a single key.
     *
     * @param key a key of the view; not null
     * @return the prefixed key (a fresh array unless this is {@link #NONE})
     */
    public byte[] key(byte[] key) {
        if (prefix.length == 0) {
            return key;
        }
        byte[] out = Arrays.copyOf(prefix, prefix.length + key.length);
        System.arraycopy(key, 0, out, prefix.length, key.length);
        return out;
    }

    /**
     * The stored form of a key, given as a String or byte[].
     *
     * @param key a String (encoded with the charset) or byte[]; not null
     * @param charset the client's charset
     * @return the prefixed key bytes
     */
    public ByteString key(Object key, Charset charset) {
        byte[] k = Bytes.encode(key, charset);
        return prefix.length == 0 ? ByteString.copyFrom(k) : prefixBytes.concat(ByteString.copyFrom(k));
    }

    /**
     * Resolves a key and range end of the view to what etcd is sent, as {@link KeyRange#resolve}
     * does without a namespace.
     *
     * @param key the view's key bytes; not null
     * @param range the range end; not null
     * @param charset the client's charset
     * @return the wire form, inside the namespace
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty and the range does not allow that
     */
    public KeyRange resolve(byte[] key, RangeEnd range, Charset charset) {
        if (prefix.length == 0) {
            return KeyRange.resolve(key, range, charset);
        }
        switch (range.kind()) {
            case PREFIX:
                return key.length == 0 ? new KeyRange(key(ZERO), end.clone())
                        : new KeyRange(key(key), clip(Bytes.prefixEnd(key(key))));
            case FROM_KEY:
                return new KeyRange(key(key.length == 0 ? ZERO : key), end.clone());
            case EXPLICIT:
                KeyRange.requireKey(key);
                byte[] explicit = range.explicitEnd(charset);
                if (explicit.length == 0) {
                    return new KeyRange(key(key), null); // an empty range end means the key alone, as etcd reads it
                }
                if (explicit.length == 1 && explicit[0] == 0) {
                    return new KeyRange(key(key), end.clone());
                }
                return new KeyRange(key(key), key(explicit));
            default:
                return new KeyRange(key(KeyRange.requireKey(key)), null);
        }
    }

    /** A range end of {@code "\0"} (a prefix of 0xff bytes only) becomes the namespace's end. */
    private byte[] clip(byte[] rangeEnd) {
        return rangeEnd.length == 1 && rangeEnd[0] == 0 ? end.clone() : rangeEnd;
    }

    /**
     * The view's form of a key etcd sent: the key without the prefix. A key outside the namespace
     * (which no request of the view can return) is left as it is.
     *
     * @param key a stored key; not null
     * @return the key without the prefix
     */
    public ByteString strip(ByteString key) {
        return prefix.length != 0 && key.startsWith(prefixBytes) ? key.substring(prefix.length) : key;
    }

    /**
     * @param key a stored key; not null
     * @return whether it lies inside the namespace (always true for {@link #NONE})
     */
    public boolean contains(ByteString key) {
        return key.startsWith(prefixBytes);
    }

    /**
     * The view's form of a String key the server built (a lock or election key).
     *
     * @param key a stored key; not null
     * @param charset the client's charset
     * @return the key without the prefix, decoded
     */
    public String strip(ByteString key, Charset charset) {
        return strip(key).toString(charset);
    }

    @Override
    public String toString() {
        return "KeyPrefix[" + Bytes.describe(prefix) + "]";
    }
}
