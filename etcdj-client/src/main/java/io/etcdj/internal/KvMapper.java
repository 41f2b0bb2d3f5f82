package io.etcdj.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
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

/** Converts between the KV facet's values and etcd's {@code etcdserverpb} messages. */
public final class KvMapper {
    private final Charset charset;

    /** @param charset the client's charset for String keys and values */
    public KvMapper(Charset charset) {
        this.charset = charset;
    }

    /** @return the client's charset */
    public Charset charset() {
        return charset;
    }

    /**
     * Wire bytes for a key or value: bytes encoded here from a String belong to no one else and
     * are wrapped without a copy; a caller's array is copied, since the caller may change it.
     */
    private ByteString wire(Object stringOrBytes, byte[] bytes) {
        return stringOrBytes instanceof String ? UnsafeByteOperations.unsafeWrap(bytes) : ByteString.copyFrom(bytes);
    }

    /** Wire bytes for a range end: always a fresh array or one the options own and never change. */
    private static ByteString end(byte[] rangeEnd) {
        return UnsafeByteOperations.unsafeWrap(rangeEnd);
    }

    RangeRequest range(Object key, GetOptions o) {
        KeyRange kr = KeyRange.resolve(Bytes.encode(key, charset), o.rangeEnd(), charset);
        RangeRequest.Builder b = RangeRequest.newBuilder()
                .setKey(wire(key, kr.key()))
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

    PutRequest put(Object key, Object value, PutOptions o) {
        return PutRequest.newBuilder()
                .setKey(wire(key, KeyRange.requireKey(Bytes.encode(key, charset))))
                .setValue(wire(value, Bytes.encode(Checks.notNull(value, "value"), charset)))
                .setLease(o.leaseId())
                .setPrevKv(o.prevKv())
                .setIgnoreValue(o.ignoreValue())
                .setIgnoreLease(o.ignoreLease())
                .build();
    }

    DeleteRangeRequest delete(Object key, DeleteOptions o) {
        KeyRange kr = KeyRange.resolve(Bytes.encode(key, charset), o.rangeEnd(), charset);
        DeleteRangeRequest.Builder b = DeleteRangeRequest.newBuilder()
                .setKey(wire(key, kr.key()))
                .setPrevKv(o.prevKv());
        if (kr.rangeEnd() != null) {
            b.setRangeEnd(end(kr.rangeEnd()));
        }
        return b.build();
    }

    CompactionRequest compact(long revision, CompactOptions o) {
        return CompactionRequest.newBuilder()
                .setRevision(Checks.notNegative(revision, "revision"))
                .setPhysical(o.physical())
                .build();
    }

    TxnRequest txn(Txn txn) {
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
        KeyRange kr = KeyRange.resolve(c.key(charset), c.rangeEnd(), charset);
        Compare.Builder b = Compare.newBuilder()
                .setKey(ByteString.copyFrom(kr.key()))
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
            case VALUE -> b.setValue(ByteString.copyFrom(c.value(charset)));
        }
        return b.build();
    }

    private RequestOp requestOp(Op op) {
        return switch (op.type()) {
            case GET -> RequestOp.newBuilder().setRequestRange(range(op.key(charset), op.getOptions())).build();
            case PUT -> RequestOp.newBuilder()
                    .setRequestPut(put(op.key(charset), op.value(charset), op.putOptions())).build();
            case DELETE -> RequestOp.newBuilder()
                    .setRequestDeleteRange(delete(op.key(charset), op.deleteOptions())).build();
            case TXN -> RequestOp.newBuilder().setRequestTxn(txn(op.txn())).build();
        };
    }

    ResponseHeader header(io.etcdj.grpc.ResponseHeader h) {
        return new ResponseHeader(h.getClusterId(), h.getMemberId(), h.getRevision(), h.getRaftTerm());
    }

    KeyValue keyValue(io.etcdj.grpc.KeyValue kv) {
        return new KeyValue(kv.getKey().toByteArray(), kv.getValue().toByteArray(), kv.getCreateRevision(),
                kv.getModRevision(), kv.getVersion(), kv.getLease(), charset);
    }

    private List<KeyValue> keyValues(List<io.etcdj.grpc.KeyValue> kvs) {
        List<KeyValue> out = new ArrayList<>(kvs.size());
        for (io.etcdj.grpc.KeyValue kv : kvs) {
            out.add(keyValue(kv));
        }
        return out;
    }

    GetResponse getResponse(RangeResponse r, ResponseHeader outer) {
        return new GetResponse(r.hasHeader() ? header(r.getHeader()) : outer, keyValues(r.getKvsList()),
                r.getMore(), r.getCount());
    }

    PutResponse putResponse(io.etcdj.grpc.PutResponse r, ResponseHeader outer) {
        return new PutResponse(r.hasHeader() ? header(r.getHeader()) : outer,
                r.hasPrevKv() ? keyValue(r.getPrevKv()) : null);
    }

    DeleteResponse deleteResponse(DeleteRangeResponse r, ResponseHeader outer) {
        return new DeleteResponse(r.hasHeader() ? header(r.getHeader()) : outer, r.getDeleted(),
                keyValues(r.getPrevKvsList()));
    }

    TxnResponse txnResponse(io.etcdj.grpc.TxnResponse r, ResponseHeader outer) {
        ResponseHeader header = r.hasHeader() ? header(r.getHeader()) : outer;
        List<OpResponse> responses = new ArrayList<>(r.getResponsesCount());
        for (ResponseOp op : r.getResponsesList()) {
            responses.add(switch (op.getResponseCase()) {
                case RESPONSE_RANGE -> getResponse(op.getResponseRange(), header);
                case RESPONSE_PUT -> putResponse(op.getResponsePut(), header);
                case RESPONSE_DELETE_RANGE -> deleteResponse(op.getResponseDeleteRange(), header);
                case RESPONSE_TXN -> txnResponse(op.getResponseTxn(), header);
                default -> throw new IllegalStateException("etcd sent an empty txn response op");
            });
        }
        return new TxnResponse(header, r.getSucceeded(), responses);
    }
}
