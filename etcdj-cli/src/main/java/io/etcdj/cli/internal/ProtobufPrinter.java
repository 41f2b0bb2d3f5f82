package io.etcdj.cli.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.MessageLite;
import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import io.etcdj.cluster.Member;
import io.etcdj.cluster.MemberAddResponse;
import io.etcdj.cluster.MemberListResponse;
import io.etcdj.cluster.MembershipChangeResponse;
import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.OpResponse;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.TxnResponse;
import io.etcdj.maintenance.Alarm;
import io.etcdj.maintenance.AlarmResponse;
import io.etcdj.watch.WatchEvent;
import java.util.List;

/**
 * etcdctl's {@code -w protobuf}: a response written as the bytes of etcd's protobuf message, with
 * no delimiter or line end. etcdj's facets give decoded responses; this class encodes them again
 * with etcd's message types ({@code io.etcdj.grpc}). Every field etcd sends for these responses
 * is kept by the decoded form, and protobuf's encoding is canonical for them (fields in number
 * order, defaults left out, packed repeats), so the bytes are the ones etcd sent, which is what
 * etcdctl writes. A header whose fields are all 0 is one etcd did not send (alarm responses in
 * 3.4) and is left out; the header of an operation inside a txn holds only its revision, as etcd
 * sends it.
 */
public final class ProtobufPrinter implements Printer {
    private final Out out;

    /** @param out standard output */
    public ProtobufPrinter(Out out) {
        this.out = out;
    }

    private void write(MessageLite m) {
        out.write(m.toByteArray());
    }

    @Override
    public void get(GetResponse r) {
        write(range(r));
    }

    @Override
    public void put(PutResponse r) {
        write(put0(r));
    }

    @Override
    public void del(DeleteResponse r) {
        write(delete(r));
    }

    @Override
    public void txn(TxnResponse r) {
        write(txn0(r));
    }

    /** @param r a member list */
    public void memberList(MemberListResponse r) {
        io.etcdj.grpc.MemberListResponse.Builder b = io.etcdj.grpc.MemberListResponse.newBuilder();
        header(r.header(), b::setHeader);
        for (Member m : r.members()) {
            b.addMembers(member(m));
        }
        write(b.build());
    }

    /** @param r the answer to a member add */
    public void memberAdd(MemberAddResponse r) {
        io.etcdj.grpc.MemberAddResponse.Builder b = io.etcdj.grpc.MemberAddResponse.newBuilder();
        header(r.header(), b::setHeader);
        if (r.member() != null) {
            b.setMember(member(r.member()));
        }
        for (Member m : r.members()) {
            b.addMembers(member(m));
        }
        write(b.build());
    }

    /**
     * A member remove or update answer: both messages are a header and the member list, with the
     * same field numbers, so one encoding serves both.
     *
     * @param r the answer
     */
    public void membershipChange(MembershipChangeResponse r) {
        io.etcdj.grpc.MemberRemoveResponse.Builder b = io.etcdj.grpc.MemberRemoveResponse.newBuilder();
        header(r.header(), b::setHeader);
        for (Member m : r.members()) {
            b.addMembers(member(m));
        }
        write(b.build());
    }

    /** @param r an alarm list or disarm answer */
    public void alarm(AlarmResponse r) {
        io.etcdj.grpc.AlarmResponse.Builder b = io.etcdj.grpc.AlarmResponse.newBuilder();
        header(r.header(), b::setHeader);
        for (Alarm a : r.alarms()) {
            b.addAlarms(io.etcdj.grpc.AlarmMember.newBuilder()
                    .setMemberID(a.memberId())
                    .setAlarmValue(a.type().ordinal()));
        }
        write(b.build());
    }

    /**
     * What etcdctl 3.4 writes for the lease responses that embed their header (grant, keep-alive,
     * time-to-live, list): only the header's bytes.
     *
     * @param h the header
     */
    public void headerOnly(ResponseHeader h) {
        write(header(h));
    }

