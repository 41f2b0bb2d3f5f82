package io.etcdj.kv;

import io.etcdj.WriteOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a delete ({@code DeleteRange} RPC). Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: one key, no previous key-values, the client's request timeout, not idempotent.
 */
public final class DeleteOptions implements WriteOptions {
    /** The defaults. */
    public static final DeleteOptions DEFAULT = builder().build();

    private final RangeEnd rangeEnd;
    private final boolean prevKv;
    private final Duration timeout;
    private final boolean idempotent;

    private DeleteOptions(Builder b) {
        rangeEnd = b.rangeEnd;
        prevKv = b.prevKv;
        timeout = b.timeout;
        idempotent = b.idempotent;
    }

    /**
     * A builder with the defaults.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Which keys beyond the request's key are deleted.
     *
     * @return which keys beyond the request's key are deleted
     */
    public RangeEnd rangeEnd() {
        return rangeEnd;
    }

    /**
     * True when the response carries the deleted key-values.
     *
     * @return true when the response carries the deleted key-values
     */
    public boolean prevKv() {
        return prevKv;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public boolean idempotent() {
        return idempotent;
    }

    /** Builds {@link DeleteOptions}. Not thread-safe. */
    public static final class Builder {
        private RangeEnd rangeEnd = RangeEnd.single();
        private boolean prevKv;
        private Duration timeout;
        private boolean idempotent;

        private Builder() {
        }

        /**
         * Sets which keys beyond the key the call covers.
         *
         * @param rangeEnd which keys beyond the key to delete; not null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
         */
        public Builder range(RangeEnd rangeEnd) {
            this.rangeEnd = Checks.notNull(rangeEnd, "rangeEnd");
            return this;
        }

        /**
         * Deleting every key with the key as prefix (all keys for "").
         *
         * @return this builder, deleting every key with the key as prefix (all keys for "")
         */
        public Builder prefix() {
            return range(RangeEnd.prefix());
        }

        /**
         * Deleting every key {@code >=} the key (all keys for "").
         *
         * @return this builder, deleting every key {@code >=} the key (all keys for "")
         */
        public Builder fromKey() {
            return range(RangeEnd.fromKey());
        }

        /**
         * Covers the range {@code [key, end)}.
         *
         * @param end the exclusive end of the range {@code [key, end)}; not null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
         */
        public Builder rangeEnd(String end) {
            return range(RangeEnd.of(Checks.notNull(end, "end")));
        }

        /**
         * Covers the range {@code [key, end)}.
         *
         * @param end the exclusive end of the range {@code [key, end)}; not null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
         */
        public Builder rangeEnd(byte[] end) {
            return range(RangeEnd.of(Checks.notNull(end, "end")));
        }

        /**
         * Asks for the deleted key-values ({@link DeleteResponse#prevKvs()}). Off by default.
         *
         * @return this builder
         */
        public Builder prevKv() {
            this.prevKv = true;
            return this;
        }

        /**
         * Sets the call's deadline.
         *
         * @param timeout the call's deadline, retries included; null for the client default
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.timeout(timeout);
            return this;
        }

        /**
         * Declares this delete safe to repeat after an error whose outcome is unknown, so it may
         * be retried then. A repeated delete finds nothing to delete: its
         * {@link DeleteResponse#deleted()} and prev-kvs may then undercount. Off by default.
         *
         * @return this builder
         */
        public Builder idempotent() {
            this.idempotent = true;
            return this;
        }

        /**
         * The options.
         *
         * @return the options
         */
        public DeleteOptions build() {
            return new DeleteOptions(this);
        }
    }
}
