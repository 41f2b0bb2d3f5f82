package io.etcdj.cli.internal;

import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.OpResponse;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.TxnResponse;

/**
 * etcdctl's {@code fields} format: one {@code "Name" : value} line per field, strings quoted as
 * Go's {@code %q} quotes them, ids in unsigned decimal. Inside a txn each operation's result is
 * printed with its own header, whose cluster and member ids and raft term are 0 as etcd sends them
 * (etcdj fills them in from the txn's header; they are blanked here as etcdctl shows them).
 */
final class FieldsPrinter implements Printer {
    private final Out out;
    private boolean nested;

    FieldsPrinter(Out out) {
        this.out = out;
    }

    void header(ResponseHeader h) {
        out.println("\"ClusterID\" : " + (nested ? "0" : Long.toUnsignedString(h.clusterId())));
        out.println("\"MemberID\" : " + (nested ? "0" : Long.toUnsignedString(h.memberId())));
        out.println("\"Revision\" : " + h.revision());
        out.println("\"RaftTerm\" : " + (nested ? "0" : Long.toUnsignedString(h.raftTerm())));
    }

    void kv(String prefix, KeyValue kv) {
        out.println("\"" + prefix + "Key\" : " + GoText.quote(kv.key()));
        out.println("\"" + prefix + "CreateRevision\" : " + kv.createRevision());
        out.println("\"" + prefix + "ModRevision\" : " + kv.modRevision());
        out.println("\"" + prefix + "Version\" : " + kv.version());
        out.println("\"" + prefix + "Value\" : " + GoText.quote(kv.value()));
        out.println("\"" + prefix + "Lease\" : " + kv.lease());
    }

    @Override
    public void get(GetResponse r) {
        header(r.header());
        for (KeyValue kv : r.kvs()) {
            kv("", kv);
        }
        out.println("\"More\" : " + r.more());
        out.println("\"Count\" : " + r.count());
    }

    @Override
    public void put(PutResponse r) {
        header(r.header());
        r.prevKv().ifPresent(kv -> kv("Prev", kv));
    }

    @Override
    public void del(DeleteResponse r) {
        header(r.header());
        out.println("\"Deleted\" : " + r.deleted());
        for (KeyValue kv : r.prevKvs()) {
            kv("Prev", kv);
        }
    }

    @Override
    public void txn(TxnResponse r) {
        header(r.header());
        out.println("\"Succeeded\" : " + r.succeeded());
        boolean outer = nested;
        nested = true;
        try {
            for (OpResponse op : r.responses()) {
                if (!op(op)) {
                    out.println("\"Unknown\" : " + GoText.quote(String.valueOf(op)));
                }
            }
        } finally {
            nested = outer;
        }
    }
}
