package io.etcdj.cli.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.etcdj.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** Runs v2 command lines (ETCDCTL_API=2) with etcdj's Main in-process and with the real etcdctl. */
final class V2Runner {
    static final Path ETCDCTL = Path.of("/usr/bin/etcdctl");

    private V2Runner() {
    }

    static void assumeEtcdctl() {
        assumeTrue(Files.isExecutable(ETCDCTL), "etcdctl is not installed at " + ETCDCTL);
    }

    /** The test JVM's environment without ETCDCTL_* variables, with ETCDCTL_API=2. */
    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("ETCDCTL_")) {
                env.put(k, v);
            }
        });
        env.put("ETCDCTL_API", "2");
        return env;
    }

    static V2Run etcdj(List<String> args, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, err, env());
        return new V2Run(code, out.toByteArray(), err.toByteArray());
    }

    static Process start(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ETCDCTL.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(env());
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static V2Run etcdctl(List<String> args, String stdin) {
        Process p = start(args);
        try {
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // etcdctl may exit before reading its input
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("etcdctl " + args + " did not finish in 60 s");
            }
            return new V2Run(p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs etcdctl with {@code ctlArgs} and etcdj with {@code jArgs}, and asserts the same exit
     * code, stdout and stderr after {@code normalise}.
     *
     * @return etcdj's result
     */
    static V2Run assertSame(List<String> ctlArgs, List<String> jArgs, String stdin, UnaryOperator<String> normalise,
            boolean compareStdout) {
        V2Run expected = etcdctl(ctlArgs, stdin);
        V2Run actual = etcdj(jArgs, stdin);
        String what = "etcdj " + jArgs + "\nexpected (etcdctl " + ctlArgs + "):\n" + expected + "\nactual (etcdj):\n"
                + actual;
        assertThat(normalise.apply(actual.err())).as("stderr of " + what).isEqualTo(normalise.apply(expected.err()));
        if (compareStdout) {
            assertThat(normalise.apply(actual.out())).as("stdout of " + what)
                    .isEqualTo(normalise.apply(expected.out()));
        }
        assertThat(actual.exitCode()).as("exit code of " + what).isEqualTo(expected.exitCode());
        return actual;
    }
}
