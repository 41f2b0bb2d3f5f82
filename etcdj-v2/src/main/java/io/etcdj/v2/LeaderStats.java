package io.etcdj.v2;

import java.util.Map;

/**
 * The leader's statistics about its followers, from {@code /v2/stats/leader}; only the leader
 * answers this (a follower answers HTTP 403). Immutable.
 *
 * @param leader the leader's id (hexadecimal)
 * @param followers per follower id (hexadecimal), its statistics; empty for a single member
 */
public record LeaderStats(String leader, Map<String, Follower> followers) {
    /**
     * Statistics; the map is copied.
     *
     * @param leader the leader's id
     * @param followers the followers' statistics; null means none
     */
    public LeaderStats {
        followers = followers == null ? Map.of() : Map.copyOf(followers);
    }

    /**
     * The leader's view of one follower.
     *
     * @param current the last round-trip latency, in milliseconds
     * @param average the average latency, in milliseconds
     * @param standardDeviation the latency's standard deviation, in milliseconds
     * @param minimum the lowest latency, in milliseconds
     * @param maximum the highest latency, in milliseconds
     * @param fail failed raft requests to the follower
     * @param success successful raft requests to the follower
     */
    public record Follower(double current, double average, double standardDeviation, double minimum,
            double maximum, long fail, long success) {
    }
}
