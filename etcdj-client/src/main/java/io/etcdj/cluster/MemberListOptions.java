package io.etcdj.cluster;

import io.etcdj.CallOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a member list ({@code MemberList} RPC). Immutable; build with {@link #builder()}.
 *
 * <p>Default: the client's request timeout. A member list is a read: it is retried on transient
 * errors, on another endpoint where there is one.
 */
public final class MemberListOptions implements CallOptions {
    /** The defaults. */
    public static final MemberListOptions DEFAULT = builder().build();

    private final Duration timeout;

    private MemberListOptions(Builder b) {
        timeout = b.timeout;
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /** Builds {@link MemberListOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration timeout;

        private Builder() {
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
         * Builds the options.
         *
         * @return the options
         */
        public MemberListOptions build() {
            return new MemberListOptions(this);
        }
    }
}
