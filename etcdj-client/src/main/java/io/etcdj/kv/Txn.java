package io.etcdj.kv;

import io.etcdj.WriteOptions;
import io.etcdj.internal.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction ({@code Txn} RPC): if every compare holds, the then-operations run, otherwise the
 * else-operations; atomically, at one revision. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * Txn txn = Txn.builder()
 *     .when(Cmp.value("lock/owner").equalTo("me"))
 *     .then(Op.put("state", "done"), Op.delete("lock/owner"))
 *     .otherwise(Op.get("lock/owner"))
 *     .build();
 * }</pre>
 *
 * <p>etcd limits a txn to {@code --max-txn-ops} operations per branch (128 by default) and
 * rejects a txn that writes the same key twice in one branch; both come back as
 * {@link io.etcdj.exception.InvalidArgumentException}. A txn with no compares always takes the
 * then-branch.
 */
public final class Txn implements WriteOptions {
    private final List<Cmp> compares;
    private final List<Op> thenOps;
    private final List<Op> elseOps;
    private final Duration timeout;
    private final boolean idempotent;

    private Txn(Builder b) {
        compares = List.copyOf(b.compares);
        thenOps = List.copyOf(b.thenOps);
        elseOps = List.copyOf(b.elseOps);
        timeout = b.timeout;
        idempotent = b.idempotent;
    }

    /**
     * An empty transaction builder.
     *
     * @return an empty transaction builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The compares, all of which must hold for the then-branch.
     *
     * @return the compares, all of which must hold for the then-branch
     */
    public List<Cmp> compares() {
        return compares;
    }

    /**
     * The operations run when every compare holds.
     *
     * @return the operations run when every compare holds
     */
    public List<Op> thenOps() {
        return thenOps;
    }

    /**
     * The operations run when a compare fails.
     *
     * @return the operations run when a compare fails
     */
    public List<Op> elseOps() {
        return elseOps;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /**
     * True when declared safe to repeat, or when the txn only reads.
     *
     * @return true when declared safe to repeat, or when the txn only reads
     */
    @Override
    public boolean idempotent() {
        return idempotent || isReadOnly();
    }

    /**
     * True when no operation of either branch writes.
     *
     * @return true when no operation of either branch writes
     */
    public boolean isReadOnly() {
        return thenOps.stream().allMatch(Op::isReadOnly) && elseOps.stream().allMatch(Op::isReadOnly);
    }

    @Override
    public String toString() {
        return "Txn{if " + compares + " then " + thenOps + " else " + elseOps + "}";
    }

    /** Builds a {@link Txn}. Not thread-safe. */
    public static final class Builder {
        private final List<Cmp> compares = new ArrayList<>();
        private final List<Op> thenOps = new ArrayList<>();
        private final List<Op> elseOps = new ArrayList<>();
        private Duration timeout;
        private boolean idempotent;

        private Builder() {
        }

        /**
         * This builder.
         *
         * @param compares conditions to add; none null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when the array or one of its elements is null
         */
        public Builder when(Cmp... compares) {
            return add(this.compares, compares);
        }

        /**
         * This builder.
         *
         * @param ops operations to add to the then-branch; none null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when the array or one of its elements is null
         */
        public Builder then(Op... ops) {
            return add(thenOps, ops);
        }

        /**
         * This builder.
         *
         * @param ops operations to add to the else-branch; none null
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when the array or one of its elements is null
         */
        public Builder otherwise(Op... ops) {
            return add(elseOps, ops);
        }

        private <T> Builder add(List<T> list, T[] items) {
            for (T item : Checks.notNull(items, "items")) {
                list.add(Checks.notNull(item, "an operation or compare"));
            }
            return this;
        }

        /**
         * Sets the call's deadline.
         *
         * @param timeout the call's deadline; null for the client default
         * @return this builder
         * @throws io.etcdj.exception.InvalidArgumentException when zero or negative
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.timeout(timeout);
            return this;
        }

        /**
         * Declares the txn safe to apply twice (for example, its compares guard against a
         * repeat), so it may be retried after an error whose outcome is unknown. A txn whose
         * operations all read is repeatable without this. Off by default.
         *
         * @return this builder
         */
        public Builder idempotent() {
            this.idempotent = true;
            return this;
        }

        /**
         * The transaction.
         *
         * @return the transaction
         */
        public Txn build() {
            return new Txn(this);
        }
    }
}
