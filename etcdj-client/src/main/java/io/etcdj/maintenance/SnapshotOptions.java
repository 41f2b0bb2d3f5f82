package io.etcdj.maintenance;

import io.etcdj.CallOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a snapshot ({@link Maintenance#snapshot(java.nio.file.Path, SnapshotOptions)}):
 * which member, how long it may take, who hears of its progress. Immutable; build with
 * {@link #builder()}.
 *
 * <p>Defaults: any of the client's endpoints, <b>no deadline</b>, no progress listener. Unlike
 * other calls, a snapshot does not get the client's request timeout: a large database takes far
 * longer to send than any request, so a snapshot runs until it is complete, fails, or is
 * cancelled, unless a timeout is set here (as {@code etcdctl snapshot save} has no deadline
 * unless {@code --command-timeout} is given). A broken connection still ends it, and the
 * client's keep-alive pings notice a member that went silent.
 */
public final class SnapshotOptions implements CallOptions {
    /** The defaults: any endpoint, no deadline, no progress listener. */
    public static final SnapshotOptions DEFAULT = builder().build();

    private final String endpoint;
    private final Duration timeout;
    private final SnapshotProgressListener progress;

    private SnapshotOptions(Builder b) {
        endpoint = b.endpoint;
        timeout = b.timeout;
        progress = b.progress;
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the endpoint to take the snapshot from, or null for any of the client's endpoints */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The snapshot's deadline from the call, for the whole transfer.
     *
     * @return the deadline, or {@code null} for none (not the client's request timeout)
     */
    @Override
    public Duration timeout() {
        return timeout;
    }

    /** @return the progress listener, or null for none */
    public SnapshotProgressListener progress() {
        return progress;
    }

    /** Builds {@link SnapshotOptions}. Not thread-safe. */
    public static final class Builder {
        private String endpoint;
        private Duration timeout;
        private SnapshotProgressListener progress;

        private Builder() {
        }

        /**
         * Takes the snapshot from one member: a snapshot is that member's database at one moment.
         *
         * @param endpoint one of the client's endpoints, as given to the builder
         *     ({@code http://host:port} or {@code host:port}); null for any endpoint (the default)
         * @return this builder
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets a deadline for the whole snapshot; when it passes, the snapshot fails with an
         * {@link io.etcdj.exception.EtcdTimeoutException}.
         *
         * @param timeout the deadline from the call; null for none (the default)
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.timeout(timeout);
            return this;
        }

        /**
         * Sets who hears of the snapshot's progress.
         *
         * @param progress the listener; null for none (the default)
         * @return this builder
         */
        public Builder progress(SnapshotProgressListener progress) {
            this.progress = progress;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public SnapshotOptions build() {
            return new SnapshotOptions(this);
        }
    }
}
