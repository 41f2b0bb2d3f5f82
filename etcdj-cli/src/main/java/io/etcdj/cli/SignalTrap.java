package io.etcdj.cli;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT and SIGTERM into an interrupt of the threads that asked for it, for the commands
 * that, as etcdctl's {@code lock} and {@code elect}, catch those signals to clean up and exit
 * normally instead of dying. While at least one trap is open the JVM's own handlers (which would
 * run the shutdown hooks and exit 130 or 143) are replaced; the last trap closed puts them back.
 * Run in-process ({@link Main#run}), interrupting the command's thread has the same effect as a
 * signal.
 *
 * <p>Where the JVM does not let a handler be installed (for example with {@code -Xrs}), the signals
 * keep their default action.
 */
final class SignalTrap implements AutoCloseable {
    private static final String[] SIGNALS = {"INT", "TERM"};
    private static final Object LOCK = new Object();
    private static final Set<Thread> WAITING = new LinkedHashSet<>();
    private static final Map<Signal, SignalHandler> PREVIOUS = new HashMap<>();

    private final Thread thread;

    private SignalTrap(Thread thread) {
        this.thread = thread;
    }

    /**
     * Opens a trap for the calling thread: a SIGINT or SIGTERM from now on interrupts it.
     *
     * @return the trap; close it to stop
     */
    static SignalTrap open() {
        Thread t = Thread.currentThread();
        synchronized (LOCK) {
            if (WAITING.isEmpty()) {
                for (String name : SIGNALS) {
                    try {
                        Signal s = new Signal(name);
                        PREVIOUS.put(s, Signal.handle(s, SignalTrap::deliver));
                    } catch (IllegalArgumentException | UnsupportedOperationException reserved) {
                        // the signal keeps its default action
                    }
                }
            }
            WAITING.add(t);
        }
        return new SignalTrap(t);
    }

    private static void deliver(Signal signal) {
        synchronized (LOCK) {
            WAITING.forEach(Thread::interrupt);
        }
    }

    /** Stops interrupting this trap's thread; the last trap closed restores the previous handlers. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (WAITING.remove(thread) && WAITING.isEmpty()) {
                PREVIOUS.forEach(Signal::handle);
                PREVIOUS.clear();
            }
        }
    }
}
