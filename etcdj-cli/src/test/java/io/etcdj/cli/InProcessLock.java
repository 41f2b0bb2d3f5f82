package io.etcdj.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One etcdj command line run in-process on a thread of its own, stopped by interrupting that thread. */
final class InProcessLock {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> code = new CompletableFuture<>();
    private final Thread thread;

    InProcessLock(List<String> args) {
        Map<String, String> env = Runner.env(Map.of());
        thread = new Thread(() -> {
            try {
                code.complete(Main.run(Runner.etcdjArgs(args).toArray(new String[0]), new ByteArrayInputStream(new byte[0]), out, err, env));
            } catch (Throwable t) {
                code.completeExceptionally(t);
            }
        }, "etcdj " + args);
        thread.start();
    }

    /** @return standard output so far */
    String out() {
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Interrupts the command (as a signal would stop it) and waits for it. */
    CliResult stop() throws Exception {
        thread.interrupt();
        return await();
    }

    /** Waits for the command to end, at most 20 s. */
    CliResult await() throws Exception {
        int c = code.get(20, TimeUnit.SECONDS);
        return new CliResult(c, out.toByteArray(), err.toByteArray());
    }
}
