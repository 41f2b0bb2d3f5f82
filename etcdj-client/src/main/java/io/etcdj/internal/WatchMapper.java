package io.etcdj.internal;

import com.google.protobuf.UnsafeByteOperations;
import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import io.etcdj.grpc.Event;
import io.etcdj.grpc.WatchCancelRequest;
import io.etcdj.grpc.WatchCreateRequest;
import io.etcdj.grpc.WatchProgressRequest;
import io.etcdj.grpc.WatchRequest;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchOptions;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Converts between the watch facet's values and etcd's {@code Watch} messages. */
final class WatchMapper {
    private static final WatchRequest PROGRESS = WatchRequest.newBuilder()
            .setProgressRequest(WatchProgressRequest.getDefaultInstance()).build();

    private final Charset charset;
    private final KeyPrefix namespace;
    private final KeyValueAccess.Factory keyValues = KeyValueAccess.factory();

    WatchMapper(Charset charset) {
        this(charset, KeyPrefix.NONE);
    }

    /** A mapper of a namespace view: watched keys are prefixed, events' keys come without it. */
    WatchMapper(Charset charset, KeyPrefix namespace) {
        this.charset = charset;
        this.namespace = namespace;
    }

    /** @return a create request without start revision and id, which each (re)creation sets */
    WatchCreateRequest template(Object key, WatchOptions o) {
        KeyRange kr = namespace.resolve(Bytes.encode(Checks.notNull(key, "key"), charset), o.rangeEnd(), charset);
        WatchCreateRequest.Builder b = WatchCreateRequest.newBuilder()
                .setKey(UnsafeByteOperations.unsafeWrap(kr.key().clone()))
                .setProgressNotify(o.progressNotify())
                .setPrevKv(o.prevKv())
                .setFragment(o.fragment());
        if (kr.rangeEnd() != null) {
            b.setRangeEnd(UnsafeByteOperations.unsafeWrap(kr.rangeEnd().clone()));
        }
        if (o.noPut()) {
            b.addFilters(WatchCreateRequest.FilterType.NOPUT);
        }
        if (o.noDelete()) {
            b.addFilters(WatchCreateRequest.FilterType.NODELETE);
        }
        return b.build();
    }

    static WatchRequest create(WatchCreateRequest template, long watchId, long startRevision) {
        return WatchRequest.newBuilder().setCreateRequest(template.toBuilder()
                .setWatchId(watchId).setStartRevision(startRevision)).build();
    }

    static WatchRequest cancel(long watchId) {
        return WatchRequest.newBuilder().setCancelRequest(WatchCancelRequest.newBuilder().setWatchId(watchId)).build();
    }

    static WatchRequest progress() {
        return PROGRESS;
    }

    ResponseHeader header(io.etcdj.grpc.ResponseHeader h) {
        return Headers.of(h);
    }

    List<WatchEvent> events(List<Event> events) {
        List<WatchEvent> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(new WatchEvent(e.getType() == Event.EventType.DELETE ? WatchEvent.Type.DELETE : WatchEvent.Type.PUT,
                    keyValue(e.getKv()), e.hasPrevKv() ? keyValue(e.getPrevKv()) : null));
        }
        return out;
    }

    private KeyValue keyValue(io.etcdj.grpc.KeyValue kv) {
        return keyValues.create(KvBytes.of(namespace.strip(kv.getKey()), kv.getValue()), kv.getCreateRevision(),
                kv.getModRevision(), kv.getVersion(), kv.getLease(), charset);
    }
}
