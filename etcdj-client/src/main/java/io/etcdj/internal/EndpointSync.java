package io.etcdj.internal;

import io.etcdj.cluster.AsyncCluster;
import io.etcdj.cluster.Member;
import io.etcdj.cluster.MemberListResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the endpoint set in step with the cluster's membership, as clientv3's auto-sync: every
 * interval it asks for the member list (etcd's Cluster.MemberList) and makes the members' client
 * URLs the new endpoint set. Members that have not started yet (no client URLs) and learners
 * (which refuse most requests) are left out. A failed sync, or one that finds no usable URL,
 * keeps the set as it was; the failure is logged once until a sync succeeds again.
 */
final class EndpointSync {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointSync.class);

    private final AsyncCluster cluster;
    private final EndpointPool pool;
    private volatile boolean failing;
    private volatile ScheduledFuture<?> task;

    /**
     * @param cluster asks for the member list
     * @param pool the endpoints to update
     */
    EndpointSync(AsyncCluster cluster, EndpointPool pool) {
        this.cluster = cluster;
        this.pool = pool;
    }

    /**
     * Runs a sync every interval, the first one interval from now.
     *
     * @param scheduler runs the syncs
     * @param interval the pause between syncs; positive
     */
    void start(ScheduledExecutorService scheduler, Duration interval) {
        long nanos = interval.toNanos();
        try {
            task = scheduler.scheduleWithFixedDelay(this::syncQuietly, nanos, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // the client is closing
        }
    }

    /** Stops the syncs. */
    void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    private void syncQuietly() {
        try {
            sync().join();
        } catch (RuntimeException e) {
            // reported by sync
        }
    }

    /**
     * Asks for the member list once and replaces the endpoint set with the members' client URLs.
     *
     * @return the new endpoint set, or the failure (the set is then unchanged)
     */
    CompletableFuture<List<EndpointAddress>> sync() {
        CompletableFuture<MemberListResponse> list;
        try {
            list = cluster.memberList();
        } catch (RuntimeException e) {
            list = CompletableFuture.failedFuture(e);
        }
        return list.thenApply(this::apply).whenComplete((set, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                if (!failing) {
                    failing = true;
                    LOG.warn("etcdj endpoint sync failed, keeping the endpoints {}: {}", pool.addresses(),
                            cause.getMessage());
                }
            } else if (failing) {
                failing = false;
                LOG.info("etcdj endpoint sync works again: {}", set);
            }
        });
    }

    private List<EndpointAddress> apply(MemberListResponse response) {
        List<EndpointAddress> addresses = addresses(response.members());
        if (addresses.isEmpty()) {
            throw new IllegalStateException("the member list has no started member with a usable client URL");
        }
        if (!addresses.equals(pool.addresses())) {
            LOG.debug("etcdj endpoints synced from the member list: {}", addresses);
            pool.update(addresses);
        }
        return addresses;
    }

    /**
     * @param members the cluster's members
     * @return the client URLs of the started voting members, without duplicates; URLs that do not
     *     parse are skipped
     */
    static List<EndpointAddress> addresses(List<Member> members) {
        Set<EndpointAddress> out = new LinkedHashSet<>();
        for (Member m : members) {
            if (m.isLearner()) {
                continue;
            }
            for (String url : m.clientUrls()) {
                try {
                    out.add(EndpointAddress.parse(url));
                } catch (RuntimeException e) {
                    LOG.debug("etcdj endpoint sync skips member {}'s client URL {}: {}", m.name(), url, e.getMessage());
                }
            }
        }
        return new ArrayList<>(out);
    }
}
