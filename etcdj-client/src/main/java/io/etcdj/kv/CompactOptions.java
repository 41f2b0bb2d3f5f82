package io.etcdj.kv;

import io.etcdj.WriteOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a compaction ({@code Compact} RPC). Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: not physical (the call returns once the compaction is scheduled), the client's
 * request timeout.
 */
public final class CompactOptions implements WriteOptions {
    /** The defaults. */
    public static final CompactOptions DEFAULT = builder().build();

    private final boolean physical;
    private final Duration timeout;

    private CompactOptions(Builder b) {
        physical = b.physical;
        timeout = b.timeout;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return true when the call waits until the compaction is applied to the backend */
    public boolean physical() {
        return physical;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /** @return false: a compaction is never retried after an unknown outcome */
    @Override
    public boolean idempotent() {
        return false;
    }

    /** Builds {@link CompactOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean physical;
        private Duration timeout;

        private Builder() {
        }

        /**
         * @param physical true to return only after the compaction has been physically applied,
         *     so that the old revisions are gone from the backend
         * @return this builder
         */
        public Builder physical(boolean physical) {
            this.physical = physical;
            return this;
        }

        /**
         * @param timeout the call's deadline; null for the client default
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.timeout(timeout);
            return this;
        }

        /** @return the options */
        public CompactOptions build() {
            return new CompactOptions(this);
        }
    }
}
