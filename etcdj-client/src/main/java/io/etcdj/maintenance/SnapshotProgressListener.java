package io.etcdj.maintenance;

/**
 * Hears how far a snapshot ({@link Maintenance#snapshot(java.nio.file.Path, SnapshotOptions)})
 * has come. Called once per message of etcd's {@code Maintenance.Snapshot} stream, after the
 * message's bytes were written, in order, on the snapshot's own thread (never an I/O thread):
 * a slow listener slows the snapshot down, nothing else.
 *
 * <p>{@code bytesReceived + bytesRemaining} is the same in every call: the size of the whole
 * stream, that is the database plus etcd's 32-byte SHA-256 checksum. The last call has
 * {@code bytesRemaining == 0}. A listener that throws is logged and the snapshot goes on; to stop
 * a snapshot, cancel its future.
 */
@FunctionalInterface
public interface SnapshotProgressListener {
    /**
     * @param bytesReceived bytes received so far, in bytes; grows with every call
     * @param bytesRemaining bytes still to come, in bytes: the server's {@code remaining_bytes} of
     *     the database plus the 32 bytes of the checksum while it has not arrived; 0 in the last call
     */
    void progress(long bytesReceived, long bytesRemaining);
}
