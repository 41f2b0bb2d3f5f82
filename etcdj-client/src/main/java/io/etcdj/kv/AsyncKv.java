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
    /** @param key the key; not empty @return a future of the key's key-value, if any; see {@link Kv#get(String)} */
    CompletableFuture<GetResponse> get(String key);

    /** @param key the key; not empty @return a future of the key's key-value; see {@link Kv#get(byte[])} */
    CompletableFuture<GetResponse> get(byte[] key);

    /** @param key the key or range start @param options range and read options @return see {@link Kv#get(String, GetOptions)} */
    CompletableFuture<GetResponse> get(String key, GetOptions options);

    /** @param key the key or range start @param options range and read options @return see {@link Kv#get(byte[], GetOptions)} */
    CompletableFuture<GetResponse> get(byte[] key, GetOptions options);

    /** @param key the key; not empty @param value the value @return see {@link Kv#put(String, String)} */
    CompletableFuture<PutResponse> put(String key, String value);

    /** @param key the key; not empty @param value the value @return see {@link Kv#put(byte[], byte[])} */
    CompletableFuture<PutResponse> put(byte[] key, byte[] value);

    /** @param key the key @param value the value @param options put options @return see {@link Kv#put(String, String, PutOptions)} */
    CompletableFuture<PutResponse> put(String key, String value, PutOptions options);

    /** @param key the key @param value the value @param options put options @return see {@link Kv#put(byte[], byte[], PutOptions)} */
    CompletableFuture<PutResponse> put(byte[] key, byte[] value, PutOptions options);

    /** @param key the key; not empty @return see {@link Kv#delete(String)} */
    CompletableFuture<DeleteResponse> delete(String key);

    /** @param key the key; not empty @return see {@link Kv#delete(byte[])} */
    CompletableFuture<DeleteResponse> delete(byte[] key);

    /** @param key the key or range start @param options range options @return see {@link Kv#delete(String, DeleteOptions)} */
    CompletableFuture<DeleteResponse> delete(String key, DeleteOptions options);

    /** @param key the key or range start @param options range options @return see {@link Kv#delete(byte[], DeleteOptions)} */
    CompletableFuture<DeleteResponse> delete(byte[] key, DeleteOptions options);

    /** @param key the key @param expectedValue the value it must have @param newValue its new value @return see {@link Kv#replace(String, String, String)} */
    CompletableFuture<Boolean> replace(String key, String expectedValue, String newValue);

    /** @param key the key @param expectedValue the value it must have @param newValue its new value @return see {@link Kv#replace(byte[], byte[], byte[])} */
    CompletableFuture<Boolean> replace(byte[] key, byte[] expectedValue, byte[] newValue);

    /** @param txn the transaction @return see {@link Kv#txn(Txn)} */
    CompletableFuture<TxnResponse> txn(Txn txn);

    /** @param revision the revision to compact to @return see {@link Kv#compact(long)} */
    CompletableFuture<CompactResponse> compact(long revision);

    /** @param revision the revision to compact to @param options compaction options @return see {@link Kv#compact(long, CompactOptions)} */
    CompletableFuture<CompactResponse> compact(long revision, CompactOptions options);
}
