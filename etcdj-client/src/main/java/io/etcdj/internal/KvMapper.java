package io.etcdj.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import io.etcdj.grpc.CompactionRequest;
import io.etcdj.grpc.Compare;
import io.etcdj.grpc.DeleteRangeRequest;
import io.etcdj.grpc.DeleteRangeResponse;
import io.etcdj.grpc.PutRequest;
import io.etcdj.grpc.RangeRequest;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.grpc.RequestOp;
import io.etcdj.grpc.ResponseOp;
import io.etcdj.grpc.TxnRequest;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.CompactOptions;
import io.etcdj.kv.DeleteOptions;
import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.Op;
import io.etcdj.kv.OpResponse;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the KV facet's values and etcd's {@code etcdserverpb} messages. Internal: public
 * so that etcdj's microbenchmarks (etcdj-bench) measure the very code every call runs.
 */
public final class KvMapper {
    private final Charset charset;
    private final KeyPrefix namespace;
    private final KeyValueAccess.Factory keyValues = KeyValueAccess.factory();

    /**
     * Makes a mapper.
     *
     * @param charset the client's charset for String keys and values; not null
     */
    public KvMapper(Charset charset) {
        this(charset, KeyPrefix.NONE);
    }

    /**
     * Makes a mapper of a namespace view: keys, ranges and compares are sent prefixed, keys come
     * back without the prefix.
     *
     * @param charset the client's charset for String keys and values; not null
     * @param namespace the view's prefix; {@link KeyPrefix#NONE} for none
     */
    KvMapper(Charset charset, KeyPrefix namespace) {
        this.charset = charset;
        this.namespace = namespace;
    }

    /**
     * Wire bytes for a key or value: bytes that belong to no one else (encoded here from a String,
     * or a fresh copy from an {@link Op}) are wrapped without a copy; a caller's array is copied,
     * since the caller may change it.
     */
    private static ByteString wire(boolean owned, byte[] bytes) {
        return owned ? UnsafeByteOperations.unsafeWrap(bytes) : ByteString.copyFrom(bytes);
    }

    /** Wire bytes for a range end: always a fresh array or one the options own and never change. */
    private static ByteString end(byte[] rangeEnd) {
        return UnsafeByteOperations.unsafeWrap(rangeEnd);
    }

    /**
     * The {@code Range} request of a get.
     *
     * @param key the key or range start: a String or byte[]; not null
     * @param o the options; not null
     * @return the request
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty for a single key or explicit range
     */
    public RangeRequest range(Object key, GetOptions o) {
        return range(Bytes.encode(key, charset), key instanceof String, o);
    }

    private RangeRequest range(byte[] key, boolean owned, GetOptions o) {
        KeyRange kr = namespace.resolve(key, o.rangeEnd(), charset);
        RangeRequest.Builder b = RangeRequest.newBuilder()
                .setKey(wire(owned || !namespace.isNone(), kr.key()))
                .setLimit(o.limit())
                .setRevision(o.revision())
                .setSortOrderValue(o.sortOrder().ordinal())
                .setSortTargetValue(o.sortTarget().ordinal())
                .setSerializable(o.serializable())
                .setKeysOnly(o.keysOnly())
                .setCountOnly(o.countOnly())
                .setMinModRevision(o.minModRevision())
                .setMaxModRevision(o.maxModRevision())
                .setMinCreateRevision(o.minCreateRevision())
                .setMaxCreateRevision(o.maxCreateRevision());
        if (kr.rangeEnd() != null) {
            b.setRangeEnd(end(kr.rangeEnd()));
        }
        return b.build();
    }

    /**
     * The {@code Put} request of a put.
     *
     * @param key the key: a String or byte[]; not null
     * @param value the value: a String or byte[]; not null, except with ignore-value where it must
     *     be null or empty
     * @param o the options; not null
     * @return the request
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty, the value null
     *     without ignore-value, or not empty with it
     */
    public PutRequest put(Object key, Object value, PutOptions o) {
        return put(Bytes.encode(key, charset), key instanceof String,
                value == null ? null : Bytes.encode(value, charset), value instanceof String, o);
    }

