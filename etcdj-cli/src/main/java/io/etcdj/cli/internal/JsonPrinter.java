package io.etcdj.cli.internal;

import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.OpResponse;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.TxnResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * etcdctl's {@code json} format: the response message as Go's {@code encoding/json} writes
 * etcd's protobuf structs, on one line. A txn's results appear as
 * {@code {"Response":{"ResponseRange":{...}}}}, the shape of Go's oneof wrapper types.
 */
final class JsonPrinter implements Printer {
    private final Out out;

    JsonPrinter(Out out) {
        this.out = out;
    }

    static GoJson header(ResponseHeader h) {
        return new GoJson()
                .uint64("cluster_id", h.clusterId())
                .uint64("member_id", h.memberId())
                .int64("revision", h.revision())
                .uint64("raft_term", h.raftTerm());
    }

    static GoJson kv(KeyValue kv) {
        return new GoJson()
                .bytes("key", kv.key())
                .int64("create_revision", kv.createRevision())
                .int64("mod_revision", kv.modRevision())
                .int64("version", kv.version())
                .bytes("value", kv.value())
                .int64("lease", kv.lease());
    }

    private static List<GoJson> kvs(List<KeyValue> kvs) {
        List<GoJson> list = new ArrayList<>(kvs.size());
        for (KeyValue kv : kvs) {
            list.add(kv(kv));
        }
        return list;
    }

    /** etcd gives an operation inside a txn a header with its revision only; etcdctl prints that. */
    private static GoJson header(ResponseHeader h, boolean nested) {
        return nested ? new GoJson().int64("revision", h.revision()) : header(h);
    }

    static GoJson toJson(GetResponse r, boolean nested) {
        return new GoJson()
                .object("header", header(r.header(), nested))
                .array("kvs", kvs(r.kvs()))
                .bool("more", r.more())
                .int64("count", r.count());
    }

    static GoJson toJson(PutResponse r, boolean nested) {
        return new GoJson()
                .object("header", header(r.header(), nested))
                .object("prev_kv", r.prevKv().map(JsonPrinter::kv).orElse(null));
    }

    static GoJson toJson(DeleteResponse r, boolean nested) {
        return new GoJson()
                .object("header", header(r.header(), nested))
                .int64("deleted", r.deleted())
                .array("prev_kvs", kvs(r.prevKvs()));
    }

    static GoJson toJson(TxnResponse r, boolean nested) {
        List<GoJson> ops = new ArrayList<>();
        for (OpResponse op : r.responses()) {
            GoJson inner;
            if (op instanceof GetResponse g) {
                inner = new GoJson().object("ResponseRange", toJson(g, true));
            } else if (op instanceof PutResponse p) {
                inner = new GoJson().object("ResponsePut", toJson(p, true));
            } else if (op instanceof DeleteResponse d) {
                inner = new GoJson().object("ResponseDeleteRange", toJson(d, true));
            } else {
                inner = new GoJson().object("ResponseTxn", toJson((TxnResponse) op, true));
            }
            ops.add(new GoJson().object("Response", inner));
        }
        return new GoJson()
                .object("header", header(r.header(), nested))
                .bool("succeeded", r.succeeded())
                .array("responses", ops);
    }

    @Override
    public void get(GetResponse r) {
        out.println(toJson(r, false).toString());
    }

    @Override
    public void put(PutResponse r) {
        out.println(toJson(r, false).toString());
    }

    @Override
    public void del(DeleteResponse r) {
        out.println(toJson(r, false).toString());
    }

    @Override
    public void txn(TxnResponse r) {
        out.println(toJson(r, false).toString());
    }
}
