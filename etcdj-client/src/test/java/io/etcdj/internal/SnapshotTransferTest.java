package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.InternalException;
import io.etcdj.exception.SnapshotIntegrityException;
import io.etcdj.exception.UnauthenticatedException;
import io.etcdj.grpc.SnapshotRequest;
import io.etcdj.grpc.SnapshotResponse;
import io.etcdj.internal.transport.ClientStream;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.internal.transport.StreamListener;
import io.etcdj.maintenance.SnapshotInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot transfer's checks on streams real etcd does not send: a wrong checksum, a stream
 * that ends normally but short, stale credentials before the first byte, a failing sink. The
 * stream is played by the test through the transfer's {@link StreamListener}.
 */
class SnapshotTransferTest {
    @TempDir
    Path dir;

    /** Plays one stream per open; records the metadata of each. */
    private static final class Script implements SnapshotTransfer.Opener {
        final List<StreamListener<SnapshotResponse>> listeners = new ArrayList<>();
        final List<Map<String, String>> metadata = new ArrayList<>();
        final CompletableFuture<Void> opened = new CompletableFuture<>();
        final AtomicInteger cancels = new AtomicInteger();

        @Override
        public synchronized ClientStream<SnapshotRequest> open(Map<String, String> md,
                StreamListener<SnapshotResponse> listener) {
            listeners.add(listener);
            metadata.add(md);
            notifyAll();
            return new ClientStream<>() {
                @Override
                public void send(SnapshotRequest message) {
                }

                @Override
                public void halfClose() {
                }

                @Override
                public void cancel(String reason) {
                    cancels.incrementAndGet();
                }
            };
        }

