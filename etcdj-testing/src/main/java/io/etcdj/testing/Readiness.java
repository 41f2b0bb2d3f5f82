package io.etcdj.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Waits until members answer {@code GET /health} with health true. */
final class Readiness {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 50;

    private Readiness() {}

    /**
     * @throws EtcdLaunchException if a member exits or is not healthy in time, or on interrupt
     *     (with the interrupt flag restored)
     */
    static void await(List<EtcdMember> members, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<EtcdMember> pending = new LinkedHashSet<>(members);
        try {
            while (true) {
                for (Iterator<EtcdMember> it = pending.iterator(); it.hasNext(); ) {
                    long remaining = Math.max(1, deadline - System.nanoTime());
                    Duration probe = Duration.ofNanos(Math.min(remaining, PROBE_TIMEOUT.toNanos()));
                    if (it.next().probeHealthy(probe)) {
                        it.remove();
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw notHealthy(pending, timeout);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EtcdLaunchException("interrupted while waiting for etcd to become healthy",
                    e);
        }
    }

    private static EtcdLaunchException notHealthy(Set<EtcdMember> pending, Duration timeout) {
        List<String> names = new ArrayList<>();
        pending.forEach(m -> names.add(m.name()));
        EtcdMember first = pending.iterator().next();
        return new EtcdLaunchException("etcd not healthy within " + timeout.toMillis()
                + " ms (GET /health did not answer health true); unhealthy members: " + names
                + "; first: " + first.describeWithLog());
    }
}
