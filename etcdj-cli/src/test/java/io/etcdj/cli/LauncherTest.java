package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/etcdj}: finds the jar next to its real location, and says how to build it when missing. */
class LauncherTest {
    static final Path SCRIPT = Path.of("..", "bin", "etcdj").toAbsolutePath().normalize();

    @Test
    void missingJarSaysHowToBuildItEvenThroughASymlink(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("checkout");
        Files.createDirectories(root.resolve("bin"));
        Path copy = Files.copy(SCRIPT, root.resolve("bin/etcdj"));
        copy.toFile().setExecutable(true);
        Path links = Files.createDirectories(tmp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(links.resolve("etcdj"), copy);

        Process p = new ProcessBuilder(link.toString(), "version").start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err).contains(root.toRealPath().resolve("etcdj-cli/target/etcdj-cli.jar").toString())
                .contains("mvn -B -DskipTests install");
    }
}