        synchronized StreamListener<SnapshotResponse> awaitOpen(int n) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 5000;
            while (listeners.size() < n && System.currentTimeMillis() < deadline) {
                wait(100);
            }
            assertThat(listeners).hasSizeGreaterThanOrEqualTo(n);
            return listeners.get(n - 1);
        }
    }

    private static byte[] db(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    private static byte[] sha(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    /** Sends the database in chunks as etcd does, then the given trailer, then closes OK. */
    private static void play(StreamListener<SnapshotResponse> l, byte[] db, byte[] trailer, int chunk) {
        for (int off = 0; off < db.length; off += chunk) {
            int n = Math.min(chunk, db.length - off);
            l.onMessage(SnapshotResponse.newBuilder().setBlob(ByteString.copyFrom(db, off, n))
                    .setRemainingBytes(db.length - off - n).build());
        }
        if (trailer != null) {
            l.onMessage(SnapshotResponse.newBuilder().setBlob(ByteString.copyFrom(trailer)).build());
        }
        l.onClose(StatusCode.OK, null, null);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private CompletableFuture<SnapshotInfo> start(Script script, SnapshotSink sink, MetadataProvider md) {
        return new SnapshotTransfer("http://127.0.0.1:2379", script, md, sink, null, null).start();
    }

    private static Throwable failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the snapshot succeeded");
    }

    @Test
    void goodStreamIsSavedWithItsChecksum() throws Exception {
        Script script = new Script();
        Path file = dir.resolve("good.db");
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toFile(file), MetadataProvider.NONE);
        byte[] db = db(100_000);
        play(script.awaitOpen(1), db, sha(db), 4096);
        SnapshotInfo info = f.get(5, TimeUnit.SECONDS);
        assertThat(info.dbSize()).isEqualTo(db.length);
        assertThat(info.sha256()).isEqualTo(sha(db));
        byte[] saved = Files.readAllBytes(file);
        assertThat(saved).hasSize(db.length + 32);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void checksumIsFoundWhereverTheChunksSplitIt() throws Exception {
        byte[] db = db(1000);
        byte[] stream = new byte[1032];
        System.arraycopy(db, 0, stream, 0, 1000);
        System.arraycopy(sha(db), 0, stream, 1000, 32);
        for (int chunk : new int[] {1, 7, 31, 32, 33, 64, 999, 1000, 1031, 1032}) {
            SnapshotChecksum c = new SnapshotChecksum();
            for (int off = 0; off < stream.length; off += chunk) {
                c.update(ByteString.copyFrom(stream, off, Math.min(chunk, stream.length - off)));
            }
            assertThat(c.verify()).as("chunks of " + chunk).isEqualTo(sha(db));
        }
    }

    @Test
    void wrongChecksumFailsAndLeavesNoFile() throws Exception {
        Script script = new Script();
        Path file = dir.resolve("bad.db");
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toFile(file), MetadataProvider.NONE);
        byte[] db = db(50_000);
        byte[] wrong = sha(db);
        wrong[5] ^= 1;
        play(script.awaitOpen(1), db, wrong, 32 * 1024);
        assertThat(failure(f)).isInstanceOf(SnapshotIntegrityException.class)
                .hasMessageContaining("does not match");
        assertThat(files()).isEmpty();
    }

    @Test
    void streamEndingNormallyButShortFailsAndLeavesNoFile() throws Exception {
        Script script = new Script();
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toFile(dir.resolve("short.db")),
                MetadataProvider.NONE);
        StreamListener<SnapshotResponse> l = script.awaitOpen(1);
        l.onMessage(SnapshotResponse.newBuilder().setBlob(ByteString.copyFrom(db(4096)))
                .setRemainingBytes(8192).build());
        l.onClose(StatusCode.OK, null, null);
        SnapshotIntegrityException e = (SnapshotIntegrityException) failure(f);
        assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL);
        assertThat(e).hasMessageContaining("8192 bytes still to come");
        assertThat(files()).isEmpty();

        Script empty = new Script();
        CompletableFuture<SnapshotInfo> g = start(empty, SnapshotSink.toFile(dir.resolve("empty.db")),
                MetadataProvider.NONE);
        empty.awaitOpen(1).onClose(StatusCode.OK, null, null);
        assertThat(failure(g)).isInstanceOf(SnapshotIntegrityException.class).hasMessageContaining("no data");
        assertThat(files()).isEmpty();
    }

    @Test
    void dataWithoutTrailerFails() throws Exception {
        Script script = new Script();
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toFile(dir.resolve("t.db")), MetadataProvider.NONE);
        byte[] db = db(10_000);
        play(script.awaitOpen(1), db, null, 4096);
        assertThat(failure(f)).isInstanceOf(SnapshotIntegrityException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void staleCredentialsBeforeTheFirstByteAreRefreshedOnce() throws Exception {
        AtomicInteger token = new AtomicInteger();
        MetadataProvider md = new MetadataProvider() {
            @Override
            public CompletableFuture<Map<String, String>> metadata() {
                return CompletableFuture.completedFuture(Map.of("token", "t" + token.get()));
            }

            @Override
            public boolean refresh(Map<String, String> rejected) {
                token.incrementAndGet();
                return true;
            }
        };
        Script script = new Script();
        Path file = dir.resolve("auth.db");
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toFile(file), md);
        script.awaitOpen(1).onClose(StatusCode.UNKNOWN, "auth: invalid auth token", null); // as etcd 3.4 sends it
        byte[] db = db(5000);
        play(script.awaitOpen(2), db, sha(db), 1000);
        assertThat(f.get(5, TimeUnit.SECONDS).dbSize()).isEqualTo(5000);
        assertThat(script.metadata).containsExactly(Map.of("token", "t0"), Map.of("token", "t1"));

        // a second rejection is final
        Script twice = new Script();
        CompletableFuture<SnapshotInfo> g = start(twice, SnapshotSink.toFile(dir.resolve("auth2.db")), md);
        twice.awaitOpen(1).onClose(StatusCode.UNAUTHENTICATED, ErrorCode.INVALID_AUTH_TOKEN.serverMessage(), null);
        twice.awaitOpen(2).onClose(StatusCode.UNAUTHENTICATED, ErrorCode.INVALID_AUTH_TOKEN.serverMessage(), null);
        assertThat(failure(g)).isInstanceOf(UnauthenticatedException.class);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void unreachableEndpointBeforeTheFirstByteIsPassedOverButNotAfter() throws Exception {
        Script first = new Script();
        Script second = new Script();
        List<SnapshotTransfer.Target> targets = List.of(new SnapshotTransfer.Target("http://127.0.0.1:1", first),
                new SnapshotTransfer.Target("http://127.0.0.1:2", second));
        CompletableFuture<SnapshotInfo> f = new SnapshotTransfer(targets, MetadataProvider.NONE,
                SnapshotSink.toFile(dir.resolve("a.db")), null, null).start();
        first.awaitOpen(1).onClose(StatusCode.UNAVAILABLE, "connection refused", null);
        byte[] db = db(3000);
        play(second.awaitOpen(1), db, sha(db), 1000);
        assertThat(f.get(5, TimeUnit.SECONDS).endpoint()).isEqualTo("http://127.0.0.1:2");

        // once bytes came, a break is the end: another member's snapshot would be another database
        Script cut = new Script();
        Script spare = new Script();
        CompletableFuture<SnapshotInfo> g = new SnapshotTransfer(List.of(new SnapshotTransfer.Target("http://127.0.0.1:1", cut),
                new SnapshotTransfer.Target("http://127.0.0.1:2", spare)), MetadataProvider.NONE,
                SnapshotSink.toFile(dir.resolve("b.db")), null, null).start();
        StreamListener<SnapshotResponse> l = cut.awaitOpen(1);
        l.onMessage(SnapshotResponse.newBuilder().setBlob(ByteString.copyFrom(db(10))).setRemainingBytes(10).build());
        l.onClose(StatusCode.UNAVAILABLE, "connection reset", null);
        assertThat(((EtcdException) failure(g)).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(spare.listeners).isEmpty();
        assertThat(files()).containsExactly(dir.resolve("a.db"));
    }

    @Test
    void etcdsRawAuthErrorsOnTheStreamAreClassified() {
        assertThat(ErrorMapper.authStoreError(StatusCode.UNKNOWN, "auth: invalid auth token"))
                .isEqualTo(ErrorCode.INVALID_AUTH_TOKEN);
        assertThat(ErrorMapper.authStoreError(StatusCode.UNKNOWN, "auth: user name is empty")).isEqualTo(ErrorCode.USER_EMPTY);
        assertThat(ErrorMapper.authStoreError(StatusCode.UNKNOWN, "auth: permission denied"))
                .isEqualTo(ErrorCode.PERMISSION_DENIED);
        assertThat(ErrorMapper.authStoreError(StatusCode.UNKNOWN, "auth: revision in header is old"))
                .isEqualTo(ErrorCode.AUTH_OLD_REVISION);
        assertThat(ErrorMapper.authStoreError(StatusCode.UNKNOWN, "auth: something new")).isNull();
        assertThat(ErrorMapper.authStoreError(StatusCode.UNAVAILABLE, "auth: permission denied")).isNull();
        assertThat(ErrorMapper.authStoreError(StatusCode.UNKNOWN, null)).isNull();
    }

    @Test
    void errorAfterDataIsNotRetried() throws Exception {
        Script script = new Script();
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toFile(dir.resolve("x.db")), MetadataProvider.NONE);
        StreamListener<SnapshotResponse> l = script.awaitOpen(1);
        l.onMessage(SnapshotResponse.newBuilder().setBlob(ByteString.copyFrom(db(100))).setRemainingBytes(100).build());
        l.onClose(StatusCode.UNAVAILABLE, "connection reset", null);
        Throwable e = failure(f);
        assertThat(((EtcdException) e).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(e).hasMessageContaining("cut short after 100 bytes");
        assertThat(script.listeners).hasSize(1);
        assertThat(files()).isEmpty();
    }

    @Test
    void throwingProgressListenerDoesNotStopTheSnapshot() throws Exception {
        Script script = new Script();
        Path file = dir.resolve("p.db");
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<SnapshotInfo> f = new SnapshotTransfer("http://127.0.0.1:2379", script, MetadataProvider.NONE,
                SnapshotSink.toFile(file), (received, remaining) -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("listener bug");
                }, null).start();
        byte[] db = db(10_000);
        play(script.awaitOpen(1), db, sha(db), 4096);
        assertThat(f.get(5, TimeUnit.SECONDS).dbSize()).isEqualTo(10_000);
        assertThat(calls.get()).isEqualTo(4); // three chunks and the checksum
        assertThat(files()).containsExactly(file);
    }

    @Test
    void failedRenameFailsTypedAndLeavesNoTemporaryFile() throws Exception {
        Script script = new Script();
        Path file = dir.resolve("taken.db");
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toFile(file), MetadataProvider.NONE);
        // the target becomes a directory with something in it while the snapshot runs
        Files.createDirectory(file);
        Files.writeString(file.resolve("inside"), "x");
        byte[] db = db(1000);
        play(script.awaitOpen(1), db, sha(db), 4096);
        assertThat(failure(f)).isExactlyInstanceOf(InternalException.class).hasMessageContaining("cannot save the snapshot");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void failingStreamSinkFailsTypedAndCancelsTheStream() throws Exception {
        Script script = new Script();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        CompletableFuture<SnapshotInfo> f = start(script, SnapshotSink.toStream(broken), MetadataProvider.NONE);
        StreamListener<SnapshotResponse> l = script.awaitOpen(1);
        l.onMessage(SnapshotResponse.newBuilder().setBlob(ByteString.copyFrom(db(100))).setRemainingBytes(100).build());
        assertThat(failure(f)).isInstanceOf(InternalException.class).hasMessageContaining("disk full");
        assertThat(script.cancels.get()).isEqualTo(1);
    }
}
