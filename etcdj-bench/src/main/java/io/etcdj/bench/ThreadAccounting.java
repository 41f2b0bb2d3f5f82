package io.etcdj.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the threads each client library owns. The clients are created and run one after the
 * other, never at the same time, so a thread that first appears while client X is being created
 * or is running belongs to X. A sampler looks at the JVM's live threads every 20 ms (and at each
 * {@link #enter}/{@link #exit}); each client's figure is the largest number of its threads alive
 * at one sample. JVM-internal threads (compiler threads, which HotSpot starts and stops with the
 * JIT's load) and the benchmark's own threads are not counted.
 */
final class ThreadAccounting implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 20;

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final Set<Long> known = new HashSet<>();
    private final Map<Long, String> owner = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<String, Integer> peak = new HashMap<>();
    private final Map<String, Map<String, Integer>> peakNames = new HashMap<>();
    private final Thread sampler;
    private volatile String current;
    private volatile boolean closed;

    ThreadAccounting() {
        sample();
        sampler = new Thread(this::loop, "etcdj-bench-thread-sampler");
        sampler.setDaemon(true);
        sampler.start();
        sample();
    }

    /** @param client the client that is about to be created or run */
    synchronized void enter(String client) {
        sample();
        current = client;
    }

    /** Ends the current client's period. */
    synchronized void exit() {
        sample();
        current = null;
    }

    /** @param client a client @return the most threads of that client alive at once, 0 when none seen */
    synchronized int peak(String client) {
        return peak.getOrDefault(client, 0);
    }

    /**
     * @param client a client
     * @return its threads at the peak, by name with the numbers replaced by {@code #}, with counts
     */
    synchronized Map<String, Integer> peakNames(String client) {
        return new TreeMap<>(peakNames.getOrDefault(client, Map.of()));
    }

    private void loop() {
        while (!closed) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private synchronized void sample() {
        long[] ids = mx.getAllThreadIds();
        String who = current;
        Map<String, Integer> count = new HashMap<>();
        Map<String, Map<String, Integer>> byName = new HashMap<>();
        ThreadInfo[] infos = null;
        for (int i = 0; i < ids.length; i++) {
            long id = ids[i];
            if (known.add(id)) {
                if (infos == null) {
                    infos = mx.getThreadInfo(ids);
                }
                String name = infos[i] == null ? "?" : infos[i].getThreadName();
                names.put(id, name);
                if (who != null && !isJvmOrBench(name)) {
                    owner.put(id, who);
                }
            }
            String o = owner.get(id);
            if (o != null) {
                count.merge(o, 1, Integer::sum);
                byName.computeIfAbsent(o, k -> new HashMap<>()).merge(names.get(id).replaceAll("[0-9]+", "#"), 1,
                        Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > peak.getOrDefault(e.getKey(), 0)) {
                peak.put(e.getKey(), e.getValue());
                peakNames.put(e.getKey(), byName.get(e.getKey()));
            }
        }
    }

    private static boolean isJvmOrBench(String name) {
        return name.contains("CompilerThread") || name.startsWith("etcdj-bench") || name.equals("Attach Listener")
                || name.equals("Common-Cleaner") || name.startsWith("process reaper");
    }

    @Override
    public void close() {
        closed = true;
        sampler.interrupt();
    }
}
