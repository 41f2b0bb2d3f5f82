package io.etcdj.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Polls a condition every 50 ms until it holds, failing after 15 s. */
final class LockWait {
    private LockWait() {
    }

    static void until(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 15 s");
            }
            Thread.sleep(50);
        }
    }
}
