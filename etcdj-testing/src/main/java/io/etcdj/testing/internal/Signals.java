package io.etcdj.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Sends POSIX signals with the {@code kill} command (Java has no SIGSTOP/SIGCONT). Not API. */
public final class Signals {

    private Signals() {}

    /**
     * Sends a signal and waits for {@code kill} to finish (at most 10 seconds).
     *
     * @param pid the process id
     * @param signal a signal name without the SIG prefix, such as {@code STOP} or {@code CONT}
     * @throws IllegalStateException if {@code kill} fails, for example because the process is gone
     * @throws UncheckedIOException if {@code kill} cannot be run
     */
    public static void send(long pid, String signal) {
        if (!signal.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("bad signal name: " + signal);
        }
        // sh's built-in kill works even where no kill executable is installed
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "kill -s " + signal + " " + pid)
                .redirectErrorStream(true);
        boolean interrupted = false;
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).trim();
            while (true) {
                try {
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        throw new IllegalStateException("kill -s " + signal + " " + pid + " hung");
                    }
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kill -s " + signal + " " + pid
                        + " failed with exit code " + process.exitValue() + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -s " + signal + " " + pid, e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
