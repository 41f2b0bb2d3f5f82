package io.etcdj.maintenance;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.kv.GetOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots of the run-wide etcd: a snapshot restores with etcdctl into an etcd that holds the
 * data, its progress adds up, and bad targets, endpoints and cancels leave no file behind.
 */
class SnapshotTest extends SharedEtcd {
    private static final Path ETCDCTL = Path.of("/usr/bin/etcdctl");
    private static final Path ETCD_BIN = Path.of("/usr/bin/etcd");
    private static final int KEYS = 3000;

    @TempDir
    Path dir;

    private static String endpoint() {
        return ETCD.endpoints().get(0);
    }

    /** Files in the test's directory. */
    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private void load(int count) {
        List<CompletableFuture<?>> puts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            puts.add(etcd.async().kv().put(p + String.format("k%05d", i), "value-" + i));
            if (puts.size() == 200) {
                CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
                puts.clear();
            }
        }
        CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
    }

    @Test
    void snapshotRestoresWithEtcdctlIntoAnEtcdThatHoldsTheData() throws Exception {
        load(KEYS);
        Path file = dir.resolve("backup.db");
        List<long[]> progress = new CopyOnWriteArrayList<>();
        SnapshotInfo info = etcd.maintenance().snapshot(file, SnapshotOptions.builder()
                .endpoint(endpoint())
                .progress((received, remaining) -> progress.add(new long[] {received, remaining}))
                .build());

        assertThat(files()).containsExactly(file); // no temporary file left
        byte[] bytes = Files.readAllBytes(file);
        assertThat(info.file()).contains(file.toAbsolutePath());
        assertThat(info.totalSize()).isEqualTo(bytes.length);
        assertThat(info.dbSize()).isEqualTo(bytes.length - 32);
        assertThat(bytes.length % 512).isEqualTo(32); // what etcdctl looks for to find the checksum
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(bytes, bytes.length - 32));
        assertThat(info.sha256()).isEqualTo(sha).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length));
        assertThat(info.endpoint()).isEqualTo(endpoint().startsWith("http") ? endpoint() : "http://" + endpoint());
        assertProgress(progress, bytes.length);

        // restore with etcdctl (which checks the checksum) and start an etcd on the result
        Path restored = dir.resolve("restored.etcd");
        int peer = freePort();
        int client = freePort();
        String peerUrl = "http://127.0.0.1:" + peer;
        String clientUrl = "http://127.0.0.1:" + client;
        Process restore = new ProcessBuilder(ETCDCTL.toString(), "snapshot", "restore", file.toString(),
                "--data-dir", restored.toString(), "--name", "restored",
                "--initial-cluster", "restored=" + peerUrl, "--initial-advertise-peer-urls", peerUrl)
                .redirectErrorStream(true).redirectOutput(dir.resolve("restore.log").toFile()).start();
        restore.getOutputStream().close();
        assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(Files.readString(dir.resolve("restore.log"))).isZero();

        Process server = new ProcessBuilder(ETCD_BIN.toString(), "--name", "restored", "--data-dir", restored.toString(),
                "--listen-client-urls", clientUrl, "--advertise-client-urls", clientUrl,
                "--listen-peer-urls", peerUrl, "--initial-advertise-peer-urls", peerUrl,
                "--initial-cluster", "restored=" + peerUrl)
                .redirectErrorStream(true).redirectOutput(dir.resolve("etcd.log").toFile()).start();
        try (EtcdClient copy = TestClients.builder().endpoints(clientUrl).build()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try {
                    copy.maintenance().status(clientUrl);
                    break;
                } catch (EtcdException notYet) {
                    if (System.nanoTime() > deadline || !server.isAlive()) {
                        throw new AssertionError("the restored etcd did not start:\n"
                                + Files.readString(dir.resolve("etcd.log")), notYet);
                    }
                    Thread.sleep(200);
                }
            }
            assertThat(copy.kv().get(p, GetOptions.builder().prefix().countOnly().build()).count()).isEqualTo(KEYS);
            assertThat(copy.kv().get(p + "k01234").get(0).valueAsString()).isEqualTo("value-1234");
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Progress grows, adds up to the whole stream in every call, and ends at it. */
    static void assertProgress(List<long[]> progress, long total) {
        assertThat(progress).isNotEmpty();
        long last = 0;
        for (long[] p : progress) {
            assertThat(p[0]).isGreaterThan(last);
            assertThat(p[0] + p[1]).isEqualTo(total);
            last = p[0];
        }
        assertThat(progress.get(progress.size() - 1)).containsExactly(total, 0);
    }

    @Test
    void streamVariantWritesTheDatabaseAndItsChecksum() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotInfo info = etcd.async().maintenance().snapshot(out, SnapshotOptions.DEFAULT).get(30, TimeUnit.SECONDS);
        byte[] bytes = out.toByteArray();
        assertThat(info.file()).isEmpty();
        assertThat(bytes.length).isEqualTo(info.totalSize());
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length)).isEqualTo(info.sha256());
        assertThat(MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(bytes, bytes.length - 32)))
                .isEqualTo(info.sha256());
        assertThat(info.sha256Hex()).hasSize(64);
    }

    @Test
    void snapshotReplacesAnExistingFile() throws Exception {
        Path file = dir.resolve("old.db");
        Files.writeString(file, "an older backup");
        SnapshotInfo info = etcd.maintenance().snapshot(file);
        assertThat(Files.size(file)).isEqualTo(info.totalSize());
        assertThat(files()).containsExactly(file);
    }

    @Test
    void blockingSnapshotHasNoDeadlineOfTheClient() throws Exception {
        // a client whose request timeout is far shorter than this snapshot takes
        try (EtcdClient quick = TestClients.builder().endpoints(ETCD.endpoints())
                .requestTimeout(Duration.ofMillis(100)).build()) {
            Path file = dir.resolve("slow.db");
            SnapshotInfo info = quick.maintenance().snapshot(file, SnapshotOptions.builder()
                    .progress((received, remaining) -> sleep(remaining == 0 ? 1500 : 0))
                    .build());
            assertThat(info.took()).isGreaterThan(Duration.ofMillis(1500));
            assertThat(Files.size(file)).isEqualTo(info.totalSize());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void missingDirectoryFailsBeforeAnythingIsSent() {
        Path file = dir.resolve("no-such-dir").resolve("x.db");
        assertThatThrownBy(() -> etcd.maintenance().snapshot(file))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("cannot create the snapshot file");
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void directoryAsTargetFails() throws Exception {
        assertThatThrownBy(() -> etcd.maintenance().snapshot(dir))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("is a directory");
        assertThat(files()).isEmpty();
    }

    @Test
    void unwritableDirectoryFails() throws Exception {
        // a path under a regular file: no directory can be made there, not even by root
        Path plain = Files.writeString(dir.resolve("plain"), "not a directory");
        assertThatThrownBy(() -> etcd.maintenance().snapshot(plain.resolve("x.db")))
                .isInstanceOf(InvalidArgumentException.class);
        assertThat(files()).containsExactly(plain);
    }

    @Test
    void endpointNotTheClientsFailsAndLeavesNoFile() throws Exception {
        assertThatThrownBy(() -> etcd.maintenance().snapshot(dir.resolve("x.db"),
                SnapshotOptions.builder().endpoint("http://127.0.0.1:1").build()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("not one of the client's endpoints");
        assertThat(files()).isEmpty();
        assertThatThrownBy(() -> etcd.maintenance().snapshot((Path) null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> SnapshotOptions.builder().timeout(Duration.ZERO))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void unreachableMemberFailsTypedAndLeavesNoFile() throws Exception {
        String dead = "http://127.0.0.1:" + freePort();
        try (EtcdClient c = TestClients.builder().endpoints(dead).connectTimeout(Duration.ofSeconds(1)).build()) {
            assertThatThrownBy(() -> c.maintenance().snapshot(dir.resolve("x.db")))
                    .isInstanceOf(ConnectionException.class);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> c.maintenance().snapshot(out, SnapshotOptions.DEFAULT))
                    .isInstanceOf(ConnectionException.class);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void unreachableEndpointIsPassedOverBeforeTheFirstByte() throws Exception {
        String dead = "http://127.0.0.1:" + freePort();
        String live = endpoint().startsWith("http") ? endpoint() : "http://" + endpoint();
        try (EtcdClient c = TestClients.builder().endpoints(dead, live).connectTimeout(Duration.ofSeconds(1)).build()) {
            for (int i = 0; i < 2; i++) { // the pool's pick alternates: once the dead endpoint first
                SnapshotInfo info = c.maintenance().snapshot(dir.resolve("x" + i + ".db"));
                assertThat(info.endpoint()).isEqualTo(live);
            }
            // pinned to the dead endpoint, there is no other
            assertThatThrownBy(() -> c.maintenance().snapshot(dir.resolve("y.db"),
                    SnapshotOptions.builder().endpoint(dead).build()))
                    .isInstanceOf(ConnectionException.class);
        }
        assertThat(files()).containsExactlyInAnyOrder(dir.resolve("x0.db"), dir.resolve("x1.db"));
    }

    @Test
    void cancelStopsTheSnapshotAndDeletesTheTemporaryFile() throws Exception {
        CompletableFuture<SnapshotInfo>[] f = new CompletableFuture[1];
        CompletableFuture<Void> cancelled = new CompletableFuture<>();
        Path file = dir.resolve("cancelled.db");
        synchronized (f) {
            f[0] = etcd.async().maintenance().snapshot(file, SnapshotOptions.builder()
                    .progress((received, remaining) -> {
                        synchronized (f) {
                            f[0].cancel(true);
                        }
                        cancelled.complete(null);
                    }).build());
        }
        cancelled.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> f[0].join()).isInstanceOf(CancellationException.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!files().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(files()).isEmpty();
    }

    /** The example of docs/operations.md ("Snapshots"), with this run's endpoint and directory. */
    @Test
    void operationsDocsExample() throws Exception {
        Path file = dir.resolve("backup.db");
        SnapshotInfo saved = etcd.maintenance().snapshot(file, SnapshotOptions.builder()
                .endpoint(endpoint())
                .timeout(Duration.ofMinutes(30))
                .progress((received, remaining) ->
                        System.out.printf("%d of %d bytes%n", received, received + remaining))
                .build());
        System.out.println(saved.dbSize() + " bytes, sha256 " + saved.sha256Hex() + ", took " + saved.took());

        try (java.io.OutputStream out = Files.newOutputStream(dir.resolve("other.db"))) {
            etcd.maintenance().snapshot(out, SnapshotOptions.DEFAULT);
        }
        assertThat(Files.size(dir.resolve("other.db"))).isEqualTo(Files.size(file));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
