package io.etcdj.testing;

import io.etcdj.testing.internal.EtcdCommandLine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs etcdctl (v3 API) against a cluster, as a child process with a timeout. */
final class Etcdctl {

    /** Where Debian's etcd-client package installs etcdctl. */
    static final Path DEBIAN_PATH = Path.of("/usr/bin/etcdctl");

    /** The exit code and the combined stdout and stderr of one run. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private final Path binary;
    private final List<String> globalArgs;
    private final Path workDir;

    /**
     * @param binary the etcdctl executable
     * @param globalArgs flags put before every command (endpoints, TLS)
     * @param workDir where the output of each run is collected
     */
    Etcdctl(Path binary, List<String> globalArgs, Path workDir) {
        this.binary = binary;
        this.globalArgs = List.copyOf(globalArgs);
        this.workDir = workDir;
    }

    /**
     * Finds etcdctl: {@code explicit} if given, else next to the etcd executable, on
     * {@code PATH}, then {@code /usr/bin/etcdctl}.
     *
     * @throws EtcdLaunchException if it is not found, saying how to install it
     */
    static Path locate(Path explicit, Path etcdBinary) {
        if (explicit != null) {
            if (!isExecutable(explicit)) {
                throw new EtcdLaunchException("the configured etcdctl " + explicit
                        + " is not an executable file");
            }
            return explicit;
        }
        List<Path> candidates = new ArrayList<>();
        Path etcdDir = etcdBinary == null ? null : etcdBinary.toAbsolutePath().getParent();
        if (etcdDir != null) {
            candidates.add(etcdDir.resolve("etcdctl"));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                try {
                    if (!dir.isEmpty()) {
                        candidates.add(Path.of(dir, "etcdctl"));
                    }
                } catch (InvalidPathException ignored) {
                    // a malformed PATH entry cannot hold etcdctl
                }
            }
        }
        candidates.add(DEBIAN_PATH);
        for (Path candidate : candidates) {
            if (isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new EtcdLaunchException("etcdctl not found (needed to set up auth); looked next to"
                + " etcd, on PATH and at " + DEBIAN_PATH + ". To fix: install it with"
                + " `apt-get install etcd-client` (or run bin/setup-etcd), or name it with"
                + " EtcdCluster.Builder.etcdctlBinary(path).");
    }

    /**
     * Runs {@code etcdctl <global flags> <args>} with ETCDCTL_API=3 and no other ETCD_ or
     * ETCDCTL_ variables.
     *
     * @throws EtcdLaunchException if it cannot be started, does not finish in time (it is then
     *     killed), or on interrupt (flag restored)
     */
    Result run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(globalArgs);
        command.addAll(Arrays.asList(args));
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile(workDir, "etcdctl-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            EtcdCommandLine.scrubEnvironment(builder.environment());
            builder.environment().put("ETCDCTL_API", "3");
            process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new EtcdLaunchException("etcdctl " + String.join(" ", args)
                        + " did not finish within " + timeout.toMillis() + " ms; output: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(),
                    Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EtcdLaunchException("cannot run " + binary + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            Thread.currentThread().interrupt();
            throw new EtcdLaunchException("interrupted while running etcdctl", e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // inside the cluster directory: deleted with it
                }
            }
        }
    }

    private static boolean isExecutable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
