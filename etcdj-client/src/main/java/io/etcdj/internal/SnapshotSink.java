package io.etcdj.internal;

import com.google.protobuf.ByteString;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a snapshot's bytes go, written on the snapshot's own thread: a caller's stream, or a
 * file that appears only once complete and checked ({@link #toFile}).
 */
interface SnapshotSink {
    /** @param chunk the next bytes, in order */
    void write(ByteString chunk) throws IOException;

    /** All bytes arrived and checked out: make them durable (flush; for a file, sync and rename). */
    void commit() throws IOException;

    /** The snapshot failed: leave nothing behind that could pass for a snapshot. Never throws. */
    void abort();

    /** @return the file the snapshot is saved to, or null for a stream */
    Path file();

    /**
     * @param out the caller's stream; flushed on success, never closed
     * @return a sink that writes every byte to the stream as it arrives
     */
    static SnapshotSink toStream(OutputStream out) {
        return new SnapshotSink() {
            @Override
            public void write(ByteString chunk) throws IOException {
                chunk.writeTo(out);
            }

            @Override
            public void commit() throws IOException {
                out.flush();
            }

            @Override
            public void abort() {
                // the caller's stream is the caller's to discard
            }

            @Override
            public Path file() {
                return null;
            }
        };
    }

    /**
     * Creates a temporary file next to the target, before anything is sent.
     *
     * @param target the snapshot's file; replaced if it exists, once the snapshot is complete
     * @return a sink that writes to the temporary file and, on commit, syncs it and renames it to
     *     the target atomically; on abort it deletes the temporary file
     * @throws InvalidArgumentException when the target is a directory or no file can be created
     *     in its directory
     */
    static SnapshotSink toFile(Path target) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (dir == null || Files.isDirectory(file)) {
            throw Checks.invalid("snapshot file " + target + " is a directory");
        }
        Path temp;
        FileChannel channel;
        try {
            // a name of its own, so that two snapshots to one target never share a temporary file
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".part");
        } catch (IOException | UnsupportedOperationException e) {
            throw new InvalidArgumentException(ErrorCode.INVALID_ARGUMENT, Outcome.NOT_APPLIED,
                    "cannot create the snapshot file " + target + " (" + e + ")", e);
        }
        try {
            channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InvalidArgumentException(ErrorCode.INVALID_ARGUMENT, Outcome.NOT_APPLIED,
                    "cannot open the snapshot file " + temp + " (" + e + ")", e);
        }
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        return new SnapshotSink() {
            @Override
            public void write(ByteString chunk) throws IOException {
                chunk.writeTo(out);
            }

            @Override
            public void commit() throws IOException {
                out.flush();
                channel.force(true);
                out.close();
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                syncDirectory(dir);
            }

            @Override
            public void abort() {
                try {
                    out.close();
                } catch (IOException | RuntimeException e) {
                    // the file goes anyway
                }
                deleteQuietly(temp);
            }

            @Override
            public Path file() {
                return file;
            }
        };
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do; the name ends in .part
        }
    }

    /** Makes the rename durable where the platform allows opening a directory (Linux does). */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            // not possible on this platform; the file itself is synced
        }
    }
}
