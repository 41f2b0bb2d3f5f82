package io.etcdj;

import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a call that changes nothing and has no options of its own besides its deadline:
 * member list, and the maintenance reads (status, hash, hash-kv, alarm list, version, health,
 * metrics). Immutable; build with {@link #builder()}.
 *
 * <p>Default: the client's request timeout. These calls are reads: they are retried on transient
 * errors (on the same endpoint when the call is pinned to one).
 */
public final class RequestOptions implements CallOptions {
    /** The defaults. */
    public static final RequestOptions DEFAULT = builder().build();

    private final Duration timeout;

    private RequestOptions(Builder b) {
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

    /** Builds {@link RequestOptions}. Not thread-safe. */
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
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
