package io.etcdj;

import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a call that changes the cluster and has no options of its own besides its deadline
 * and idempotence: member add, remove, update and promote; defragment, alarm activate and disarm,
 * move-leader. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: the client's request timeout, not idempotent: such a call is retried only when it
 * provably never reached a server. A defragment of a large database can take minutes (the member
 * answers nothing else meanwhile): give it a generous timeout, such as
 * {@code ChangeOptions.builder().timeout(Duration.ofMinutes(5)).build()}.
 */
public final class ChangeOptions implements WriteOptions {
    /** The defaults. */
    public static final ChangeOptions DEFAULT = builder().build();

    private final Duration timeout;
    private final boolean idempotent;

    private ChangeOptions(Builder b) {
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
     * Whether the call may be retried after an error whose outcome is unknown.
     *
     * @return true when the caller declared it repeatable with {@link Builder#idempotent()}
     */
    @Override
    public boolean idempotent() {
        return idempotent;
    }

    /** Builds {@link ChangeOptions}. Not thread-safe. */
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
         * Declares the call safe to retry after an error whose outcome is unknown. A defragment
         * or an alarm disarm applied twice does no harm; a move-leader retried may move the
         * leadership again. Off by default.
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
        public ChangeOptions build() {
            return new ChangeOptions(this);
        }
    }
}
