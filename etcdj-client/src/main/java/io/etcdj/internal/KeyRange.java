package io.etcdj.internal;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import io.etcdj.kv.RangeEnd;
import java.nio.charset.Charset;

/**
 * A request's key and range end in wire form, resolved from the user's key and {@link RangeEnd}
 * the way etcd's Go client does: a prefix or from-key range with an empty key covers every key
 * ({@code key = range_end = "\0"}).
 *
 * @param key the key bytes to send
 * @param rangeEnd the range end to send, or null for a single key
 */
public record KeyRange(byte[] key, byte[] rangeEnd) {
    private static final byte[] ZERO = {0};

    /**
     * Resolves a key and range end to their wire form.
     *
     * @param key the user's key bytes
     * @param range the user's range end
     * @param charset the client's charset
     * @return the wire form
     * @throws InvalidArgumentException when the key is empty and the range does not allow that
     */
    public static KeyRange resolve(byte[] key, RangeEnd range, Charset charset) {
        switch (range.kind()) {
            case PREFIX:
                return key.length == 0 ? new KeyRange(ZERO, ZERO) : new KeyRange(key, Bytes.prefixEnd(key));
            case FROM_KEY:
                return new KeyRange(key.length == 0 ? ZERO : key, ZERO);
            case EXPLICIT:
                return new KeyRange(requireKey(key), range.explicitEnd(charset));
            default:
                return new KeyRange(requireKey(key), null);
        }
    }

    /**
     * Checks that a key is not empty.
     *
     * @param key key bytes
     * @return the key
     * @throws InvalidArgumentException when it is empty
     */
    public static byte[] requireKey(byte[] key) {
        if (key == null || key.length == 0) {
            throw new InvalidArgumentException(ErrorCode.EMPTY_KEY, Outcome.NOT_APPLIED,
                    "the key must not be empty (etcd rejects it: \"" + ErrorCode.EMPTY_KEY.serverMessage() + "\")", null);
        }
        return key;
    }
}
