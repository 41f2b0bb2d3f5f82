package io.etcdj.maintenance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A completed, verified snapshot: what {@link Maintenance#snapshot(Path, SnapshotOptions)} and
 * {@link Maintenance#snapshot(java.io.OutputStream, SnapshotOptions)} return. Immutable.
 */
public final class SnapshotInfo {
    private final String endpoint;
    private final long dbSize;
    private final byte[] sha256;
    private final Duration took;
    private final Path file;

    /**
     * @param endpoint the endpoint whose member sent the snapshot ({@code http://host:port}); not null
     * @param dbSize the size of the database, in bytes, without the checksum
     * @param sha256 the database's SHA-256, as etcd sent it and as the client checked it; 32 bytes, copied
     * @param took how long the snapshot took, from opening the stream to the last byte written; not null
     * @param file where the snapshot was saved, or null when it went to a stream
     */
    public SnapshotInfo(String endpoint, long dbSize, byte[] sha256, Duration took, Path file) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.dbSize = dbSize;
        this.sha256 = sha256.clone();
        this.took = Objects.requireNonNull(took, "took");
        this.file = file;
    }

    /** @return the endpoint whose member sent the snapshot, as {@code http://host:port} or {@code https://host:port} */
    public String endpoint() {
        return endpoint;
    }

    /** @return the size of the database (a bbolt file), in bytes, without the 32-byte checksum */
    public long dbSize() {
        return dbSize;
    }

    /**
     * @return the bytes written: the database followed by its 32-byte SHA-256, in bytes (what
     *     {@code etcdctl snapshot save} writes and {@code etcdctl snapshot restore} checks)
     */
    public long totalSize() {
        return dbSize + 32;
    }

    /** @return the SHA-256 of the database, 32 bytes (a copy) */
    public byte[] sha256() {
        return sha256.clone();
    }

    /** @return the SHA-256 of the database in lower-case hex, 64 characters */
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** @return how long the snapshot took, from opening the stream to the last byte written and synced */
    public Duration took() {
        return took;
    }

    /** @return where the snapshot was saved; empty when it was written to a stream */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public String toString() {
        return "SnapshotInfo{endpoint=" + endpoint + ", dbSize=" + dbSize + ", sha256=" + sha256Hex() + ", took="
                + took + (file != null ? ", file=" + file : "") + "}";
    }
}
