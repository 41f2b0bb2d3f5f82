package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs command lines with etcdj's {@link Main} in-process and with the real etcdctl, and compares them.
 * The system property {@code etcdj.cli.transport} ({@code grpc} by default) chooses etcdj's
 * transport: any other value is put before every etcdj command line as {@code --transport=VALUE}
 * (etcdctl's command lines are left as they are), so that one set of tests covers both transports.
 */
final class Runner {
    static final Path ETCDCTL = Path.of("/usr/bin/etcdctl");
    /** etcdj's transport in this test run: the {@code --transport} value, {@code grpc} by default. */
    static final String TRANSPORT = System.getProperty("etcdj.cli.transport", "grpc");

    private Runner() {
    }

    /**
     * @param args an etcdj command line
     * @return the command line etcdj runs in this test run: {@code --transport=VALUE} first unless
     *     the transport is gRPC, etcdj's default (so that the default stays tested)
     */
    static List<String> etcdjArgs(List<String> args) {
        if (TRANSPORT.equals("grpc")) {
            return args;
        }
        List<String> all = new ArrayList<>(args.size() + 1);
        all.add("--transport=" + TRANSPORT);
        all.addAll(args);
        return all;
    }

    /**
     * The environment both tools get: the test JVM's, without any ETCDCTL_* variable, with
     * ETCDCTL_API=3, plus the extras.
     */
    static Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("ETCDCTL_")) {
                env.put(k, v);
            }
        });
        env.put("ETCDCTL_API", "3");
        env.putAll(extra);
        return env;
    }

    static CliResult etcdj(List<String> args, byte[] stdin, Map<String, String> extraEnv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(etcdjArgs(args).toArray(new String[0]), new ByteArrayInputStream(stdin), out, err,
                env(extraEnv));
        return new CliResult(code, out.toByteArray(), err.toByteArray());
    }

    /**
     * Runs etcdj in-process with exactly these arguments, whatever this run's transport, for tests
     * of one transport's behaviour.
     */
    static CliResult etcdjAsIs(List<String> args, byte[] stdin, Map<String, String> extraEnv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(stdin), out, err, env(extraEnv));
        return new CliResult(code, out.toByteArray(), err.toByteArray());
    }

    static CliResult etcdj(String... args) {
        return etcdj(List.of(args), new byte[0], Map.of());
    }

    static void assumeEtcdctl() {
        assumeTrue(Files.isExecutable(ETCDCTL),
                "etcdctl is not installed at " + ETCDCTL + "; the comparisons with etcdctl are skipped");
    }

    static CliResult etcdctl(List<String> args, byte[] stdin, Map<String, String> extraEnv) {
        List<String> command = new ArrayList<>();
        command.add(ETCDCTL.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(env(extraEnv));
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException closedEarly) {
                // etcdctl may exit before reading its input
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("etcdctl " + args + " did not finish in 60 s");
            }
            return new CliResult(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs the same command line with etcdctl and with etcdj and asserts the same exit code, the
     * same stdout byte for byte and the same stderr (normalised, see {@link CliResult#errNormalised()}).
     *
     * @return etcdj's result
     */
    static CliResult assertSame(List<String> args, byte[] stdin, Map<String, String> extraEnv) {
        return assertSame(args, args, stdin, extraEnv, UnaryOperator.identity(), true);
    }

    /**
     * Runs etcdctl with {@code etcdctlArgs} and etcdj with {@code etcdjArgs} (the same command for
     * another server) and compares them after applying {@code normalise} to each stdout.
     */
    static CliResult assertSame(List<String> etcdctlArgs, List<String> etcdjArgs, byte[] stdin,
            Map<String, String> extraEnv, UnaryOperator<String> normalise, boolean compareStdout) {
        CliResult expected = etcdctl(etcdctlArgs, stdin, extraEnv);
        CliResult actual = etcdj(etcdjArgs, stdin, extraEnv);
        String what = "etcdj " + etcdjArgs + "\nexpected (etcdctl):\n" + expected + "\nactual (etcdj):\n" + actual;
        assertThat(actual.errNormalised()).as("stderr of " + what).isEqualTo(expected.errNormalised());
        if (compareStdout) {
            assertThat(normalise.apply(actual.out())).as("stdout of " + what)
                    .isEqualTo(normalise.apply(expected.out()));
        }
        assertThat(actual.exitCode()).as("exit code of " + what).isEqualTo(expected.exitCode());
        return actual;
    }
}
