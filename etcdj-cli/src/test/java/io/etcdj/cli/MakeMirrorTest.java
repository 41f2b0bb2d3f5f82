package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.Op;
import io.etcdj.kv.Txn;
import io.etcdj.testing.EtcdCluster;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code make-mirror}: copies a prefix to a second cluster, then follows the source's changes. */
class MakeMirrorTest {
    static EtcdCluster source;
    static EtcdCluster dest;
    static EtcdClient src;
    static EtcdClient dst;

    @BeforeAll
    static void start() {
        source = EtcdCluster.builder().namePrefix("mmsrc").start();
        dest = EtcdCluster.builder().namePrefix("mmdst").start();
        src = EtcdClient.builder().endpoints(source.clientEndpoints().get(0)).build();
        dst = EtcdClient.builder().endpoints(dest.clientEndpoints().get(0)).build();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {src, dst, source, dest}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    @Test
    void argumentErrorsAsEtcdctl() {
        Runner.assumeEtcdctl();
        String ep = source.clientEndpoints().get(0);
        for (List<String> args : List.of(
                List.of("--endpoints", ep, "make-mirror"),
                List.of("--endpoints", ep, "make-mirror", "a", "b"))) {
            CliResult want = Runner.etcdctl(args, new byte[0], Map.of());
            CliResult got = Runner.etcdj(args, new byte[0], Map.of());
            assertThat(got.exitCode()).isEqualTo(want.exitCode()).isEqualTo(128);
            assertThat(got.out()).isEqualTo(want.out());
            assertThat(new String(got.stderr(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(want.stderr(), StandardCharsets.UTF_8))
                    .isEqualTo("Error: make-mirror takes one destination argument\n");
        }
        List<String> both = List.of("--endpoints", ep, "make-mirror", "--dest-prefix", "x", "--no-dest-prefix",
                dest.clientEndpoints().get(0));
        CliResult want = Runner.etcdctl(both, new byte[0], Map.of());
        CliResult got = Runner.etcdj(both, new byte[0], Map.of());
        assertThat(got.exitCode()).isEqualTo(want.exitCode()).isEqualTo(128);
        assertThat(got.out()).isEqualTo(want.out()).isEmpty();
        assertThat(new String(got.stderr(), StandardCharsets.UTF_8))
                .isEqualTo(new String(want.stderr(), StandardCharsets.UTF_8))
                .isEqualTo("Error: `--dest-prefix` and `--no-dest-prefix` cannot be set at the same time, choose one\n");
    }

    @Test
    void renamerReplacesThePrefix() {
        MakeMirrorCommand.Renamer r = new MakeMirrorCommand.Renamer("a/", "b/c/");
        assertThat(new String(r.rename("a/x".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("b/c/x");
        MakeMirrorCommand.Renamer root = new MakeMirrorCommand.Renamer("a/", "");
        assertThat(new String(root.rename("a/x".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("x");
        MakeMirrorCommand.Renamer all = new MakeMirrorCommand.Renamer("", "m/");
        assertThat(new String(all.rename("k".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("m/k");
    }

    @Test
    void copiesThenFollowsAndSigtermEndsIt() throws Exception {
        src.kv().put("src/a", "1");
        src.kv().put("src/b", "2");
        src.kv().put("other", "x");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(Runner.etcdjArgs(List.of("--endpoints", source.clientEndpoints().get(0), "make-mirror",
                "--prefix", "src/", "--dest-prefix", "dst/", dest.clientEndpoints().get(0))));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(Runner.env(Map.of()));
        pb.redirectErrorStream(true);
        pb.redirectOutput(File.createTempFile("make-mirror", ".out"));
        Process p = pb.start();
        try {
            await(() -> value("dst/a").equals("1") && value("dst/b").equals("2"));
            assertThat(dst.kv().get("other").isEmpty()).isTrue();
            src.kv().put("src/c", "3");
            src.kv().delete("src/a");
            src.kv().txn(Txn.builder().then(Op.put("src/d", "4"), Op.put("src/b", "22")).build());
            src.kv().put("elsewhere", "y");
            await(() -> value("dst/c").equals("3") && value("dst/a").isEmpty()
                    && value("dst/d").equals("4") && value("dst/b").equals("22"));
            assertThat(dst.kv().get("elsewhere").isEmpty()).isTrue();
            assertThat(p.isAlive()).isTrue();
        } finally {
            p.destroy(); // SIGTERM
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143); // as etcdctl, killed by the signal
        assertThat(dst.kv().get("dst/", GetOptions.builder().prefix().build()).size()).isEqualTo(3);
    }

    private static String value(String key) {
        Optional<io.etcdj.KeyValue> kv = dst.kv().get(key).first();
        return kv.map(io.etcdj.KeyValue::valueAsString).orElse("");
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 20 s").isNegative();
            Thread.sleep(100);
        }
    }
}