    /**
     * A watch response as etcdctl 3.4 rebuilds it from clientv3's: the header (always present),
     * the events, the compact revision and the canceled flag; no watch id, created flag or
     * fragment.
     *
     * @param h the header
     * @param events the events
     * @param compactRevision the compact revision, 0 for none
     * @param canceled whether etcd canceled the watch
     */
    public void watch(ResponseHeader h, List<WatchEvent> events, long compactRevision, boolean canceled) {
        io.etcdj.grpc.WatchResponse.Builder b = io.etcdj.grpc.WatchResponse.newBuilder().setHeader(header(h));
        for (WatchEvent e : events) {
            io.etcdj.grpc.Event.Builder eb = io.etcdj.grpc.Event.newBuilder()
                    .setTypeValue(e.type() == WatchEvent.Type.DELETE ? 1 : 0)
                    .setKv(kv(e.keyValue()));
            if (e.prevKeyValue() != null) {
                eb.setPrevKv(kv(e.prevKeyValue()));
            }
            b.addEvents(eb);
        }
        write(b.setCompactRevision(compactRevision).setCanceled(canceled).build());
    }

    private static io.etcdj.grpc.RangeResponse range(GetResponse r) {
        io.etcdj.grpc.RangeResponse.Builder b = io.etcdj.grpc.RangeResponse.newBuilder();
        header(r.header(), b::setHeader);
        for (KeyValue kv : r.kvs()) {
            b.addKvs(kv(kv));
        }
        return b.setMore(r.more()).setCount(r.count()).build();
    }

    private static io.etcdj.grpc.PutResponse put0(PutResponse r) {
        io.etcdj.grpc.PutResponse.Builder b = io.etcdj.grpc.PutResponse.newBuilder();
        header(r.header(), b::setHeader);
        r.prevKv().ifPresent(p -> b.setPrevKv(kv(p)));
        return b.build();
    }

    private static io.etcdj.grpc.DeleteRangeResponse delete(DeleteResponse r) {
        io.etcdj.grpc.DeleteRangeResponse.Builder b = io.etcdj.grpc.DeleteRangeResponse.newBuilder();
        header(r.header(), b::setHeader);
        b.setDeleted(r.deleted());
        for (KeyValue kv : r.prevKvs()) {
            b.addPrevKvs(kv(kv));
        }
        return b.build();
    }

    private static io.etcdj.grpc.TxnResponse txn0(TxnResponse r) {
        io.etcdj.grpc.TxnResponse.Builder b = io.etcdj.grpc.TxnResponse.newBuilder();
        header(r.header(), b::setHeader);
        b.setSucceeded(r.succeeded());
        for (OpResponse op : r.responses()) {
            // etcd's header of an operation inside a txn holds only its revision
            io.etcdj.grpc.ResponseHeader own = io.etcdj.grpc.ResponseHeader.newBuilder()
                    .setRevision(op.header().revision()).build();
            io.etcdj.grpc.ResponseOp.Builder ob = io.etcdj.grpc.ResponseOp.newBuilder();
            if (op instanceof GetResponse g) {
                ob.setResponseRange(range(g).toBuilder().setHeader(own));
            } else if (op instanceof PutResponse p) {
                ob.setResponsePut(put0(p).toBuilder().setHeader(own));
            } else if (op instanceof DeleteResponse d) {
                ob.setResponseDeleteRange(delete(d).toBuilder().setHeader(own));
            } else if (op instanceof TxnResponse t) {
                ob.setResponseTxn(txn0(t).toBuilder().setHeader(own));
            }
            b.addResponses(ob);
        }
        return b.build();
    }

    private static io.etcdj.grpc.Member member(Member m) {
        return io.etcdj.grpc.Member.newBuilder()
                .setID(m.id())
                .setName(m.name())
                .addAllPeerURLs(m.peerUrls())
                .addAllClientURLs(m.clientUrls())
                .setIsLearner(m.isLearner())
                .build();
    }

    static io.etcdj.grpc.KeyValue kv(KeyValue kv) {
        return io.etcdj.grpc.KeyValue.newBuilder()
                .setKey(ByteString.copyFrom(kv.key()))
                .setCreateRevision(kv.createRevision())
                .setModRevision(kv.modRevision())
                .setVersion(kv.version())
                .setValue(ByteString.copyFrom(kv.value()))
                .setLease(kv.lease())
                .build();
    }

    private static io.etcdj.grpc.ResponseHeader header(ResponseHeader h) {
        return io.etcdj.grpc.ResponseHeader.newBuilder()
                .setClusterId(h.clusterId())
                .setMemberId(h.memberId())
                .setRevision(h.revision())
                .setRaftTerm(h.raftTerm())
                .build();
    }

    private static void header(ResponseHeader h, java.util.function.Consumer<io.etcdj.grpc.ResponseHeader> set) {
        if (h != null && (h.clusterId() != 0 || h.memberId() != 0 || h.revision() != 0 || h.raftTerm() != 0)) {
            set.accept(header(h));
        }
    }
}
