package io.etcdj.kv;

import java.util.concurrent.CompletableFuture;

/**
 * The key-value facet in async form: etcd's {@code KV} service ({@code Range}, {@code Put},
 * {@code DeleteRange}, {@code Txn}, {@code Compact}). Every method returns at once; the future
 * completes with the response, or exceptionally with an {@link io.etcdj.exception.EtcdException}
 * (see {@link Kv} for which one when).
 *
 * <p>Futures complete on an etcdj I/O thread: a dependent stage must not block (use the
 * {@code ...Async} stages with an executor of your own for blocking work, including blocking
 * etcdj calls). Bad arguments that can be checked locally fail the returned future before
 * anything is sent.
 */
public interface AsyncKv {
    /**
     * Reads one key; see {@link Kv#get(String)}.
     *
     * @param key the key; not null, not empty
     * @return a future of the result of {@link Kv#get(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<GetResponse> get(String key);

    /**
     * Reads one key; see {@link Kv#get(byte[])}.
     *
     * @param key the key; not null, not empty
     * @return a future of the result of {@link Kv#get(byte[])}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<GetResponse> get(byte[] key);

    /**
     * Reads a key or a range ({@code Range} RPC); see {@link Kv#get(String, GetOptions)}.
     *
     * @param key the key or range start; not null
     * @param options range and read options; not null
     * @return a future of the result of {@link Kv#get(String, GetOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<GetResponse> get(String key, GetOptions options);

    /**
     * Reads a key or a range ({@code Range} RPC); see {@link Kv#get(byte[], GetOptions)}.
     *
     * @param key the key or range start; not null
     * @param options range and read options; not null
     * @return a future of the result of {@link Kv#get(byte[], GetOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<GetResponse> get(byte[] key, GetOptions options);

    /**
     * Writes a key ({@code Put} RPC); see {@link Kv#put(String, String)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null
     * @return a future of the result of {@link Kv#put(String, String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<PutResponse> put(String key, String value);

    /**
     * Writes a key ({@code Put} RPC); see {@link Kv#put(byte[], byte[])}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null
     * @return a future of the result of {@link Kv#put(byte[], byte[])}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<PutResponse> put(byte[] key, byte[] value);

    /**
     * Writes a key with options; see {@link Kv#put(String, String, PutOptions)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, except with ignore-value (null or empty)
     * @param options put options; not null
     * @return a future of the result of {@link Kv#put(String, String, PutOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<PutResponse> put(String key, String value, PutOptions options);

    /**
     * Writes a key with options; see {@link Kv#put(byte[], byte[], PutOptions)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null, except with ignore-value (null or empty)
     * @param options put options; not null
     * @return a future of the result of {@link Kv#put(byte[], byte[], PutOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<PutResponse> put(byte[] key, byte[] value, PutOptions options);

    /**
     * Writes a key only if it does not exist, in one {@code Txn}; see {@link Kv#putIfAbsent(String, String)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null
     * @return a future of the result of {@link Kv#putIfAbsent(String, String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<Boolean> putIfAbsent(String key, String value);

    /**
     * Writes a key only if it does not exist, in one {@code Txn}; see {@link Kv#putIfAbsent(byte[], byte[])}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null
     * @return a future of the result of {@link Kv#putIfAbsent(byte[], byte[])}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<Boolean> putIfAbsent(byte[] key, byte[] value);

    /**
     * Writes a key only if it does not exist, with options; see {@link Kv#putIfAbsent(String, String, PutOptions)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null
     * @param options lease, timeout and idempotent; not null
     * @return a future of the result of {@link Kv#putIfAbsent(String, String, PutOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<Boolean> putIfAbsent(String key, String value, PutOptions options);

    /**
     * Writes a key only if it does not exist, with options; see {@link Kv#putIfAbsent(byte[], byte[], PutOptions)}.
     *
     * @param key the key; not null, not empty
     * @param value the value; not null
     * @param options lease, timeout and idempotent; not null
     * @return a future of the result of {@link Kv#putIfAbsent(byte[], byte[], PutOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<Boolean> putIfAbsent(byte[] key, byte[] value, PutOptions options);

    /**
     * Deletes one key ({@code DeleteRange} RPC); see {@link Kv#delete(String)}.
     *
     * @param key the key; not null, not empty
     * @return a future of the result of {@link Kv#delete(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<DeleteResponse> delete(String key);

    /**
     * Deletes one key ({@code DeleteRange} RPC); see {@link Kv#delete(byte[])}.
     *
     * @param key the key; not null, not empty
     * @return a future of the result of {@link Kv#delete(byte[])}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<DeleteResponse> delete(byte[] key);

    /**
     * Deletes a key or a range; see {@link Kv#delete(String, DeleteOptions)}.
     *
     * @param key the key or range start; not null
     * @param options range and prev-kv; not null
     * @return a future of the result of {@link Kv#delete(String, DeleteOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<DeleteResponse> delete(String key, DeleteOptions options);

    /**
     * Deletes a key or a range; see {@link Kv#delete(byte[], DeleteOptions)}.
     *
     * @param key the key or range start; not null
     * @param options range and prev-kv; not null
     * @return a future of the result of {@link Kv#delete(byte[], DeleteOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<DeleteResponse> delete(byte[] key, DeleteOptions options);

    /**
     * Compare-and-swap in one {@code Txn}; see {@link Kv#replace(String, String, String)}.
     *
     * @param key the key; not null, not empty
     * @param expectedValue the value it must have now; not null
     * @param newValue its new value; not null
     * @return a future of the result of {@link Kv#replace(String, String, String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<Boolean> replace(String key, String expectedValue, String newValue);

    /**
     * Compare-and-swap in one {@code Txn}; see {@link Kv#replace(byte[], byte[], byte[])}.
     *
     * @param key the key; not null, not empty
     * @param expectedValue the value it must have now; not null
     * @param newValue its new value; not null
     * @return a future of the result of {@link Kv#replace(byte[], byte[], byte[])}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<Boolean> replace(byte[] key, byte[] expectedValue, byte[] newValue);

    /**
     * Runs a transaction ({@code Txn} RPC); see {@link Kv#txn(Txn)}.
     *
     * @param txn the transaction; not null
     * @return a future of the result of {@link Kv#txn(Txn)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<TxnResponse> txn(Txn txn);

    /**
     * Compacts the history up to a revision ({@code Compact} RPC); see {@link Kv#compact(long)}.
     *
     * @param revision the revision to compact to
     * @return a future of the result of {@link Kv#compact(long)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<CompactResponse> compact(long revision);

    /**
     * Compacts the history up to a revision, with options; see {@link Kv#compact(long, CompactOptions)}.
     *
     * @param revision the revision to compact to
     * @param options physical, timeout and idempotent; not null
     * @return a future of the result of {@link Kv#compact(long, CompactOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<CompactResponse> compact(long revision, CompactOptions options);
}
