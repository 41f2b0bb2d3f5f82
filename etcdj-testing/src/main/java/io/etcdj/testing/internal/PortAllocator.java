package io.etcdj.testing.internal;

import java.util.Collection;
import java.util.List;

/** Hands out TCP ports on 127.0.0.1 that are free at the time of the call. Not API. */
public interface PortAllocator {

    /**
     * Returns {@code count} distinct ports that were free on 127.0.0.1 when checked.
     *
     * @param count how many ports, at least 1
     * @return the ports, in no particular order
     * @throws java.io.UncheckedIOException if no socket could be bound
     */
    List<Integer> allocate(int count);

    /**
     * Gives ports back once their processes are gone, so that they may be handed out again.
     *
     * @param ports ports returned by {@link #allocate(int)}; unknown ports are ignored
     */
    void release(Collection<Integer> ports);

    /** @return the allocator that binds port 0 on the loopback address */
    static PortAllocator loopback() {
        return LoopbackPortAllocator.INSTANCE;
    }
}
