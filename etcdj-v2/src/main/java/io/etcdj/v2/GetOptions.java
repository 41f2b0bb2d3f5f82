package io.etcdj.v2;

/**
 * Options of a read ({@code GET /v2/keys/...}). Immutable; {@link #DEFAULT} reads one level with
 * no sorting from the member asked.
 */
public final class GetOptions {
    /** No option: one level, unsorted, not quorum. */
    public static final GetOptions DEFAULT = builder().build();

    private final boolean recursive;
    private final boolean sorted;
    private final boolean quorum;

    private GetOptions(Builder b) {
        this.recursive = b.recursive;
        this.sorted = b.sorted;
        this.quorum = b.quorum;
    }

    /**
     * A new builder, with every option off.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a directory is read with all its descendants ({@code recursive=true}).
     *
     * @return true when recursive
     */
    public boolean recursive() {
        return recursive;
    }

    /**
     * Whether a directory's children come sorted by key ({@code sorted=true}).
     *
     * @return true when sorted
     */
    public boolean sorted() {
        return sorted;
    }

    /**
     * Whether the read goes through raft ({@code quorum=true}), so it cannot be stale.
     *
     * @return true for a quorum read
     */
    public boolean quorum() {
        return quorum;
    }

    /** Builds {@link GetOptions}. */
    public static final class Builder {
        private boolean recursive;
        private boolean sorted;
        private boolean quorum;

        private Builder() {
        }

        /**
         * Reads a directory with all its descendants. Default: off (one level).
         *
         * @param recursive true for a recursive read
         * @return this builder
         */
        public Builder recursive(boolean recursive) {
            this.recursive = recursive;
            return this;
        }

        /**
         * Sorts a directory's children by key. Default: off.
         *
         * @param sorted true to sort
         * @return this builder
         */
        public Builder sorted(boolean sorted) {
            this.sorted = sorted;
            return this;
        }

        /**
         * Reads through raft (linearizable). Default: off (the member answers from its own store).
         *
         * @param quorum true for a quorum read
         * @return this builder
         */
        public Builder quorum(boolean quorum) {
            this.quorum = quorum;
            return this;
        }

        /**
         * The options.
         *
         * @return the immutable options
         */
        public GetOptions build() {
            return new GetOptions(this);
        }
    }
}
