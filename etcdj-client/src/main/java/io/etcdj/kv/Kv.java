package io.etcdj.kv;

/**
 * The key-value facet: etcd's {@code KV} service ({@code Range}, {@code Put}, {@code DeleteRange},
 * {@code Txn}, {@code Compact}), blocking. Thread-safe. The same calls in async form are
 * {@link AsyncKv}.
 *
 * <p>Keys and values given as {@code String} are encoded with the client's charset (UTF-8 unless
 * the builder said otherwise). Every call has a deadline: the options' timeout, or the client's
 * request timeout.
 *
 * <p>Errors common to every call, all {@link io.etcdj.exception.EtcdException}s:
 * {@link io.etcdj.exception.InvalidArgumentException} for bad input (checked locally where
 * possible, so nothing is sent), {@link io.etcdj.exception.ConnectionException} when no endpoint
 * can be reached within the connect timeout, {@link io.etcdj.exception.EtcdTimeoutException} when
 * the deadline passes, {@link io.etcdj.exception.NoLeaderException} when the cluster has no
 * leader, {@link io.etcdj.exception.UnauthenticatedException} and
 * {@link io.etcdj.exception.PermissionDeniedException} under auth,
 * {@link io.etcdj.exception.ClientClosedException} after close. Reads are retried on transient
 * errors until the deadline; writes only when they provably never reached a server, unless their
 * options say {@code idempotent()}.
 */
public interface Kv {
    /**
     * Reads one key, linearizably, at the latest revision.
     *
     * @param key the key; not null, not empty
     * @return the response, with {@link GetResponse#first()} empty when the key does not exist
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty
     */
    GetResponse get(String key);

    /**
     * Reads one key, linearizably, at the latest revision.
     *
     * @param key the key; not null, not empty
     * @return the response, with {@link GetResponse#first()} empty when the key does not exist
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty
     */
    GetResponse get(byte[] key);

    /**
     * Reads a key or a range of keys ({@code Range} RPC).
     *
     * @param key the key, or the start of the range; may be empty only with a prefix or from-key
     *     range, where it means every key
     * @param options range end, limit, revision, sort, serializable, keys-only, count-only and
     *     revision filters; not null
     * @return the key-values found, in the requested order
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty for a single key
     *     or explicit range
     * @throws io.etcdj.exception.RevisionCompactedException when the revision is compacted
     * @throws io.etcdj.exception.FutureRevisionException when the revision is not reached yet
     */
    GetResponse get(String key, GetOptions options);

    /**
     * Reads a key or a range of keys ({@code Range} RPC); see {@link #get(String, GetOptions)}.
     *
     * @param key the key, or the start of the range
     * @param options the read options; not null
     * @return the key-values found
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty for a single key
     * @throws io.etcdj.exception.RevisionCompactedException when the revision is compacted
     * @throws io.etcdj.exception.FutureRevisionException when the revision is not reached yet
     */
    GetResponse get(byte[] key, GetOptions options);

    /**
     * Writes a key ({@code Put} RPC).
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, may be empty
     * @return the response; its header's revision is the revision of this write
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty or the request is
     *     over the server's size limit
     * @throws io.etcdj.exception.ResourceExhaustedException when the space quota is reached
     */
    PutResponse put(String key, String value);

    /**
     * Writes a key ({@code Put} RPC); see {@link #put(String, String)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null
     * @return the response
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty or too large
     */
    PutResponse put(byte[] key, byte[] value);

    /**
     * Writes a key with options ({@code Put} RPC).
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, except with ignore-value, where it must be null or empty
     * @param options lease, prev-kv, ignore-value, ignore-lease; not null
     * @return the response, with the previous key-value when asked for
     * @throws io.etcdj.exception.InvalidArgumentException for an empty key, a null value without
     *     ignore-value, a non-empty value with it (checked locally; code
     *     {@link io.etcdj.exception.ErrorCode#VALUE_PROVIDED}), a lease given with ignore-lease, or
     *     ignore-value or ignore-lease on a missing key
     * @throws io.etcdj.exception.LeaseNotFoundException when the lease does not exist
     */
    PutResponse put(String key, String value, PutOptions options);

    /**
     * Writes a key with options; see {@link #put(String, String, PutOptions)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, except with ignore-value, where it must be null or empty
     * @param options put options; not null
     * @return the response
     * @throws io.etcdj.exception.InvalidArgumentException for bad input
     * @throws io.etcdj.exception.LeaseNotFoundException when the lease does not exist
     */
    PutResponse put(byte[] key, byte[] value, PutOptions options);

    /**
     * Put-if-absent: writes the key only if it does not exist, in one {@code Txn} (compare create
     * revision = 0, then put).
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, may be empty
     * @return true when the key did not exist and was written; false when it existed (and was
     *     left as it was)
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty or a value null
     */
    boolean putIfAbsent(String key, String value);

