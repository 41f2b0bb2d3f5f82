package io.etcdj.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JVM's own work that competes with the clients for the CPU: milliseconds spent by the JIT
 * compiler threads and in garbage collection, as the JVM counts them.
 */
final class JvmActivity {
    private JvmActivity() {
    }

    /** @return {@code {jit ms, gc ms}} so far, -1 where unknown */
    static long[] now() {
        CompilationMXBean c = ManagementFactory.getCompilationMXBean();
        long jit = c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : -1;
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        return new long[] {jit, gc};
    }

    /**
     * @param before an earlier {@link #now()}
     * @return {@code {jit ms, gc ms}} since then
     */
    static long[] since(long[] before) {
        long[] n = now();
        return new long[] {n[0] < 0 || before[0] < 0 ? -1 : n[0] - before[0], n[1] - before[1]};
    }
}
