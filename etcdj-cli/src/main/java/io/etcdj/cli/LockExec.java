package io.etcdj.cli;

import io.etcdj.cli.internal.GoText;
import io.etcdj.cli.internal.Out;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command {@code lock} runs while it holds the lock, run as etcdctl 3.4 runs it: the caller's
 * environment plus {@code ETCD_LOCK_KEY} and {@code ETCD_LOCK_REV} (where the caller's environment
 * already has one of them, the caller's value wins, as Go's {@code os/exec} keeps the last of two
 * values), no standard input, its standard output and error copied to the command line's as they
 * are written. Signals do not stop it: etcdctl waits for its command whatever happens.
 */
final class LockExec {
    private final List<String> command;
    private final Map<String, String> env;

    /**
     * @param command the command and its arguments; not empty
     * @param env the caller's environment
     */
    LockExec(List<String> command, Map<String, String> env) {
        this.command = List.copyOf(command);
        this.env = env;
    }

    /**
     * Runs the command and waits for it.
     *
     * @param key the lock key, for {@code ETCD_LOCK_KEY}
     * @param revision the revision at which the lock was acquired, for {@code ETCD_LOCK_REV}
     * @param out where its standard output goes
     * @param err where its standard error goes
     * @return null when it exited 0, otherwise Go's words for the failure, such as {@code exit status 3}
     */
    String run(String key, long revision, Out out, Out err) {
        String name = command.get(0);
        if (!name.contains("/") && !onPath(name)) {
            return "exec: " + GoText.quote(name) + ": executable file not found in $PATH";
        }
        Map<String, String> childEnv = new HashMap<>();
        childEnv.put("ETCD_LOCK_KEY", key);
        childEnv.put("ETCD_LOCK_REV", Long.toString(revision));
        childEnv.putAll(env);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(childEnv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return "fork/exec " + name + ": " + reason(e);
        }
        Thread errPump = pump(p.getErrorStream(), err, "etcdj-lock-stderr");
        Thread outPump = pump(p.getInputStream(), out, "etcdj-lock-stdout");
        int code = waitUninterruptibly(p);
        joinUninterruptibly(outPump);
        joinUninterruptibly(errPump);
        return code == 0 ? null : "exit status " + code;
    }

    private static int waitUninterruptibly(Process p) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return p.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread pump(InputStream in, Out to, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    byte[] chunk = java.util.Arrays.copyOf(buf, n);
                    synchronized (to) {
                        to.write(chunk);
                        to.flush();
                    }
                }
            } catch (IOException | java.io.UncheckedIOException ignored) {
                // the command closed its end, or the command line's stream failed
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private boolean onPath(String name) {
        for (String dir : env.getOrDefault("PATH", "").split(":", -1)) {
            File f = new File(dir.isEmpty() ? "." : dir, name);
            if (f.isFile() && f.canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static String reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf(", ");
        return i >= 0 ? m.substring(i + 2).toLowerCase(Locale.ROOT) : m;
    }
}
