package io.etcdj.v2;

/**
 * Options of a delete ({@code DELETE /v2/keys/...}). Immutable; {@link #DEFAULT} deletes one key
 * unconditionally.
 */
public final class DeleteOptions {
    /** No option: delete one key (not a directory), unconditionally. */
    public static final DeleteOptions DEFAULT = builder().build();

    private final boolean recursive;
    private final boolean dir;
    private final String prevValue;
    private final Long prevIndex;

    private DeleteOptions(Builder b) {
        this.recursive = b.recursive;
        this.dir = b.dir;
        this.prevValue = b.prevValue;
        this.prevIndex = b.prevIndex;
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
     * Whether a directory is deleted with everything under it ({@code recursive=true}).
     *
     * @return true when recursive
     */
    public boolean recursive() {
        return recursive;
    }

    /**
     * Whether the node may be an (empty) directory ({@code dir=true}).
     *
     * @return true to delete an empty directory
     */
    public boolean dir() {
        return dir;
    }

    /**
     * The compare-and-delete condition on the value ({@code prevValue}).
     *
     * @return the value expected, or null for no condition
     */
    public String prevValue() {
        return prevValue;
    }

    /**
     * The compare-and-delete condition on the modified index ({@code prevIndex}).
     *
     * @return the modified index expected, or null for no condition
     */
    public Long prevIndex() {
        return prevIndex;
    }

    /** Builds {@link DeleteOptions}. */
    public static final class Builder {
        private boolean recursive;
        private boolean dir;
        private String prevValue;
        private Long prevIndex;

        private Builder() {
        }

        /**
         * Deletes a directory and everything under it. Default: off.
         *
         * @param recursive true for a recursive delete
         * @return this builder
         */
        public Builder recursive(boolean recursive) {
            this.recursive = recursive;
            return this;
        }

        /**
         * Allows deleting an empty directory. Default: off.
         *
         * @param dir true to allow a directory
         * @return this builder
         */
        public Builder dir(boolean dir) {
            this.dir = dir;
            return this;
        }

        /**
         * Only deletes when the value equals this one. Default: no condition.
         *
         * @param value the value expected; null removes the condition
         * @return this builder
         */
        public Builder prevValue(String value) {
            this.prevValue = value;
            return this;
        }

        /**
         * Only deletes when the modified index equals this one. Default: no condition.
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
         * The options.
         *
         * @return the immutable options
         */
        public DeleteOptions build() {
            return new DeleteOptions(this);
        }
    }
}
