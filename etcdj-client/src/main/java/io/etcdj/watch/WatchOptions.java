package io.etcdj.watch;

import io.etcdj.CallOptions;
import io.etcdj.internal.Checks;
import io.etcdj.kv.RangeEnd;
import java.time.Duration;

/**
 * Options of a watch ({@code WatchCreateRequest} of etcd's {@code Watch} RPC). Immutable; build
 * with {@link #builder()}.
 *
 * <p>Defaults: one key, from now (the revision after the one current when etcd creates the
 * watch), no previous key-values, no progress notifications, puts and deletes, no fragmenting, an
 * id chosen by the client, and the client's request timeout for etcd to confirm the watch.
 */
public final class WatchOptions implements CallOptions {
    /** The defaults. */
    public static final WatchOptions DEFAULT = builder().build();

    private final RangeEnd rangeEnd;
    private final long startRevision;
    private final boolean prevKv;
    private final boolean progressNotify;
    private final boolean noPut;
    private final boolean noDelete;
    private final boolean fragment;
    private final long watchId;
    private final Duration timeout;

    private WatchOptions(Builder b) {
        rangeEnd = b.rangeEnd;
        startRevision = b.startRevision;
        prevKv = b.prevKv;
        progressNotify = b.progressNotify;
        noPut = b.noPut;
        noDelete = b.noDelete;
        fragment = b.fragment;
        watchId = b.watchId;
        timeout = b.timeout;
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Which keys beyond the watched key are watched.
     *
     * @return the range end
     */
    public RangeEnd rangeEnd() {
        return rangeEnd;
    }

    /**
     * The first revision delivered.
     *
     * @return the revision, inclusive; 0 for "from now"
     */
    public long startRevision() {
        return startRevision;
    }

    /**
     * Whether each event carries the key-value as it was before the event.
     *
     * @return true when previous key-values are asked for
     */
    public boolean prevKv() {
        return prevKv;
    }

    /**
     * Whether etcd sends periodic empty responses with the current revision while no event comes.
     *
     * @return true when progress notifications are asked for
     */
    public boolean progressNotify() {
        return progressNotify;
    }

    /**
     * Whether put events are filtered out by the server.
     *
     * @return true for no puts
     */
    public boolean noPut() {
        return noPut;
    }

    /**
     * Whether delete events are filtered out by the server.
     *
     * @return true for no deletes
     */
    public boolean noDelete() {
        return noDelete;
    }

    /**
     * Whether etcd may split a revision larger than its message limit across responses (etcdj
     * reassembles them, so a listener still sees each revision whole).
     *
     * @return true when fragmenting is allowed
     */
    public boolean fragment() {
        return fragment;
    }

    /**
     * The watch id the caller chose.
     *
     * @return the id, or 0 when the client chooses one
     */
    public long watchId() {
        return watchId;
    }

    /**
     * How long etcd may take to confirm the watch (and, for
     * {@link AsyncWatch#next(String, WatchOptions, java.util.function.Predicate, Duration)}, nothing more).
     *
     * @return the timeout, or null for the client's request timeout
     */
    @Override
    public Duration timeout() {
        return timeout;
    }

    /** Builds {@link WatchOptions}. Not thread-safe. */
    public static final class Builder {
        private RangeEnd rangeEnd = RangeEnd.single();
        private long startRevision;
        private boolean prevKv;
        private boolean progressNotify;
        private boolean noPut;
        private boolean noDelete;
        private boolean fragment;
        private long watchId;
        private Duration timeout;

        private Builder() {
        }

        /**
         * Watches every key that starts with the key; an empty key with a prefix watches every key.
         *
         * @return this builder
         */
        public Builder prefix() {
            rangeEnd = RangeEnd.prefix();
            return this;
        }

        /**
         * Watches every key from the key to the end of the keyspace.
         *
         * @return this builder
         */
        public Builder fromKey() {
            rangeEnd = RangeEnd.fromKey();
            return this;
        }

        /**
         * Watches the range {@code [key, end)}.
         *
         * @param end the exclusive end; not null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when null
         */
        public Builder rangeEnd(String end) {
            rangeEnd = RangeEnd.of(Checks.notNull(end, "end"));
            return this;
        }

        /**
         * Watches the range {@code [key, end)}.
         *
         * @param end the exclusive end; not null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when null
         */
        public Builder rangeEnd(byte[] end) {
            rangeEnd = RangeEnd.of(Checks.notNull(end, "end"));
            return this;
        }

        /**
         * Delivers events from this revision on, including past ones still in etcd's history.
         *
         * @param revision the first revision delivered; 0 for "from now"; not negative
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when negative
         */
        public Builder startRevision(long revision) {
            startRevision = Checks.notNegative(revision, "startRevision");
            return this;
        }

        /**
         * Asks for the previous key-value of each event.
         *
         * @return this builder
         */
        public Builder prevKv() {
            prevKv = true;
            return this;
        }

        /**
         * Asks for progress notifications (etcd sends them about every 10 minutes by default).
         *
         * @return this builder
         */
        public Builder progressNotify() {
            progressNotify = true;
            return this;
        }

        /**
         * Filters out put events on the server.
         *
         * @return this builder
         */
        public Builder noPut() {
            noPut = true;
            return this;
        }

        /**
         * Filters out delete events on the server.
         *
         * @return this builder
         */
        public Builder noDelete() {
            noDelete = true;
            return this;
        }

        /**
         * Lets etcd split a revision too large for one message; etcdj reassembles it.
         *
         * @return this builder
         */
        public Builder fragment() {
            fragment = true;
            return this;
        }

        /**
         * Chooses the watch's id, unique among this client's watches.
         *
         * @param id a positive id
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when not positive
         */
        public Builder watchId(long id) {
            if (id <= 0) {
                throw Checks.invalid("watchId must be positive, got " + id);
            }
            watchId = id;
            return this;
        }

        /**
         * How long etcd may take to confirm the watch.
         *
         * @param timeout positive; null for the client's request timeout
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
         * @throws io.etcdj.exception.InvalidArgumentException when both puts and deletes are filtered out
         */
        public WatchOptions build() {
            if (noPut && noDelete) {
                throw Checks.invalid("noPut and noDelete together leave nothing to watch");
            }
            return new WatchOptions(this);
        }
    }
}
