package io.etcdj.internal;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter for retries: 25 ms doubling up to 1 s. */
final class Backoff {
    private static final long BASE_MILLIS = 25;
    private static final long CAP_MILLIS = 1_000;

    private Backoff() {
    }

    /**
     * @param attempt how many attempts failed so far (1 for the first retry)
     * @return the pause before the next attempt, in milliseconds
     */
    static long delayMillis(int attempt) {
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt - 1, 10));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }
}