    /**
     * Put-if-absent on bytes; see {@link #putIfAbsent(String, String)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, may be empty
     * @return true when the key did not exist and was written
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty or a value null
     */
    boolean putIfAbsent(byte[] key, byte[] value);

    /**
     * Put-if-absent with options: writes the key only if it does not exist, in one {@code Txn}
     * (compare create revision = 0, then put with the options' lease).
     *
     * <p>Like any write it is retried only when it provably never reached a server, unless the
     * options say {@link PutOptions.Builder#idempotent()}. With that, note what a retry can
     * report: when the first attempt wrote the key but its answer was lost, the retry finds the
     * key and answers false.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, may be empty
     * @param options lease, timeout and idempotent; not null; prev-kv is ignored
     * @return true when the key did not exist and was written; false when it existed
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty, the value null,
     *     or the options ask for ignore-value or ignore-lease (they need an existing key)
     * @throws io.etcdj.exception.LeaseNotFoundException when the lease does not exist
     */
    boolean putIfAbsent(String key, String value, PutOptions options);

    /**
     * Put-if-absent on bytes with options; see {@link #putIfAbsent(String, String, PutOptions)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, may be empty
     * @param options lease, timeout and idempotent; not null
     * @return true when the key did not exist and was written
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty, the value null,
     *     or the options ask for ignore-value or ignore-lease
     * @throws io.etcdj.exception.LeaseNotFoundException when the lease does not exist
     */
    boolean putIfAbsent(byte[] key, byte[] value, PutOptions options);

    /**
     * Deletes one key ({@code DeleteRange} RPC).
     *
     * @param key the key; not null, not empty
     * @return the response; {@link DeleteResponse#deleted()} is 0 when the key did not exist
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty
     */
    DeleteResponse delete(String key);

    /**
     * Deletes one key; see {@link #delete(String)}.
     *
     * @param key the key; not null, not empty
     * @return the response
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty
     */
    DeleteResponse delete(byte[] key);

    /**
     * Deletes a key or a range of keys ({@code DeleteRange} RPC).
     *
     * @param key the key or range start; may be empty only with a prefix or from-key range (every
     *     key)
     * @param options range end and prev-kv; not null
     * @return how many keys were deleted, and the deleted key-values when asked for
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty for one key
     */
    DeleteResponse delete(String key, DeleteOptions options);

    /**
     * Deletes a key or a range of keys; see {@link #delete(String, DeleteOptions)}.
     *
     * @param key the key or range start
     * @param options range end and prev-kv; not null
     * @return the response
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty for one key
     */
    DeleteResponse delete(byte[] key, DeleteOptions options);

    /**
     * Compare-and-swap: sets the key to {@code newValue} only if its current value is
     * {@code expectedValue}, in one {@code Txn}.
     *
     * @param key the key; not null, not empty
     * @param expectedValue the value the key must have now; not null
     * @param newValue the value to write; not null
     * @return true when the value matched and was replaced; false when it did not match or the key
     *     does not exist
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty
     */
    boolean replace(String key, String expectedValue, String newValue);

    /**
     * Compare-and-swap on bytes; see {@link #replace(String, String, String)}.
     *
     * @param key the key; not null, not empty
     * @param expectedValue the value the key must have now; not null
     * @param newValue the value to write; not null
     * @return true when replaced
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty
     */
    boolean replace(byte[] key, byte[] expectedValue, byte[] newValue);

    /**
     * Runs a transaction ({@code Txn} RPC). A txn whose operations all read is retried like a
     * read; one that writes is retried only when it never reached a server or is declared
     * idempotent.
     *
     * @param txn the compares and the two branches; not null
     * @return which branch ran and each operation's result
     * @throws io.etcdj.exception.InvalidArgumentException for an empty key, more operations than
     *     the server's {@code --max-txn-ops}, or the same key written twice in a branch
     */
    TxnResponse txn(Txn txn);

    /**
     * Compacts the store's history up to a revision ({@code Compact} RPC): older revisions can no
     * longer be read or watched.
     *
     * @param revision the revision to compact to; positive, not beyond the current revision
     * @return the response
     * @throws io.etcdj.exception.RevisionCompactedException when the store is already compacted
     *     at or past the revision
     * @throws io.etcdj.exception.FutureRevisionException when the revision is not reached yet
     */
    CompactResponse compact(long revision);

    /**
     * Compacts the store's history up to a revision, optionally waiting until it is physically
     * applied; see {@link #compact(long)}.
     *
     * @param revision the revision to compact to
     * @param options physical and timeout; not null
     * @return the response
     * @throws io.etcdj.exception.RevisionCompactedException when already compacted past it
     * @throws io.etcdj.exception.FutureRevisionException when the revision is not reached yet
     */
    CompactResponse compact(long revision, CompactOptions options);
}
