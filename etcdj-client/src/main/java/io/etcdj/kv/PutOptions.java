package io.etcdj.kv;

import io.etcdj.WriteOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;

/**
 * Options of a put ({@code Put} RPC). Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: no lease, no previous key-value, the given value and no lease kept, the client's
 * request timeout, not idempotent.
 */
public final class PutOptions implements WriteOptions {
    /** The defaults. */
    public static final PutOptions DEFAULT = builder().build();

    private final long leaseId;
    private final boolean prevKv;
    private final boolean ignoreValue;
    private final boolean ignoreLease;
    private final Duration timeout;
    private final boolean idempotent;

    private PutOptions(Builder b) {
        leaseId = b.leaseId;
        prevKv = b.prevKv;
        ignoreValue = b.ignoreValue;
        ignoreLease = b.ignoreLease;
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
     * The lease to attach the key to, 0 for none.
     *
     * @return the lease to attach the key to, 0 for none
     */
    public long leaseId() {
        return leaseId;
    }

    /**
     * True when the response carries the key-value before the put.
     *
     * @return true when the response carries the key-value before the put
     */
    public boolean prevKv() {
        return prevKv;
    }

    /**
     * Whether the put keeps the key's current value.
     *
     * @return true when the key keeps its current value (the put's value must be null or empty)
     */
    public boolean ignoreValue() {
        return ignoreValue;
    }

    /**
     * True when the key keeps its current lease (the lease id must be 0).
     *
     * @return true when the key keeps its current lease (the lease id must be 0)
     */
    public boolean ignoreLease() {
        return ignoreLease;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public boolean idempotent() {
        return idempotent;
    }

    /** Builds {@link PutOptions}. Not thread-safe. */
    public static final class Builder {
        private long leaseId;
        private boolean prevKv;
        private boolean ignoreValue;
        private boolean ignoreLease;
        private Duration timeout;
        private boolean idempotent;

        private Builder() {
        }

        /**
         * Attaches the key to a lease.
         *
         * @param leaseId the lease to attach the key to (the key goes when the lease expires);
         *     0 for none
         * @return this builder
         */
        public Builder leaseId(long leaseId) {
            this.leaseId = leaseId;
            return this;
        }

        /**
         * Asks for the key-value as it was before the put ({@link PutResponse#prevKv()}). Off by
         * default.
         *
         * @return this builder
         */
        public Builder prevKv() {
            this.prevKv = true;
            return this;
        }

        /**
         * Keeps the key's current value: the put changes only its lease (or, with nothing else
         * set, just bumps its version and mod revision). Pass a null (or empty) value; a
         * non-empty one is rejected locally with {@link io.etcdj.exception.InvalidArgumentException},
         * as etcd would reject it ("value is provided"). etcd fails the put with
         * {@link io.etcdj.exception.InvalidArgumentException} ("key not found") when the key does
         * not exist. Off by default.
         *
         * @return this builder
         */
        public Builder ignoreValue() {
            this.ignoreValue = true;
            return this;
        }

        /**
         * Keeps the key's current lease: leave {@link #leaseId(long)} at 0 (etcd rejects a lease
         * id given with it, "lease is provided"). etcd fails the put when the key does not exist.
         * Off by default.
         *
         * @return this builder
         */
        public Builder ignoreLease() {
            this.ignoreLease = true;
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
         * Declares this put safe to apply twice, so that it may be retried after an error whose
         * outcome is unknown (it may have taken effect). Off by default: a put is retried only
         * when it provably never reached a server.
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
        public PutOptions build() {
            return new PutOptions(this);
        }
    }
}
