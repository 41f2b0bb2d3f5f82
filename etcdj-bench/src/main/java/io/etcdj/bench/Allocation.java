package io.etcdj.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Bytes allocated on the heap by all the JVM's threads, from HotSpot's per-thread allocation
 * counters ({@code com.sun.management.ThreadMXBean}). Threads that end between the two readings
 * are missed, so the figure is a lower bound; every client runs under the same harness, so the
 * harness's own small share (one completion callback per request) is in every figure alike.
 */
final class Allocation {
    private final com.sun.management.ThreadMXBean threads;

    private Allocation(com.sun.management.ThreadMXBean threads) {
        this.threads = threads;
    }

    /** @return the meter, or null when this JVM has no per-thread allocation counters */
    static Allocation create() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            t.setThreadAllocatedMemoryEnabled(true);
            return new Allocation(t);
        }
        return null;
    }

    /** @return the counters now */
    Mark mark() {
        return new Mark(snapshot());
    }

    private Map<Long, Long> snapshot() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> m = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                m.put(ids[i], bytes[i]);
            }
        }
        return m;
    }

    /** The counters at one moment. */
    final class Mark {
        private final Map<Long, Long> before;

        private Mark(Map<Long, Long> before) {
            this.before = before;
        }

        /** @return bytes allocated by all threads since this mark */
        long allocatedSince() {
            long total = 0;
            for (Map.Entry<Long, Long> e : snapshot().entrySet()) {
                total += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            }
            return total;
        }
    }
}