    private PutRequest put(byte[] key, boolean keyOwned, byte[] value, boolean valueOwned, PutOptions o) {
        PutRequest.Builder b = PutRequest.newBuilder()
                .setKey(wire(keyOwned || !namespace.isNone(), namespace.key(KeyRange.requireKey(key))));
        if (o.ignoreValue()) {
            if (value != null && value.length > 0) {
                throw new InvalidArgumentException(ErrorCode.VALUE_PROVIDED, Outcome.NOT_APPLIED,
                        "a put with ignoreValue() keeps the key's current value: pass a null or empty value"
                        + " (etcd would answer \"" + ErrorCode.VALUE_PROVIDED.serverMessage() + "\")", null);
            }
        } else {
            b.setValue(wire(valueOwned, Checks.notNull(value, "value")));
        }
        return b
                .setLease(o.leaseId())
                .setPrevKv(o.prevKv())
                .setIgnoreValue(o.ignoreValue())
                .setIgnoreLease(o.ignoreLease())
                .build();
    }

    /**
     * The {@code DeleteRange} request of a delete.
     *
     * @param key the key or range start: a String or byte[]; not null
     * @param o the options; not null
     * @return the request
     * @throws io.etcdj.exception.InvalidArgumentException when the key is empty for a single key or explicit range
     */
    public DeleteRangeRequest delete(Object key, DeleteOptions o) {
        return delete(Bytes.encode(key, charset), key instanceof String, o);
    }

    private DeleteRangeRequest delete(byte[] key, boolean owned, DeleteOptions o) {
        KeyRange kr = namespace.resolve(key, o.rangeEnd(), charset);
        DeleteRangeRequest.Builder b = DeleteRangeRequest.newBuilder()
                .setKey(wire(owned || !namespace.isNone(), kr.key()))
                .setPrevKv(o.prevKv());
        if (kr.rangeEnd() != null) {
            b.setRangeEnd(end(kr.rangeEnd()));
        }
        return b.build();
    }

    /**
     * The {@code Compact} request of a compaction.
     *
     * @param revision the revision to compact to; not negative
     * @param o the options; not null
     * @return the request
     * @throws io.etcdj.exception.InvalidArgumentException when the revision is negative
     */
    public CompactionRequest compact(long revision, CompactOptions o) {
        return CompactionRequest.newBuilder()
                .setRevision(Checks.notNegative(revision, "revision"))
                .setPhysical(o.physical())
                .build();
    }

    /**
     * The {@code Txn} request of a transaction, nested ones included.
     *
     * @param txn the transaction; not null
     * @return the request
     * @throws io.etcdj.exception.InvalidArgumentException for an operation with bad input (as
     *     {@link #range}, {@link #put} and {@link #delete} check it)
     */
    public TxnRequest txn(Txn txn) {
        TxnRequest.Builder b = TxnRequest.newBuilder();
        for (Cmp c : txn.compares()) {
            b.addCompare(compare(c));
        }
        for (Op op : txn.thenOps()) {
            b.addSuccess(requestOp(op));
        }
        for (Op op : txn.elseOps()) {
            b.addFailure(requestOp(op));
        }
        return b.build();
    }

    private Compare compare(Cmp c) {
        KeyRange kr = namespace.resolve(c.key(charset), c.rangeEnd(), charset);
        Compare.Builder b = Compare.newBuilder()
                .setKey(UnsafeByteOperations.unsafeWrap(kr.key())) // Cmp.key gives a fresh copy
                .setResultValue(c.operator().ordinal())
                .setTargetValue(c.target().ordinal());
        if (kr.rangeEnd() != null) {
            b.setRangeEnd(end(kr.rangeEnd()));
        }
        switch (c.target()) {
            case VERSION -> b.setVersion(c.number());
            case CREATE -> b.setCreateRevision(c.number());
            case MOD -> b.setModRevision(c.number());
            case LEASE -> b.setLease(c.number());
            case VALUE -> b.setValue(UnsafeByteOperations.unsafeWrap(c.value(charset))); // a fresh copy
        }
        return b.build();
    }

    /** Op's accessors give fresh copies of its keys and values: wrapped, not copied again. */
    private RequestOp requestOp(Op op) {
        return switch (op.type()) {
            case GET -> RequestOp.newBuilder().setRequestRange(range(op.key(charset), true, op.getOptions())).build();
            case PUT -> RequestOp.newBuilder()
                    .setRequestPut(put(op.key(charset), true, op.value(charset), true, op.putOptions())).build();
            case DELETE -> RequestOp.newBuilder()
                    .setRequestDeleteRange(delete(op.key(charset), true, op.deleteOptions())).build();
            case TXN -> RequestOp.newBuilder().setRequestTxn(txn(op.txn())).build();
        };
    }

