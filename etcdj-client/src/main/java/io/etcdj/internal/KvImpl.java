package io.etcdj.internal;

import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.CompactOptions;
import io.etcdj.kv.CompactResponse;
import io.etcdj.kv.DeleteOptions;
import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.NumberSubject;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
import io.etcdj.internal.transport.Rpcs;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The KV facet over etcd's {@code KV} service. The blocking form is derived by {@link Blocking}. */
final class KvImpl implements AsyncKv {
    private final CallPipeline pipeline;
    private final KvMapper mapper;

    KvImpl(CallPipeline pipeline, KvMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    @Override
    public CompletableFuture<GetResponse> get(String key) {
        return doGet(key, GetOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<GetResponse> get(byte[] key) {
        return doGet(key, GetOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<GetResponse> get(String key, GetOptions options) {
        return doGet(key, options);
    }

    @Override
    public CompletableFuture<GetResponse> get(byte[] key, GetOptions options) {
        return doGet(key, options);
    }

    private CompletableFuture<GetResponse> doGet(Object key, GetOptions options) {
        return call(() -> pipeline.unary(Rpcs.KV_RANGE,
                mapper.range(Checks.notNull(key, "key"), Checks.notNull(options, "options")),
                options.timeout(), true,
                mapper::getResponse));
    }

    @Override
    public CompletableFuture<PutResponse> put(String key, String value) {
        return doPut(key, value, PutOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<PutResponse> put(byte[] key, byte[] value) {
        return doPut(key, value, PutOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<PutResponse> put(String key, String value, PutOptions options) {
        return doPut(key, value, options);
    }

    @Override
    public CompletableFuture<PutResponse> put(byte[] key, byte[] value, PutOptions options) {
        return doPut(key, value, options);
    }

    private CompletableFuture<PutResponse> doPut(Object key, Object value, PutOptions options) {
        return call(() -> pipeline.unary(Rpcs.KV_PUT,
                mapper.put(Checks.notNull(key, "key"), value, Checks.notNull(options, "options")),
                options.timeout(), options.idempotent(),
                mapper::putResponse));
    }

    @Override
    public CompletableFuture<DeleteResponse> delete(String key) {
        return doDelete(key, DeleteOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<DeleteResponse> delete(byte[] key) {
        return doDelete(key, DeleteOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<DeleteResponse> delete(String key, DeleteOptions options) {
        return doDelete(key, options);
    }

    @Override
    public CompletableFuture<DeleteResponse> delete(byte[] key, DeleteOptions options) {
        return doDelete(key, options);
    }

    private CompletableFuture<DeleteResponse> doDelete(Object key, DeleteOptions options) {
        return call(() -> pipeline.unary(Rpcs.KV_DELETE_RANGE,
                mapper.delete(Checks.notNull(key, "key"), Checks.notNull(options, "options")),
                options.timeout(), options.idempotent(),
                mapper::deleteResponse));
    }

    @Override
    public CompletableFuture<Boolean> replace(String key, String expectedValue, String newValue) {
        return call(() -> replace(Cmp.value(key).equalTo(Checks.notNull(expectedValue, "expectedValue")),
                Op.put(key, newValue)));
    }

    @Override
    public CompletableFuture<Boolean> replace(byte[] key, byte[] expectedValue, byte[] newValue) {
        return call(() -> replace(Cmp.value(key).equalTo(Checks.notNull(expectedValue, "expectedValue")),
                Op.put(key, newValue)));
    }

    @Override
    public CompletableFuture<Boolean> putIfAbsent(String key, String value) {
        return putIfAbsent(key, value, PutOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<Boolean> putIfAbsent(byte[] key, byte[] value) {
        return putIfAbsent(key, value, PutOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<Boolean> putIfAbsent(String key, String value, PutOptions options) {
        return call(() -> putIfAbsent(Cmp.createRevision(key), Op.put(key, Checks.notNull(value, "value"),
                absentOptions(options)), options));
    }

    @Override
    public CompletableFuture<Boolean> putIfAbsent(byte[] key, byte[] value, PutOptions options) {
        return call(() -> putIfAbsent(Cmp.createRevision(key), Op.put(key, Checks.notNull(value, "value"),
                absentOptions(options)), options));
    }

    /** The put's options; ignore-value and ignore-lease need an existing key, so they make no sense here. */
    private static PutOptions absentOptions(PutOptions options) {
        Checks.notNull(options, "options");
        if (options.ignoreValue() || options.ignoreLease()) {
            throw Checks.invalid("putIfAbsent writes a new key: ignoreValue() and ignoreLease() need an existing key");
        }
        return options;
    }

    private CompletableFuture<Boolean> putIfAbsent(NumberSubject createRevision, Op put, PutOptions options) {
        Txn.Builder txn = Txn.builder().when(createRevision.equalTo(0)).then(put).timeout(options.timeout());
        if (options.idempotent()) {
            txn.idempotent();
        }
        return txn(txn.build()).thenApply(TxnResponse::succeeded);
    }

    private CompletableFuture<Boolean> replace(Cmp compare, Op put) {
        return txn(Txn.builder().when(compare).then(put).build()).thenApply(TxnResponse::succeeded);
    }

    @Override
    public CompletableFuture<TxnResponse> txn(Txn txn) {
        return call(() -> pipeline.unary(Rpcs.KV_TXN, mapper.txn(Checks.notNull(txn, "txn")),
                txn.timeout(), txn.idempotent(),
                mapper::txnResponse));
    }

    @Override
    public CompletableFuture<CompactResponse> compact(long revision) {
        return compact(revision, CompactOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<CompactResponse> compact(long revision, CompactOptions options) {
        return call(() -> pipeline.unary(Rpcs.KV_COMPACT,
                mapper.compact(revision, Checks.notNull(options, "options")), options.timeout(), options.idempotent(),
                r -> new CompactResponse(mapper.header(r.getHeader()))));
    }

    /**
     * Runs a call, turning a local failure (bad input) into a failed future: nothing was sent, and
     * the future fails with an {@link io.etcdj.exception.EtcdException} whatever went wrong.
     */
    static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(ErrorMapper.wrap(e, io.etcdj.exception.Outcome.NOT_APPLIED));
        }
    }
}
