package io.etcdj.internal;

import com.google.protobuf.ByteString;
import io.etcdj.exception.SnapshotIntegrityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks a snapshot stream as it arrives: etcd sends the database, then its SHA-256 (32 bytes).
 * The digest runs over every byte but the last 32 seen so far, which are held back until more
 * come or the stream ends; then they must equal the digest. Not thread-safe.
 */
final class SnapshotChecksum {
    /** The length of etcd's trailer, a SHA-256. */
    static final int TRAILER_BYTES = 32;

    private final MessageDigest digest;
    private final byte[] tail = new byte[TRAILER_BYTES];
    private int tailLength;
    private long received;

    SnapshotChecksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** @param chunk the next bytes of the stream */
    void update(ByteString chunk) {
        int n = chunk.size();
        received += n;
        int total = tailLength + n;
        int toDigest = total - TRAILER_BYTES;
        if (toDigest <= 0) {
            chunk.copyTo(tail, 0, tailLength, n);
            tailLength = total;
            return;
        }
        int fromTail = Math.min(toDigest, tailLength);
        digest.update(tail, 0, fromTail);
        int fromChunk = toDigest - fromTail;
        if (fromChunk > 0) {
            digest.update(chunk.substring(0, fromChunk).asReadOnlyByteBuffer());
        }
        // the new tail: what is left of the old tail, then the rest of the chunk
        int keptOfTail = tailLength - fromTail;
        System.arraycopy(tail, fromTail, tail, 0, keptOfTail);
        chunk.copyTo(tail, fromChunk, keptOfTail, n - fromChunk);
        tailLength = TRAILER_BYTES;
    }

    /** @return bytes seen so far, the trailer included */
    long received() {
        return received;
    }

    /**
     * Checks the stream once it ended normally.
     *
     * @return the database's SHA-256, as the trailer carried it
     * @throws SnapshotIntegrityException when the stream is too short for a trailer or the trailer
     *     does not match the bytes before it
     */
    byte[] verify() {
        if (tailLength < TRAILER_BYTES) {
            throw new SnapshotIntegrityException("the snapshot stream ended after " + received
                    + " bytes, too short for its SHA-256 trailer");
        }
        byte[] actual = digest.digest();
        if (!MessageDigest.isEqual(actual, tail)) {
            throw new SnapshotIntegrityException("the snapshot's SHA-256 trailer does not match its "
                    + (received - TRAILER_BYTES) + " bytes of data");
        }
        return tail.clone();
    }
}
