package io.etcdj.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent during a run: by the client (this JVM less its JIT compiler threads, or the
 * client's child process), by the
 * etcd server process (when this tool started it and knows its pid), and the machine's time
 * stolen by the hypervisor (other virtual machines on the host: a measure of the noise). Process
 * times come from {@code /proc/PID/stat} (10 ms ticks) and the JVM's own counter; anything
 * unknown reads -1.
 */
final class CpuMeter {
    private static final double NANOS_PER_TICK = 1e9 / 100; // USER_HZ is 100 on Linux
    private final long serverPid;

    /** @param serverPid the etcd server's pid, or -1 when unknown */
    CpuMeter(long serverPid) {
        this.serverPid = serverPid;
    }

    /** @return the counters now, with this JVM as the client */
    Mark mark() {
        long[] jvm = jvm();
        return new Mark(jvm[0], process(serverPid), steal(), jvm[1]);
    }

    /**
     * @param clientPid the client's process
     * @return the counters now
     */
    Mark mark(long clientPid) {
        return new Mark(process(clientPid), process(serverPid), steal(), -1);
    }

    /**
     * CPU counters at one moment, in nanoseconds, -1 when unknown.
     *
     * @param client the client's CPU time (for this JVM: less its JIT compiler threads)
     * @param server the etcd server's
     * @param steal the machine's stolen time
     * @param jit this JVM's JIT compiler threads' CPU time (-1 for a child process)
     */
    record Mark(long client, long server, long steal, long jit) {
        /**
         * @param earlier an earlier mark
         * @return CPU time since then: {@code {client, server, stolen, jit}} in nanoseconds, -1 when unknown
         */
        long[] since(Mark earlier) {
            return new long[] {delta(client, earlier.client), delta(server, earlier.server),
                delta(steal, earlier.steal), delta(jit, earlier.jit)};
        }

        private static long delta(long now, long then) {
            return now < 0 || then < 0 ? -1 : now - then;
        }
    }

    /** @return stolen time of all cores in ns from /proc/stat, or -1 */
    private static long steal() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            return f.length > 8 ? (long) (Long.parseLong(f[8]) * NANOS_PER_TICK) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** @return user + system time of a process in ns, or -1 */
    static long process(long pid) {
        if (pid < 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command come state(3) ... utime(14) stime(15): here at 11 and 12
            return (long) ((Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * @return {@code {this JVM's CPU time in ns less that of its JIT compiler threads (which would
     *     otherwise charge the warming up of the code to the client), the JIT compiler threads' CPU
     *     time in ns}}, -1 where unknown
     */
    private static long[] jvm() {
        long total = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            total = os.getProcessCpuTime();
        }
        if (total < 0) {
            return new long[] {-1, -1};
        }
        long jit = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.contains("CompilerThre")) {
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long t = (long) ((Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK);
                    total -= t;
                    jit += t;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: the JIT's time stays in
            return new long[] {total, -1};
        }
        return new long[] {total, jit};
    }
}
