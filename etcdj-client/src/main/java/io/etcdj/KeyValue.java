package io.etcdj;

import io.etcdj.internal.KeyValueAccess;
import io.etcdj.internal.KvBytes;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * One key and its value at some revision ({@code mvccpb.KeyValue}). Immutable.
 *
 * <p>Keys and values are bytes; the {@code ...AsString} accessors decode them with the charset of
 * the client that read them (UTF-8 unless the client was built with another). {@link #key()} and
 * {@link #value()} return copies, so no caller can change a key-value another caller holds.
 */
public final class KeyValue {
    static {
        KeyValueAccess.install((b, c, m, ver, l, cs) -> new KeyValue(cs, b, c, m, ver, l));
    }

    private final KvBytes bytes;
    private final long createRevision;
    private final long modRevision;
    private final long version;
    private final long lease;
    private final Charset charset;

    /**
     * Makes a key-value, copying the arrays.
     *
     * @param key the key; not null (copied)
     * @param value the value; not null, empty when the read was keys-only (copied)
     * @param createRevision the revision of the last creation of this key
     * @param modRevision the revision of the last modification of this key
     * @param version the number of modifications since the key was created (1 after creation)
     * @param lease the id of the lease attached to the key, 0 for none
     * @param charset the charset used by the {@code ...AsString} accessors; not null
     * @throws NullPointerException when the key, value or charset is null
     */
    public KeyValue(byte[] key, byte[] value, long createRevision, long modRevision, long version,
            long lease, Charset charset) {
        this(charset, KvBytes.copyOf(key, value), createRevision, modRevision, version, lease);
    }

    /**
     * Takes the arrays over without copying them: for etcdj's decoders only, through
     * {@link KeyValueAccess}, with arrays no one else holds.
     */
    private KeyValue(Charset charset, KvBytes bytes, long createRevision, long modRevision, long version,
            long lease) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.createRevision = createRevision;
        this.modRevision = modRevision;
        this.version = version;
        this.lease = lease;
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /**
     * The key's bytes.
     *
     * @return a fresh copy of the key's bytes
     */
    public byte[] key() {
        return bytes.key();
    }

    /**
     * The key as text.
     *
     * @return the key decoded with the client's charset
     */
    public String keyAsString() {
        return bytes.keyAsString(charset);
    }

    /**
     * The value's bytes.
     *
     * @return a fresh copy of the value's bytes; empty for a keys-only read
     */
    public byte[] value() {
        return bytes.value();
    }

    /**
     * The value as text.
     *
     * @return the value decoded with the client's charset; empty for a keys-only read
     */
    public String valueAsString() {
        return bytes.valueAsString(charset);
    }

    /**
     * The revision at which this key was last created.
     *
     * @return the create revision
     */
    public long createRevision() {
        return createRevision;
    }

    /**
     * The revision at which this key was last modified.
     *
     * @return the mod revision
     */
    public long modRevision() {
        return modRevision;
    }

    /**
     * How many times the key was written since its creation.
     *
     * @return the version: 1 after the first put
     */
    public long version() {
        return version;
    }

    /**
     * The id of the lease attached to the key.
     *
     * @return the lease id, or 0 when the key has no lease
     */
    public long lease() {
        return lease;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyValue kv && kv.bytes.equals(bytes)
                && kv.createRevision == createRevision && kv.modRevision == modRevision
                && kv.version == version && kv.lease == lease;
    }

    @Override
    public int hashCode() {
        return bytes.hashCode() * 31 + Long.hashCode(modRevision);
    }

    @Override
    public String toString() {
        return "KeyValue{key=" + keyAsString() + ", value=" + valueAsString() + ", createRevision="
                + createRevision + ", modRevision=" + modRevision + ", version=" + version
                + ", lease=" + lease + "}";
    }
}
