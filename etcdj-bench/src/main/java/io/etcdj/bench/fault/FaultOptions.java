package io.etcdj.bench.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how hard a fault run goes.
 *
 * @param duration how long the workers run while faults are injected (the faults stop before the
 *     end so that the cluster is whole for the final checks)
 * @param requestTimeout the clients' request timeout: every call's deadline
 * @param slack how much longer than its deadline a call may take before it counts as a violation
 * @param downTime how long a killed member stays down, and a paused one stays paused
 * @param quietTime the pause between two faults
 * @param leaseTtlSeconds the TTL of the kept-alive lease and of the lock sessions, in seconds
 * @param writers how many workers put unique values
 * @param counters how many workers increment the counter through guarded txns
 * @param lockers how many contenders take the lock
 */
public record FaultOptions(Duration duration, Duration requestTimeout, Duration slack, Duration downTime,
        Duration quietTime, long leaseTtlSeconds, int writers, int counters, int lockers) {

    /** @throws IllegalArgumentException for a non-positive duration or count */
    public FaultOptions {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(downTime, "downTime");
        Objects.requireNonNull(quietTime, "quietTime");
        if (duration.isNegative() || duration.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()
                || downTime.isNegative() || quietTime.isNegative() || slack.isNegative()) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (leaseTtlSeconds < 2 || writers < 1 || counters < 1 || lockers < 2) {
            throw new IllegalArgumentException("lease TTL >= 2 s, at least one writer and counter, two lockers");
        }
    }

    /**
     * The short form run in CI: about a minute, one round of faults (a follower killed and
     * restarted, the leader paused and resumed, the leader killed and restarted).
     *
     * @return the options
     */
    public static FaultOptions ci() {
        return of(Duration.ofSeconds(50));
    }

    /**
     * @param duration how long the workers run
     * @return the default options with that duration: 5 s deadlines, 1 s slack, 3 s down time,
     *     2 s between faults, a 10 s lease TTL, 2 writers, 2 counter workers, 3 lock contenders
     */
    public static FaultOptions of(Duration duration) {
        return new FaultOptions(duration, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofSeconds(2), 10, 2, 2, 3);
    }
}
