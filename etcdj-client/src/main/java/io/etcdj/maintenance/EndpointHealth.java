package io.etcdj.maintenance;

import io.etcdj.exception.EtcdException;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether one endpoint is healthy, as {@code etcdctl endpoint health} (3.4) decides it: a
 * linearizable read of the key {@code health} on that endpoint succeeds (the member has a leader
 * and reaches a quorum), or fails only with permission denied (which still went through
 * consensus). Immutable.
 */
public final class EndpointHealth {
    private final String endpoint;
    private final boolean healthy;
    private final Duration took;
    private final EtcdException failure;

    /**
     * Makes a value.
     *
     * @param endpoint the endpoint as the caller named it; not null
     * @param healthy whether the endpoint is healthy
     * @param took how long the check took; not null
     * @param failure why it is unhealthy; null when healthy (and for permission denied, which counts healthy)
     */
    public EndpointHealth(String endpoint, boolean healthy, Duration took, EtcdException failure) {
        this.endpoint = endpoint;
        this.healthy = healthy;
        this.took = took;
        this.failure = failure;
    }

    /**
     * The endpoint checked.
     *
     * @return the endpoint as given to {@link Maintenance#health(String)}; never null
     */
    public String endpoint() {
        return endpoint;
    }

    /**
     * Whether the endpoint is healthy.
     *
     * @return true when its linearizable read succeeded or was denied permission
     */
    public boolean isHealthy() {
        return healthy;
    }

    /**
     * How long the check took.
     *
     * @return the time from sending the read to its answer; never null
     */
    public Duration took() {
        return took;
    }

    /**
     * Why the endpoint is unhealthy.
     *
     * @return the read's failure; empty when healthy
     */
    public Optional<EtcdException> failure() {
        return Optional.ofNullable(healthy ? null : failure);
    }

    @Override
    public String toString() {
        return "EndpointHealth{endpoint=" + endpoint + ", healthy=" + healthy + ", took=" + took
                + (healthy || failure == null ? "" : ", failure=" + failure.getMessage()) + "}";
    }
}
