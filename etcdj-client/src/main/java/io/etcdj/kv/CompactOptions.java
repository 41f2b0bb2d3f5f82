package io.etcdj.kv;

import io.etcdj.WriteOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a compaction ({@code Compact} RPC). Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: not physical (the call returns once the compaction is scheduled), the client's
 * request timeout, not idempotent.
 */
public final class CompactOptions implements WriteOptions {
    /** The defaults. */
    public static final CompactOptions DEFAULT = builder().build();

    private final boolean physical;
    private final Duration timeout;
    private final boolean idempotent;

    private CompactOptions(Builder b) {
        physical = b.physical;
        timeout = b.timeout;
        idempotent = b.idempotent;
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the call waits for the compaction to be applied to the backend.
     *
     * @return true when the call returns only once the old revisions are gone from the backend
     */
    public boolean physical() {
        return physical;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /**
     * Whether the compaction may be retried after an error whose outcome is unknown.
     *
     * @return true when the caller declared it repeatable with {@link Builder#idempotent()}
     */
    @Override
    public boolean idempotent() {
        return idempotent;
    }

    /** Builds {@link CompactOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean physical;
        private Duration timeout;
        private boolean idempotent;

        private Builder() {
        }

        /**
         * Makes the call return only after the compaction has been physically applied, so that
         * the old revisions are gone from the backend. Off by default.
         *
         * @return this builder
         */
        public Builder physical() {
            this.physical = true;
            return this;
        }

        /**
         * Sets the call's deadline.
         *
         * @param timeout the deadline, retries included; null for the client default
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.timeout(timeout);
            return this;
        }

        /**
         * Declares the compaction safe to retry after an error whose outcome is unknown. Note
         * that when the first attempt took effect, the retry finds the revision compacted and
         * the call fails with {@link io.etcdj.exception.RevisionCompactedException}: a caller
         * that sets this should treat that error as success. Off by default: a compaction is
         * retried only when it provably never reached a server.
         *
         * @return this builder
         */
        public Builder idempotent() {
            this.idempotent = true;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public CompactOptions build() {
            return new CompactOptions(this);
        }
    }
}
