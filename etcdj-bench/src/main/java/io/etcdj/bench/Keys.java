package io.etcdj.bench;

import io.etcd.jetcd.ByteSequence;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The keys and the value one client uses in one workload: {@code space} distinct keys of exactly
 * {@code keySize} bytes, each the workload's tag followed by a zero-padded number
 * ({@code pe/00042}), and one value of {@code valSize} bytes. Request {@code seq} uses key
 * {@code seq % space}. Everything is built once, before the measurement, for every client alike.
 */
public final class Keys {
    private final String tag;
    private final byte[][] keys;
    private final byte[] value;
    private volatile ByteSequence[] jetcdKeys;

    private Keys(String tag, byte[][] keys, byte[] value) {
        this.tag = tag;
        this.keys = keys;
        this.value = value;
    }

    /**
     * @param tag the key prefix
     * @param keySize the size of each key in bytes, prefix included
     * @param space the number of distinct keys
     * @param valSize the size of the value in bytes
     * @return the key space
     * @throws IllegalArgumentException when {@code keySize} cannot hold {@code space} distinct keys
     */
    public static Keys of(String tag, int keySize, int space, int valSize) {
        if (space < 1) {
            throw new IllegalArgumentException("key space must be at least 1, got " + space);
        }
        int digits = Math.max(1, Long.toString(space - 1L).length());
        int width = keySize - tag.length();
        if (width < digits) {
            throw new IllegalArgumentException("--key-size " + keySize + " is too small for a key space of " + space
                    + " keys with prefix '" + tag + "': at least " + (tag.length() + digits) + " bytes are needed");
        }
        byte[][] keys = new byte[space][];
        byte[] prefix = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < space; i++) {
            byte[] k = new byte[keySize];
            System.arraycopy(prefix, 0, k, 0, prefix.length);
            Arrays.fill(k, prefix.length, keySize, (byte) '0');
            byte[] n = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(n, 0, k, keySize - n.length, n.length);
            keys[i] = k;
        }
        byte[] value = new byte[valSize];
        for (int i = 0; i < valSize; i++) {
            value[i] = (byte) ('a' + i % 26);
        }
        return new Keys(tag, keys, value);
    }

    /** @return the key prefix, e.g. {@code pe/} */
    public String tag() {
        return tag;
    }

    /** @return the number of distinct keys */
    public int space() {
        return keys.length;
    }

    /** @param seq a request number @return the index of its key, {@code seq % space} */
    public int index(long seq) {
        return (int) (seq % keys.length);
    }

    /** @param seq a request number @return its key; callers must not change it */
    public byte[] key(long seq) {
        return keys[index(seq)];
    }

    /** @return the value every write uses; callers must not change it */
    public byte[] value() {
        return value;
    }

    /** @return the keys as jetcd byte sequences, built once, indexed like {@link #index(long)} */
    public ByteSequence[] jetcdKeys() {
        ByteSequence[] k = jetcdKeys;
        if (k == null) {
            k = new ByteSequence[keys.length];
            for (int i = 0; i < keys.length; i++) {
                k[i] = ByteSequence.from(keys[i]);
            }
            jetcdKeys = k;
        }
        return k;
    }
}
