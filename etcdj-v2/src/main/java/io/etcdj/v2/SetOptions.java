package io.etcdj.v2;

/**
 * Options of a write ({@code PUT} or {@code POST /v2/keys/...}): TTL, conditions and the
 * directory and refresh flags. Immutable; {@link #DEFAULT} sets unconditionally with no TTL.
 */
public final class SetOptions {
    /** No option: an unconditional set without TTL. */
    public static final SetOptions DEFAULT = builder().build();

    private final Long ttl;
    private final String prevValue;
    private final Long prevIndex;
    private final Boolean prevExist;
    private final boolean dir;
    private final boolean refresh;

    private SetOptions(Builder b) {
        this.ttl = b.ttl;
        this.prevValue = b.prevValue;
        this.prevIndex = b.prevIndex;
        this.prevExist = b.prevExist;
        this.dir = b.dir;
        this.refresh = b.refresh;
    }

    /**
     * A new builder, with no option set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options, to change some.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ttl = ttl;
        b.prevValue = prevValue;
        b.prevIndex = prevIndex;
        b.prevExist = prevExist;
        b.dir = dir;
        b.refresh = refresh;
        return b;
    }

    /**
     * The time to live ({@code ttl}).
     *
     * @return seconds, or null for none (the node then has no TTL; an update without TTL removes
     *     the node's TTL)
     */
    public Long ttl() {
        return ttl;
    }

    /**
     * The compare-and-swap condition on the current value ({@code prevValue}).
     *
     * @return the value the node must have, or null for no condition
     */
    public String prevValue() {
        return prevValue;
    }

    /**
     * The compare-and-swap condition on the current modified index ({@code prevIndex}).
     *
     * @return the modified index the node must have, or null for no condition
     */
    public Long prevIndex() {
        return prevIndex;
    }

    /**
     * The existence condition ({@code prevExist}).
     *
     * @return true: the node must exist (update); false: it must not (create); null: no condition
     */
    public Boolean prevExist() {
        return prevExist;
    }

    /**
     * Whether the node is a directory ({@code dir=true}).
     *
     * @return true for a directory
     */
    public boolean dir() {
        return dir;
    }

    /**
     * Whether this is a TTL refresh ({@code refresh=true}): the TTL is reset, the value kept, and
     * watchers are not notified.
     *
     * @return true for a refresh
     */
    public boolean refresh() {
        return refresh;
    }

    /** Builds {@link SetOptions}. */
    public static final class Builder {
        private Long ttl;
        private String prevValue;
        private Long prevIndex;
        private Boolean prevExist;
        private boolean dir;
        private boolean refresh;

        private Builder() {
        }

        /**
         * Gives the node a time to live. Default: none.
         *
         * @param seconds the TTL in seconds, at least 0 (etcd treats 0 as "expires now")
         * @return this builder
         * @throws IllegalArgumentException if seconds is negative
         */
        public Builder ttl(long seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("ttl must be at least 0 seconds, got " + seconds);
            }
            this.ttl = seconds;
            return this;
        }

        /**
         * Only writes when the node's current value equals this one (compare-and-swap).
         * Default: no condition.
         *
         * @param value the value expected; null removes the condition
         * @return this builder
         */
        public Builder prevValue(String value) {
            this.prevValue = value;
            return this;
        }

        /**
         * Only writes when the node's modified index equals this one (compare-and-swap).
         * Default: no condition.
         *
         * @param index the modified index expected, at least 1
         * @return this builder
         * @throws IllegalArgumentException if index is less than 1
         */
        public Builder prevIndex(long index) {
            if (index < 1) {
                throw new IllegalArgumentException("prevIndex must be at least 1, got " + index);
            }
            this.prevIndex = index;
            return this;
        }

        /**
         * Only writes when the node exists (true) or does not (false). Default: no condition.
         *
         * @param exists the condition; null removes it
         * @return this builder
         */
        public Builder prevExist(Boolean exists) {
            this.prevExist = exists;
            return this;
        }

        /**
         * Makes the node a directory (no value). Default: off.
         *
         * @param dir true for a directory
         * @return this builder
         */
        public Builder dir(boolean dir) {
            this.dir = dir;
            return this;
        }

        /**
         * Makes the write a TTL refresh: needs a TTL, no value; watchers are not notified.
         * Default: off.
         *
         * @param refresh true for a refresh
         * @return this builder
         */
        public Builder refresh(boolean refresh) {
            this.refresh = refresh;
            return this;
        }

        /**
         * The options.
         *
         * @return the immutable options
         */
        public SetOptions build() {
            return new SetOptions(this);
        }
    }
}
