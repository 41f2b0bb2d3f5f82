package io.etcdj.v2;

import java.time.Duration;

/**
 * Options of a wait ({@code GET /v2/keys/...?wait=true}, etcd's long-poll watch) and of a
 * continuous watch. Immutable; {@link #DEFAULT} waits for the next change of the key itself, with
 * no timeout, recovering from a cleared index.
 */
public final class WaitOptions {
    /** No option: the next change, not recursive, no timeout, recovery on. */
    public static final WaitOptions DEFAULT = builder().build();

    private final Long waitIndex;
    private final boolean recursive;
    private final Duration timeout;
    private final boolean recoverFromClearedIndex;

    private WaitOptions(Builder b) {
        this.waitIndex = b.waitIndex;
        this.recursive = b.recursive;
        this.timeout = b.timeout;
        this.recoverFromClearedIndex = b.recoverFromClearedIndex;
    }

    /**
     * A new builder, with the defaults.
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
        b.waitIndex = waitIndex;
        b.recursive = recursive;
        b.timeout = timeout;
        b.recoverFromClearedIndex = recoverFromClearedIndex;
        return b;
    }

    /**
     * The first etcd index of interest ({@code waitIndex}).
     *
     * @return the index, or null to wait for the next change after the request arrives
     */
    public Long waitIndex() {
        return waitIndex;
    }

    /**
     * Whether changes anywhere under a directory count ({@code recursive=true}).
     *
     * @return true when recursive
     */
    public boolean recursive() {
        return recursive;
    }

    /**
     * How long one wait may last.
     *
     * @return the timeout, or null for none (a wait then lasts until a change comes)
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Whether error 401 (index cleared) is answered by reading the key again (see
     * {@link Builder#recoverFromClearedIndex(boolean)}).
     *
     * @return true to recover
     */
    public boolean recoverFromClearedIndex() {
        return recoverFromClearedIndex;
    }

    /** Builds {@link WaitOptions}. */
    public static final class Builder {
        private Long waitIndex;
        private boolean recursive;
        private Duration timeout;
        private boolean recoverFromClearedIndex = true;

        private Builder() {
        }

        /**
         * Waits for the first change at or after this etcd index, which may be in the past (etcd
         * keeps the last 1000 events). Default: none, the next change.
         *
         * @param index the index, at least 1
         * @return this builder
         * @throws IllegalArgumentException if index is less than 1
         */
        public Builder waitIndex(long index) {
            if (index < 1) {
                throw new IllegalArgumentException("waitIndex must be at least 1, got " + index);
            }
            this.waitIndex = index;
            return this;
        }

        /**
         * Counts changes anywhere under a directory. Default: off.
         *
         * @param recursive true for a recursive wait
         * @return this builder
         */
        public Builder recursive(boolean recursive) {
            this.recursive = recursive;
            return this;
        }

        /**
         * Limits how long one wait lasts; when it runs out the wait fails with
         * {@link EtcdV2TimeoutException} (a continuous watch just waits again). Default: none.
         *
         * @param timeout the timeout, positive; null for none
         * @return this builder
         * @throws IllegalArgumentException if timeout is zero or negative
         */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * What to do when etcd answers error 401 (the waitIndex is older than the history it
         * keeps). True (the default): read the key again (recursively when the wait is recursive)
         * and return that read, whose action is {@code get} and whose
         * {@link EtcdV2Response#etcdIndex()} + 1 is where to wait next; the events in between are
         * lost, the read shows their result. False: fail with {@link EventIndexClearedException}.
         *
         * @param recover true to recover
         * @return this builder
         */
        public Builder recoverFromClearedIndex(boolean recover) {
            this.recoverFromClearedIndex = recover;
            return this;
        }

        /**
         * The options.
         *
         * @return the immutable options
         */
        public WaitOptions build() {
            return new WaitOptions(this);
        }
    }
}
