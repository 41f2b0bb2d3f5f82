package io.etcdj.kv;

import io.etcdj.CallOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a read ({@code Range} RPC). Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: one key, no limit, the latest revision, no sorting, a linearizable read, keys and
 * values, no revision filters, the client's request timeout.
 */
public final class GetOptions implements CallOptions {
    /** The defaults: one key at the latest revision, linearizable. */
    public static final GetOptions DEFAULT = builder().build();

    private final RangeEnd rangeEnd;
    private final long limit;
    private final long revision;
    private final SortTarget sortTarget;
    private final SortOrder sortOrder;
    private final boolean serializable;
    private final boolean keysOnly;
    private final boolean countOnly;
    private final long minCreateRevision;
    private final long maxCreateRevision;
    private final long minModRevision;
    private final long maxModRevision;
    private final Duration timeout;

    private GetOptions(Builder b) {
        rangeEnd = b.rangeEnd;
        limit = b.limit;
        revision = b.revision;
        sortTarget = b.sortTarget;
        sortOrder = b.sortOrder;
        serializable = b.serializable;
        keysOnly = b.keysOnly;
        countOnly = b.countOnly;
        minCreateRevision = b.minCreateRevision;
        maxCreateRevision = b.maxCreateRevision;
        minModRevision = b.minModRevision;
        maxModRevision = b.maxModRevision;
        timeout = b.timeout;
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
     * Which keys beyond the request's key are read.
     *
     * @return which keys beyond the request's key are read
     */
    public RangeEnd rangeEnd() {
        return rangeEnd;
    }

    /**
     * The most keys returned, 0 for no limit.
     *
     * @return the most keys returned, 0 for no limit
     */
    public long limit() {
        return limit;
    }

    /**
     * The revision to read at, 0 for the latest.
     *
     * @return the revision to read at, 0 for the latest
     */
    public long revision() {
        return revision;
    }

    /**
     * What the result is sorted by.
     *
     * @return what the result is sorted by
     */
    public SortTarget sortTarget() {
        return sortTarget;
    }

    /**
     * The sort direction.
     *
     * @return the sort direction
     */
    public SortOrder sortOrder() {
        return sortOrder;
    }

    /**
     * True for a serializable (possibly stale, served by any member) read.
     *
     * @return true for a serializable (possibly stale, served by any member) read
     */
    public boolean serializable() {
        return serializable;
    }

    /**
     * True when values are left out of the result.
     *
     * @return true when values are left out of the result
     */
    public boolean keysOnly() {
        return keysOnly;
    }

    /**
     * True when only the count of matching keys is returned.
     *
     * @return true when only the count of matching keys is returned
     */
    public boolean countOnly() {
        return countOnly;
    }

    /**
     * The lowest create revision of returned keys, 0 for no bound.
     *
     * @return the lowest create revision of returned keys, 0 for no bound
     */
    public long minCreateRevision() {
        return minCreateRevision;
    }

    /**
     * The highest create revision of returned keys, 0 for no bound.
     *
     * @return the highest create revision of returned keys, 0 for no bound
     */
    public long maxCreateRevision() {
        return maxCreateRevision;
    }

    /**
     * The lowest mod revision of returned keys, 0 for no bound.
     *
     * @return the lowest mod revision of returned keys, 0 for no bound
     */
    public long minModRevision() {
        return minModRevision;
    }

    /**
     * The highest mod revision of returned keys, 0 for no bound.
     *
     * @return the highest mod revision of returned keys, 0 for no bound
     */
    public long maxModRevision() {
        return maxModRevision;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /** Builds {@link GetOptions}. Not thread-safe. */
    public static final class Builder {
        private RangeEnd rangeEnd = RangeEnd.single();
        private long limit;
        private long revision;
        private SortTarget sortTarget = SortTarget.KEY;
        private SortOrder sortOrder = SortOrder.NONE;
        private boolean serializable;
        private boolean keysOnly;
        private boolean countOnly;
        private long minCreateRevision;
        private long maxCreateRevision;
        private long minModRevision;
        private long maxModRevision;
        private Duration timeout;

        private Builder() {
        }

        /**
         * Sets which keys beyond the key the call covers.
         *
         * @param rangeEnd which keys beyond the key to read; not null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
         */
        public Builder range(RangeEnd rangeEnd) {
            this.rangeEnd = Checks.notNull(rangeEnd, "rangeEnd");
            return this;
        }

        /**
         * Reading every key with the key as prefix (all keys for "").
         *
         * @return this builder, reading every key with the key as prefix (all keys for "")
         */
        public Builder prefix() {
            return range(RangeEnd.prefix());
        }

        /**
         * Reading every key {@code >=} the key (all keys for "").
         *
         * @return this builder, reading every key {@code >=} the key (all keys for "")
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
         * Limits the number of keys returned.
         *
         * @param limit the most keys to return, 0 for no limit
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when negative
         */
        public Builder limit(long limit) {
            this.limit = Checks.notNegative(limit, "limit");
            return this;
        }

        /**
         * Reads the store as it was at a revision (a point-in-time read).
         *
         * @param revision the revision to read at (a point-in-time read), 0 for the latest
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when negative
         */
        public Builder revision(long revision) {
            this.revision = Checks.notNegative(revision, "revision");
            return this;
        }

        /**
         * Sorts the result by a target, in a direction.
         *
         * @param target what to sort by; not null
         * @param order the direction; not null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when an argument that must not be null is null
         */
        public Builder sort(SortTarget target, SortOrder order) {
            this.sortTarget = Checks.notNull(target, "target");
            this.sortOrder = Checks.notNull(order, "order");
            return this;
        }

        /**
         * Makes the read serializable: any member answers from its local state, without a quorum
         * round; faster, but it may miss the latest writes. Off by default (linearizable).
         *
         * @return this builder
         */
        public Builder serializable() {
            this.serializable = true;
            return this;
        }

        /**
         * Leaves values out of the result: each key-value's value is empty. Off by default.
         *
         * @return this builder
         */
        public Builder keysOnly() {
            this.keysOnly = true;
            return this;
        }

        /**
         * Returns only the number of matching keys ({@link GetResponse#count()}), no key-values.
         * Off by default.
         *
         * @return this builder
         */
        public Builder countOnly() {
            this.countOnly = true;
            return this;
        }

        /**
         * Keeps only keys created at or after a revision.
         *
         * @param revision keep keys created at or after this revision, 0 for no bound
         * @return this builder
         */
        public Builder minCreateRevision(long revision) {
            this.minCreateRevision = Checks.notNegative(revision, "minCreateRevision");
            return this;
        }

        /**
         * Keeps only keys created at or before a revision.
         *
         * @param revision keep keys created at or before this revision, 0 for no bound
         * @return this builder
         */
        public Builder maxCreateRevision(long revision) {
            this.maxCreateRevision = Checks.notNegative(revision, "maxCreateRevision");
            return this;
        }

        /**
         * Keeps only keys modified at or after a revision.
         *
         * @param revision keep keys modified at or after this revision, 0 for no bound
         * @return this builder
         */
        public Builder minModRevision(long revision) {
            this.minModRevision = Checks.notNegative(revision, "minModRevision");
            return this;
        }

        /**
         * Keeps only keys modified at or before a revision.
         *
         * @param revision keep keys modified at or before this revision, 0 for no bound
         * @return this builder
         */
        public Builder maxModRevision(long revision) {
            this.maxModRevision = Checks.notNegative(revision, "maxModRevision");
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
         * The options.
         *
         * @return the options
         */
        public GetOptions build() {
            return new GetOptions(this);
        }
    }
}
