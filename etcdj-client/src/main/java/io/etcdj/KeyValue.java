package io.etcdj;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/**
 * One key and its value at some revision ({@code mvccpb.KeyValue}). Immutable.
 *
 * <p>Keys and values are bytes; the {@code ...AsString} accessors decode them with the charset of
 * the client that read them (UTF-8 unless the client was built with another).
 */
public final class KeyValue {
    private final byte[] key;
    private final byte[] value;
    private final long createRevision;
    private final long modRevision;
    private final long version;
    private final long lease;
    private final Charset charset;

    /**
     * @param key the key; not null (copied)
     * @param value the value; not null, empty when the read was keys-only (copied)
     * @param createRevision the revision of the last creation of this key
     * @param modRevision the revision of the last modification of this key
     * @param version the number of modifications since the key was created (1 after creation)
     * @param lease the id of the lease attached to the key, 0 for none
     * @param charset the charset used by the {@code ...AsString} accessors; not null
     */
    public KeyValue(byte[] key, byte[] value, long createRevision, long modRevision, long version,
            long lease, Charset charset) {
        this.key = key.clone();
        this.value = value.clone();
        this.createRevision = createRevision;
        this.modRevision = modRevision;
        this.version = version;
        this.lease = lease;
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /** @return a copy of the key's bytes */
    public byte[] key() {
        return key.clone();
    }

    /** @return the key decoded with the client's charset */
    public String keyAsString() {
        return new String(key, charset);
    }

    /** @return a copy of the value's bytes; empty for a keys-only read */
    public byte[] value() {
        return value.clone();
    }

    /** @return the value decoded with the client's charset; empty for a keys-only read */
    public String valueAsString() {
        return new String(value, charset);
    }

    /** @return the revision at which this key was last created */
    public long createRevision() {
        return createRevision;
    }

    /** @return the revision at which this key was last modified */
    public long modRevision() {
        return modRevision;
    }

    /** @return how many times the key was written since its creation (1 after the first put) */
    public long version() {
        return version;
    }

    /** @return the id of the attached lease, or 0 when the key has no lease */
    public long lease() {
        return lease;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyValue kv && Arrays.equals(kv.key, key) && Arrays.equals(kv.value, value)
                && kv.createRevision == createRevision && kv.modRevision == modRevision
                && kv.version == version && kv.lease == lease;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key) * 31 + Long.hashCode(modRevision);
    }

    @Override
    public String toString() {
        return "KeyValue{key=" + keyAsString() + ", value=" + valueAsString() + ", createRevision="
                + createRevision + ", modRevision=" + modRevision + ", version=" + version
                + ", lease=" + lease + "}";
    }
}
