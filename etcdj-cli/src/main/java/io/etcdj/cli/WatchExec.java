package io.etcdj.cli;

import io.etcdj.cli.internal.GoText;
import io.etcdj.cli.internal.Out;
import io.etcdj.watch.WatchEvent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The command after {@code --} of {@code watch}, run once per event as etcdctl 3.4 runs it: with
 * the watcher's environment plus {@code ETCD_WATCH_REVISION} (the response header's revision),
 * and {@code ETCD_WATCH_EVENT_TYPE}, {@code ETCD_WATCH_KEY} and {@code ETCD_WATCH_VALUE} written
 * as Go's {@code %q} writes them (with their double quotes); no standard input; its standard
 * output and error copied to the watcher's, in full, before the next event.
 */
final class WatchExec {
    private final List<String> command;
    private final Map<String, String> env;
    private final Out out;
    private final Out err;

    /**
     * @param command the command and its arguments; not empty
     * @param env the watcher's environment
     * @param out where the command's standard output goes
     * @param err where the command's standard error goes
     */
    WatchExec(List<String> command, Map<String, String> env, Out out, Out err) {
        this.command = List.copyOf(command);
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command for one event and waits for it.
     *
     * @param revision the revision of the response the event came in
     * @param e the event
     * @return null when it ran and exited 0, otherwise etcdctl's words for the failure, such as
     *     {@code exit status 1}
     */
    String run(long revision, WatchEvent e) {
        String name = command.get(0);
        if (!name.contains("/") && !onPath(name)) {
            return "exec: " + GoText.quote(name) + ": executable file not found in $PATH";
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("ETCD_WATCH_REVISION", Long.toString(revision));
        pb.environment().put("ETCD_WATCH_EVENT_TYPE", GoText.quote(e.type().name()));
        pb.environment().put("ETCD_WATCH_KEY", GoText.quote(e.keyValue().key()));
        pb.environment().put("ETCD_WATCH_VALUE", GoText.quote(e.keyValue().value()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException ex) {
            return "fork/exec " + name + ": " + reason(ex);
        }
        CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        byte[] stdout = drain(p.getInputStream());
        out.write(stdout);
        out.flush();
        err.write(stderr.join());
        err.flush();
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException ex) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return "signal: killed";
        }
        return code == 0 ? null : "exit status " + code;
    }

    /** etcdctl's {@code %q} of the command and its arguments: {@code ["echo" "hi"]}. */
    String quoted() {
        List<String> words = new ArrayList<>();
        for (String w : command) {
            words.add(GoText.quote(w));
        }
        return "[" + String.join(" ", words) + "]";
    }

    private boolean onPath(String name) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(":", -1)) {
            File f = new File(dir.isEmpty() ? "." : dir, name);
            if (f.isFile() && f.canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static String reason(IOException ex) {
        String m = String.valueOf(ex.getMessage());
        int i = m.indexOf(", ");
        return i >= 0 ? m.substring(i + 2).toLowerCase(java.util.Locale.ROOT) : m;
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
