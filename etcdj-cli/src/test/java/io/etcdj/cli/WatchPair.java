package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One {@code watch} command line run by etcdctl (a process) and by etcdj (in-process, on a thread
 * of its own, stopped by interrupting it) side by side, with standard input written to both, so
 * that a test can make writes while both watch and then compare what they printed.
 */
final class WatchPair {
    private final List<String> args;
    private final Process etcdctl;
    private final CompletableFuture<byte[]> ctlOut;
    private final CompletableFuture<byte[]> ctlErr;
    private final OutputStream ctlIn;
    private final Thread etcdjThread;
    private final PipedOutputStream etcdjIn;
    private final ByteArrayOutputStream etcdjOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream etcdjErr = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> etcdjCode = new CompletableFuture<>();

    private WatchPair(List<String> args, Map<String, String> extraEnv) throws IOException {
        this.args = args;
        List<String> command = new ArrayList<>();
        command.add(Runner.ETCDCTL.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(Runner.env(extraEnv));
        etcdctl = pb.start();
        ctlOut = drain(etcdctl.getInputStream());
        ctlErr = drain(etcdctl.getErrorStream());
        ctlIn = etcdctl.getOutputStream();
        etcdjIn = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(etcdjIn, 1 << 16);
        Map<String, String> env = Runner.env(extraEnv);
        etcdjThread = new Thread(() -> {
            try {
                etcdjCode.complete(Main.run(Runner.etcdjArgs(args).toArray(new String[0]), in, etcdjOut, etcdjErr, env));
            } catch (Throwable t) {
                etcdjCode.completeExceptionally(t);
            }
        }, "etcdj " + args);
        etcdjThread.start();
    }

    /** Starts both. */
    static WatchPair start(List<String> args, Map<String, String> extraEnv) {
        try {
            return new WatchPair(args, extraEnv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text to both standard inputs. */
    void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            ctlIn.write(bytes);
            ctlIn.flush();
            etcdjIn.write(bytes);
            etcdjIn.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes both standard inputs. */
    void closeInput() {
        try {
            ctlIn.close();
            etcdjIn.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** etcdctl's standard output so far, as Latin-1 so that every byte compares. */
    String etcdctlOut() {
        return latin1(ctlOut.getNow(null));
    }

    /**
     * Waits until etcdj has printed as much as etcdctl and neither has printed anything for a
     * while (or 3 s have passed), for a watch that keeps running.
     */
    void settle(int minimumBytes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        int last = -1;
        int stable = 0;
        while (System.nanoTime() < deadline) {
            int size = etcdjOut.size();
            if (size >= minimumBytes && size == last) {
                stable++;
                if (stable >= 3) {
                    return;
                }
            } else {
                stable = 0;
            }
            last = size;
            Thread.sleep(100);
        }
    }

    /** Stops a watch that runs until interrupted: etcdctl is sent SIGTERM, etcdj's thread is interrupted. */
    Result stop() throws Exception {
        etcdctl.destroy();
        etcdjThread.interrupt();
        return collect();
    }

    /** Waits for a watch that ends by itself (an error, the end of interactive input). */
    Result await() throws Exception {
        return collect();
    }

    private Result collect() throws Exception {
        if (!etcdctl.waitFor(20, TimeUnit.SECONDS)) {
            etcdctl.destroyForcibly();
            etcdjThread.interrupt();
            throw new AssertionError("etcdctl " + args + " did not end");
        }
        int code = etcdjCode.get(20, TimeUnit.SECONDS);
        CliResult ctl = new CliResult(etcdctl.exitValue(), ctlOut.get(5, TimeUnit.SECONDS), ctlErr.get(5, TimeUnit.SECONDS));
        CliResult j = new CliResult(code, etcdjOut.toByteArray(), etcdjErr.toByteArray());
        return new Result(args, ctl, j);
    }

    private static String latin1(byte[] b) {
        return b == null ? "" : new String(b, StandardCharsets.ISO_8859_1);
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return CompletableFuture.supplyAsync(() -> {
            byte[] buf = new byte[4096];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    sink.write(buf, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sink.toByteArray();
        });
    }

    /** What both printed. */
    record Result(List<String> args, CliResult etcdctl, CliResult etcdj) {
        private String what() {
            return "watch " + args + "\nexpected (etcdctl):\n" + etcdctl + "\nactual (etcdj):\n" + etcdj;
        }

        /** Same standard output byte for byte and same standard error; returns etcdj's output. */
        String assertSameOutput() {
            assertThat(etcdj.out()).as("stdout of " + what()).isEqualTo(etcdctl.out());
            assertThat(etcdj.errNormalised()).as("stderr of " + what()).isEqualTo(etcdctl.errNormalised());
            return etcdj.out();
        }

        /** Same output and the same exit code, for a watch that ended by itself. */
        String assertSame() {
            String out = assertSameOutput();
            assertThat(etcdj.exitCode()).as("exit code of " + what()).isEqualTo(etcdctl.exitCode());
            return out;
        }

        /**
         * Same standard error and exit code, and the same standard output lines in any order: for
         * several watches of one interactive etcdctl, each printing from a goroutine of its own,
         * whose interleaving differs from run to run.
         */
        void assertSameLinesAnyOrder() {
            assertThat(sortedLines(etcdj.out())).as("stdout lines of " + what()).isEqualTo(sortedLines(etcdctl.out()));
            assertThat(etcdj.errNormalised()).as("stderr of " + what()).isEqualTo(etcdctl.errNormalised());
            assertThat(etcdj.exitCode()).as("exit code of " + what()).isEqualTo(etcdctl.exitCode());
        }

        private static List<String> sortedLines(String s) {
            List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
            lines.sort(null);
            return lines;
        }

        @Override
        public String toString() {
            return what();
        }
    }
}
