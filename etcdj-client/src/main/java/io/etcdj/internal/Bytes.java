package io.etcdj.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Turns the String-or-bytes arguments of the public API into bytes. */
public final class Bytes {
    private Bytes() {
    }

    /**
     * Turns a String-or-bytes argument into bytes.
     *
     * @param stringOrBytes a String (encoded with the charset) or a byte[] (returned as it is)
     * @param charset the client's charset
     * @return the bytes
     */
    public static byte[] encode(Object stringOrBytes, Charset charset) {
        if (stringOrBytes instanceof String s) {
            return s.getBytes(charset);
        }
        return (byte[]) stringOrBytes;
    }

    /**
     * Describes a String-or-bytes argument for {@code toString()}: the String itself, or the
     * bytes decoded as UTF-8 (undecodable bytes shown as U+FFFD).
     *
     * @param stringOrBytes a String or a byte[]; may be null
     * @return the description; "null" for null
     */
    public static String describe(Object stringOrBytes) {
        return stringOrBytes instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(stringOrBytes);
    }

    /**
     * The smallest key greater than every key with the given prefix, as etcd's prefix ranges use:
     * the prefix with its last byte below 0xff incremented and what follows dropped, or
     * {@code {0}} (the end of the keyspace) when every byte is 0xff or the prefix is empty.
     *
     * @param prefix the prefix; not null
     * @return the exclusive range end
     */
    public static byte[] prefixEnd(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xff) {
                byte[] end = java.util.Arrays.copyOf(prefix, i + 1);
                end[i]++;
                return end;
            }
        }
        return new byte[] {0};
    }
}
