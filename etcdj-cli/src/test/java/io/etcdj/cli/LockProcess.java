package io.etcdj.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A command line run as a separate process, etcdctl or etcdj (a JVM on the test's class path running
 * {@link Main}), whose output can be read while it runs and which can be sent SIGTERM.
 */
final class LockProcess {
    private final Process process;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Void> outDone;
    private final CompletableFuture<Void> errDone;

    private LockProcess(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(Runner.env(java.util.Map.of()));
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outDone = copy(process.getInputStream(), out);
        errDone = copy(process.getErrorStream(), err);
    }

    static LockProcess etcdctl(List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(Runner.ETCDCTL.toString());
        c.addAll(args);
        return new LockProcess(c);
    }

    static LockProcess etcdj(List<String> args) {
        List<String> c = new ArrayList<>();
        c.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(Main.class.getName());
        c.addAll(Runner.etcdjArgs(args));
        return new LockProcess(c);
    }

    /** @return standard output so far */
    String out() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** Sends SIGTERM and waits for the end (through its handle: {@code Process.destroy} would also close the output streams). */
    CliResult terminate() throws Exception {
        process.toHandle().destroy();
        return await();
    }

    /** Waits for the end, at most 20 s. */
    CliResult await() throws Exception {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not end: " + process.info());
        }
        outDone.get(5, TimeUnit.SECONDS);
        errDone.get(5, TimeUnit.SECONDS);
        synchronized (out) {
            return new CliResult(process.exitValue(), out.toByteArray(), err.toByteArray());
        }
    }

    private static CompletableFuture<Void> copy(InputStream in, ByteArrayOutputStream sink) {
        return CompletableFuture.runAsync(() -> {
            byte[] buf = new byte[4096];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, r -> {
            Thread t = new Thread(r, "lock-process-output");
            t.setDaemon(true);
            t.start();
        });
    }
}