    /**
     * etcdj's form of a response header.
     *
     * @param h etcd's header; not null
     * @return the header
     */
    public ResponseHeader header(io.etcdj.grpc.ResponseHeader h) {
        return Headers.of(h);
    }

    /**
     * Makes a key-value over the message's own immutable bytes: parsing the response copied them
     * once, and nothing copies them again until a caller asks for a {@code byte[]}.
     */
    private KeyValue keyValue(io.etcdj.grpc.KeyValue kv) {
        return keyValues.create(KvBytes.of(namespace.strip(kv.getKey()), kv.getValue()), kv.getCreateRevision(),
                kv.getModRevision(), kv.getVersion(), kv.getLease(), charset);
    }

    private List<KeyValue> keyValues(List<io.etcdj.grpc.KeyValue> kvs) {
        List<KeyValue> out = new ArrayList<>(kvs.size());
        for (io.etcdj.grpc.KeyValue kv : kvs) {
            out.add(keyValue(kv));
        }
        return out;
    }

    /**
     * The result of a get.
     *
     * @param r etcd's response; not null
     * @return the result
     */
    public GetResponse getResponse(RangeResponse r) {
        return getResponse(r, header(r.getHeader()));
    }

    /**
     * The result of a put.
     *
     * @param r etcd's response; not null
     * @return the result
     */
    public PutResponse putResponse(io.etcdj.grpc.PutResponse r) {
        return putResponse(r, header(r.getHeader()));
    }

    /**
     * The result of a delete.
     *
     * @param r etcd's response; not null
     * @return the result
     */
    public DeleteResponse deleteResponse(DeleteRangeResponse r) {
        return deleteResponse(r, header(r.getHeader()));
    }

    /**
     * The result of a transaction: every nested result carries the txn's cluster id, member id and
     * raft term with its own revision (etcd's per-operation headers carry only a revision), as
     * {@link OpResponse#header()} documents.
     *
     * @param r etcd's response; not null
     * @return the result
     */
    public TxnResponse txnResponse(io.etcdj.grpc.TxnResponse r) {
        return txnResponse(r, header(r.getHeader()));
    }

    private GetResponse getResponse(RangeResponse r, ResponseHeader header) {
        return new GetResponse(header, keyValues(r.getKvsList()), r.getMore(), r.getCount());
    }

    private PutResponse putResponse(io.etcdj.grpc.PutResponse r, ResponseHeader header) {
        return new PutResponse(header, r.hasPrevKv() ? keyValue(r.getPrevKv()) : null);
    }

    private DeleteResponse deleteResponse(DeleteRangeResponse r, ResponseHeader header) {
        return new DeleteResponse(header, r.getDeleted(), keyValues(r.getPrevKvsList()));
    }

    private TxnResponse txnResponse(io.etcdj.grpc.TxnResponse r, ResponseHeader header) {
        List<OpResponse> responses = new ArrayList<>(r.getResponsesCount());
        for (ResponseOp op : r.getResponsesList()) {
            responses.add(switch (op.getResponseCase()) {
                case RESPONSE_RANGE -> getResponse(op.getResponseRange(),
                        nested(header, op.getResponseRange().getHeader()));
                case RESPONSE_PUT -> putResponse(op.getResponsePut(), nested(header, op.getResponsePut().getHeader()));
                case RESPONSE_DELETE_RANGE -> deleteResponse(op.getResponseDeleteRange(),
                        nested(header, op.getResponseDeleteRange().getHeader()));
                case RESPONSE_TXN -> txnResponse(op.getResponseTxn(), nested(header, op.getResponseTxn().getHeader()));
                default -> throw new IllegalStateException("etcd sent an empty txn response op");
            });
        }
        return new TxnResponse(header, r.getSucceeded(), responses);
    }

    /**
     * The header of an operation inside a txn: the txn's cluster id, member id and raft term, and
     * the revision etcd gives the operation (its only header field): the revision the operation
     * saw, lower than the txn's for a read that ran before the txn's first write.
     */
    private static ResponseHeader nested(ResponseHeader txn, io.etcdj.grpc.ResponseHeader inner) {
        long revision = inner.getRevision() != 0 ? inner.getRevision() : txn.revision();
        return revision == txn.revision() ? txn
                : new ResponseHeader(txn.clusterId(), txn.memberId(), revision, txn.raftTerm());
    }
}
