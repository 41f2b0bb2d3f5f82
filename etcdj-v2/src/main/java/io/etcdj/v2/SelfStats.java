package io.etcdj.v2;

/**
 * A member's statistics about itself, from {@code /v2/stats/self} (etcd's v2 API document,
 * "Statistics"). Immutable.
 *
 * @param name the member's name
 * @param id the member id (hexadecimal)
 * @param state the raft state: {@code StateLeader} or {@code StateFollower}
 * @param startTime when the member started (RFC 3339 text)
 * @param leader the id of the leader the member knows (hexadecimal)
 * @param leaderUptime how long that leader has been leader, as etcd prints a Go duration
 * @param recvAppendRequestCnt append requests received
 * @param sendAppendRequestCnt append requests sent
 * @param recvPkgRate packages received per second; 0 when etcd did not report it
 * @param recvBandwidthRate bytes received per second; 0 when etcd did not report it
 * @param sendPkgRate packages sent per second; 0 when etcd did not report it
 * @param sendBandwidthRate bytes sent per second; 0 when etcd did not report it
 */
public record SelfStats(String name, String id, String state, String startTime, String leader,
        String leaderUptime, long recvAppendRequestCnt, long sendAppendRequestCnt, double recvPkgRate,
        double recvBandwidthRate, double sendPkgRate, double sendBandwidthRate) {
}
