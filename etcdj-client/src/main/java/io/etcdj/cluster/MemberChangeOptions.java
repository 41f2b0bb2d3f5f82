package io.etcdj.cluster;

import io.etcdj.WriteOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a membership change: add, remove, update or promote a member. Immutable; build with
 * {@link #builder()}.
 *
 * <p>Defaults: the client's request timeout, not idempotent. A membership change is retried only
 * when it provably never reached a server: retrying an add whose first attempt took effect would
 * add a second member.
 */
public final class MemberChangeOptions implements WriteOptions {
    /** The defaults. */
    public static final MemberChangeOptions DEFAULT = builder().build();

    private final Duration timeout;
    private final boolean idempotent;

    private MemberChangeOptions(Builder b) {
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

    @Override
    public Duration timeout() {
        return timeout;
    }

    /**
     * Whether the change may be retried after an error whose outcome is unknown.
     *
     * @return true when the caller declared it repeatable with {@link Builder#idempotent()}
     */
    @Override
    public boolean idempotent() {
        return idempotent;
    }

    /** Builds {@link MemberChangeOptions}. Not thread-safe. */
    public static final class Builder {
        private Duration timeout;
        private boolean idempotent;

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
         * Declares the change safe to retry after an error whose outcome is unknown. Sensible for
         * an update of peer URLs (applying it twice changes nothing); not for an add, which would
         * add a second member, nor for a remove or promote, whose retry fails with
         * {@link io.etcdj.exception.NotFoundException} or
         * {@link io.etcdj.exception.PreconditionFailedException} when the first attempt took effect.
         * Off by default.
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
        public MemberChangeOptions build() {
            return new MemberChangeOptions(this);
        }
    }
}
