package io.etcdj.testing;

import io.etcdj.testing.internal.EtcdCommandLine;
import io.etcdj.testing.internal.LogTail;
import io.etcdj.testing.internal.MemberProbe;
import io.etcdj.testing.internal.Signals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One etcd process of an {@link EtcdCluster}, with fault injection.
 *
 * <p>A member keeps its name, ports and data directory for its whole life, so
 * {@link #restart()} brings back the same member. The methods are thread-safe. After the
 * cluster is closed, {@link #restart()} throws {@link IllegalStateException} and the other
 * fault-injection methods do nothing.
 */
public final class EtcdMember {

    /** How many log lines exception messages include. */
    static final int LOG_TAIL_LINES = 40;
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final int index;
    private final String name;
    private final int clientPort;
    private final int peerPort;
    private final Path directory;
    private final List<String> command;
    private final Duration startTimeout;
    private final String clientScheme;
    private final MemberProbe probe;

    private Process process;
    private boolean paused;
    private boolean retired;

    EtcdMember(int index, String name, int clientPort, int peerPort, Path directory,
            List<String> command, Duration startTimeout, boolean tls, MemberProbe probe) {
        this.index = index;
        this.name = name;
        this.clientPort = clientPort;
        this.peerPort = peerPort;
        this.directory = directory;
        this.command = command;
        this.startTimeout = startTimeout;
        this.clientScheme = tls ? "https" : "http";
        this.probe = probe;
    }

    /** @return the position of this member in {@link EtcdCluster#members()}, from 0 */
    public int index() {
        return index;
    }

    /** @return the etcd member name ({@code --name}), such as {@code etcd0} */
    public String name() {
        return name;
    }

    /**
     * @return the client URL, such as {@code http://127.0.0.1:40123}, or
     *     {@code https://127.0.0.1:40123} in a TLS cluster
     */
    public String clientEndpoint() {
        return clientScheme + "://127.0.0.1:" + clientPort;
    }

    /** @return the peer URL, such as {@code http://127.0.0.1:40124}; plain HTTP even with TLS */
    public String peerEndpoint() {
        return "http://127.0.0.1:" + peerPort;
    }

    /** @return the client port on 127.0.0.1 */
    public int clientPort() {
        return clientPort;
    }

    /** @return the peer port on 127.0.0.1 */
    public int peerPort() {
        return peerPort;
    }

    /** @return the member's data directory ({@code --data-dir}); deleted when the cluster closes */
    public Path dataDir() {
        return directory.resolve("data");
    }

    /**
     * @return the file that receives the member's stdout and stderr (zap JSON log lines); each
     *     start appends a marker line; deleted when the cluster closes
     */
    public Path logFile() {
        return directory.resolve("etcd.log");
    }

    /**
     * @param lines how many lines at most
     * @return the last lines of {@link #logFile()}, oldest first; empty if there is no log yet
     */
    public List<String> logTail(int lines) {
        return LogTail.lastLines(logFile(), lines);
    }

    /**
     * @return the operating-system process id of the current (or last) etcd process
     * @throws IllegalStateException if the member was never started
     */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("member " + name + " was never started");
        }
        return process.pid();
    }

    /** @return whether the etcd process is alive; a paused process is alive */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** @return whether the process is stopped by {@link #pause()} and not yet resumed */
    public synchronized boolean isPaused() {
        return paused && isRunning();
    }

    /**
     * Asks the member whether it is the raft leader ({@code POST /v3/maintenance/status}, or
     * {@code GET /v2/stats/self} when etcd's gateway answers with an error).
     *
     * @return true if it answers within 1 second that it is the leader; false if it is not the
     *     leader, not running, paused or does not answer
     */
    public boolean isLeader() {
        if (!isRunning() || isPaused()) {
            return false;
        }
        try {
            return probe.isLeader(clientEndpoint(), Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Kills the process with SIGKILL and waits until it is gone. Does nothing if it is not
     * running. Works on a paused member.
     */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit(process, STOP_GRACE);
        }
        paused = false;
    }

    /**
     * Stops the process with SIGTERM (resuming it first if paused) and waits until it exits, at
     * most 10 seconds, then kills it with SIGKILL. Does nothing if it is not running.
     */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            if (paused) {
                Signals.send(process.pid(), "CONT");
            }
            process.destroy();
            if (!awaitExit(process, STOP_GRACE)) {
                process.destroyForcibly();
                awaitExit(process, STOP_GRACE);
            }
        }
        paused = false;
    }

    /**
     * Stops the member if it is running (as {@link #stop()}), starts it again with the same
     * name, ports and data directory, and waits until it answers {@code GET /health} with
     * health true, at most the cluster's start timeout. A member of a cluster is only healthy
     * when a quorum of members is up.
     *
     * @throws EtcdLaunchException if the process cannot be started, exits, or is not healthy
     *     within the start timeout (the process is then left running); the message includes the
     *     tail of the member's log
     * @throws IllegalStateException if the cluster has been closed
     */
    public void restart() {
        stop();
        launch();
        Readiness.await(List.of(this), startTimeout);
    }

    /**
     * Suspends the process with SIGSTOP: it keeps its ports, but requests to it hang until
     * {@link #resume()}. Does nothing if already paused.
     *
     * @throws IllegalStateException if the member is not running or the signal fails
     */
    public synchronized void pause() {
        requireRunning("pause");
        if (!paused) {
            Signals.send(process.pid(), "STOP");
            paused = true;
        }
    }

    /**
     * Continues a paused process with SIGCONT. Does nothing if it is not paused.
     *
     * @throws IllegalStateException if the signal fails
     */
    public synchronized void resume() {
        if (paused && process != null && process.isAlive()) {
            Signals.send(process.pid(), "CONT");
        }
        paused = false;
    }

    /** Starts the process without waiting for it to be healthy. */
    synchronized void launch() {
        if (retired) {
            throw new IllegalStateException("member " + name + " belongs to a closed cluster");
        }
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("member " + name + " is already running");
        }
        try {
            Files.createDirectories(dataDir());
            Files.writeString(logFile(), "---- etcdj-testing: starting " + name + " at "
                    + Instant.now() + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            EtcdCommandLine.scrubEnvironment(builder.environment());
            process = builder.start();
            process.getOutputStream().close();
            paused = false;
        } catch (IOException e) {
            throw new EtcdLaunchException("cannot start etcd member " + name + " with "
                    + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Kills the process for good: the cluster is closing. */
    synchronized void retire() {
        retired = true;
        kill();
    }

    /**
     * One health check.
     *
     * @throws EtcdLaunchException if the process is not running (a
     *     {@link PortConflictException} if it could not bind its ports)
     */
    boolean probeHealthy(Duration timeout) throws InterruptedException {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current == null || !current.isAlive()) {
            throw exited(current);
        }
        return probe.isHealthy(clientEndpoint(), timeout);
    }

    /** @return a description of the member for messages, with its log tail */
    String describeWithLog() {
        return "etcd member " + name + " (client " + clientEndpoint() + ", peer "
                + peerEndpoint() + ")\n" + LogTail.describe(logFile(), LOG_TAIL_LINES);
    }

    private EtcdLaunchException exited(Process current) {
        if (current == null) {
            return new EtcdLaunchException("etcd member " + name + " was not started");
        }
        String exit = "exited with code " + current.exitValue();
        List<String> tail = LogTail.lastLines(logFile(), LOG_TAIL_LINES);
        if (tail.stream().anyMatch(line -> line.contains("address already in use"))) {
            return new PortConflictException("port taken: " + exit + ": " + describeWithLog());
        }
        return new EtcdLaunchException(exit + ": " + describeWithLog());
    }

    private void requireRunning(String action) {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("cannot " + action + " member " + name
                    + ": it is not running");
        }
    }

    /** Waits for exit, ignoring interrupts (restoring the flag); returns whether it exited. */
    private static boolean awaitExit(Process process, Duration timeout) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                try {
                    return process.waitFor(Math.max(0, deadline - System.nanoTime()),
                            TimeUnit.NANOSECONDS);
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

    @Override
    public String toString() {
        return "EtcdMember[" + name + ", " + clientEndpoint() + "]";
    }
}
