package io.etcdj.maintenance;

import java.util.Map;
import java.util.Objects;

/**
 * One sample of a member's Prometheus metrics: a line such as
 * {@code etcd_server_has_leader 1} or {@code etcd_disk_wal_fsync_duration_seconds_bucket{le="0.001"} 12}.
 * Parsed by {@link MetricsText#parse(String)}. Immutable.
 *
 * @param name the metric name, such as {@code etcd_server_has_leader}; a histogram's buckets,
 *     sum and count carry their suffix ({@code _bucket}, {@code _sum}, {@code _count})
 * @param labels the labels in the order written; empty when there are none; not null (copied)
 * @param value the value; {@code NaN} and the infinities as Prometheus writes them
 */
public record MetricSample(String name, Map<String, String> labels, double value) {
    /**
     * Checks and copies the value.
     *
     * @param name the name; not null
     * @param labels the labels; not null
     * @param value the value
     * @throws NullPointerException when the name or labels are null
     */
    public MetricSample {
        Objects.requireNonNull(name, "name");
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }

    /**
     * One label's value.
     *
     * @param label the label's name
     * @return its value, or null when the sample has no such label
     */
    public String label(String label) {
        return labels.get(label);
    }
}
