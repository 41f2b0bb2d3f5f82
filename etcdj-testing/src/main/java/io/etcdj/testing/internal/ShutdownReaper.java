package io.etcdj.testing.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JVM shutdown hook that closes every registered resource, so that an aborted test run
 * (Ctrl-C, System.exit, SIGTERM) leaves no etcd process or temp dir behind. A JVM killed with
 * SIGKILL runs no hooks. Not API.
 */
public final class ShutdownReaper {

    private static final Set<AutoCloseable> LIVE = ConcurrentHashMap.newKeySet();
    private static boolean hooked;

    private ShutdownReaper() {}

    /**
     * Closes {@code resource} at JVM shutdown unless it is unregistered first.
     *
     * @param resource the resource
     * @throws IllegalStateException if the JVM is already shutting down
     */
    public static void register(AutoCloseable resource) {
        synchronized (ShutdownReaper.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(
                        new Thread(ShutdownReaper::closeAll, "etcdj-testing-shutdown"));
                hooked = true;
            }
        }
        LIVE.add(resource);
    }

    /** @param resource a resource that was closed normally */
    public static void unregister(AutoCloseable resource) {
        LIVE.remove(resource);
    }

    private static void closeAll() {
        for (AutoCloseable resource : LIVE) {
            try {
                resource.close();
            } catch (Throwable ignored) {
                // best effort at shutdown
            }
        }
    }
}
