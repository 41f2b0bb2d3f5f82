package io.etcdj.internal;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.NoLeaderException;
import io.etcdj.exception.Outcome;
import io.etcdj.grpc.StatusRequest;
import io.etcdj.internal.transport.Rpcs;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds which of the client's endpoints is the raft leader, for calls pinned to the leader: asks
 * every endpoint's status ({@code Maintenance.Status}) and takes the member that names itself as
 * leader. Remembers the answer until a call on it fails.
 */
final class LeaderFinder {
    private final CallPipeline pipeline;
    private final EndpointPool pool;
    private volatile Endpoint leader;

    LeaderFinder(CallPipeline pipeline, EndpointPool pool) {
        this.pipeline = pipeline;
        this.pool = pool;
    }

    /**
     * @param timeoutNanos how long the search may take
     * @return the leader's endpoint; fails with {@link NoLeaderException} when no endpoint of the
     *     client is the leader
     */
    CompletableFuture<Endpoint> leader(long timeoutNanos) {
        List<Endpoint> all = pool.endpoints();
        Endpoint known = leader;
        if (known != null && all.contains(known)) {
            return CompletableFuture.completedFuture(known);
        }
        CompletableFuture<Endpoint> found = new CompletableFuture<>();
        AtomicInteger pending = new AtomicInteger(all.size());
        for (Endpoint e : all) {
            pipeline.unary(Rpcs.STATUS, StatusRequest.getDefaultInstance(), Duration.ofNanos(timeoutNanos), true,
                    CallTarget.endpoint(e.address), r -> r.getLeader() != 0 && r.getLeader() == r.getHeader().getMemberId())
                    .whenComplete((isLeader, error) -> {
                        if (Boolean.TRUE.equals(isLeader)) {
                            leader = e;
                            found.complete(e);
                        }
                        if (pending.decrementAndGet() == 0 && !found.isDone()) {
                            found.completeExceptionally(new NoLeaderException(ErrorCode.NO_LEADER, Outcome.NOT_APPLIED,
                                    "none of the endpoints " + pool.addresses() + " is the leader"
                                            + (error != null ? " (last error: " + error.getMessage() + ")" : ""), error));
                        }
                    });
        }
        return found;
    }

    /** @param e an endpoint a leader-bound call failed on; forgotten if it was the known leader */
    void forget(Endpoint e) {
        if (leader == e) {
            leader = null;
        }
    }
}
