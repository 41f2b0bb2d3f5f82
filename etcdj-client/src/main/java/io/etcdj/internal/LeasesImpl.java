package io.etcdj.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.grpc.LeaseGrantRequest;
import io.etcdj.grpc.LeaseLeasesRequest;
import io.etcdj.grpc.LeaseRevokeRequest;
import io.etcdj.grpc.LeaseStatus;
import io.etcdj.grpc.LeaseTimeToLiveRequest;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.lease.Lease;
import io.etcdj.lease.LeaseGrant;
import io.etcdj.lease.LeaseKeepAliveResponse;
import io.etcdj.lease.LeaseList;
import io.etcdj.lease.LeaseListener;
import io.etcdj.lease.LeaseTimeToLive;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The lease facet over etcd's {@code Lease} service. The blocking form is derived by {@link Blocking}. */
final class LeasesImpl implements AsyncLeases {
    private final CallPipeline pipeline;
    private final KeepAliveEngine keepAlive;
    private final Charset charset;
    private final KeyPrefix namespace;

    LeasesImpl(CallPipeline pipeline, ClientRuntime runtime, Charset charset, java.time.Duration timeout) {
        this.pipeline = pipeline;
        this.charset = charset;
        this.namespace = KeyPrefix.NONE;
        this.keepAlive = new KeepAliveEngine(runtime, this::revoke, timeout);
    }

    /**
     * The lease facet of a namespace view: the root's keep-alive stream, and time-to-live key
     * lists reduced to the namespace's keys, without the prefix.
     */
    LeasesImpl(LeasesImpl root, KeyPrefix namespace) {
        this.pipeline = root.pipeline;
        this.charset = root.charset;
        this.namespace = namespace;
        this.keepAlive = root.keepAlive;
    }

    KeepAliveEngine keepAliveEngine() {
        return keepAlive;
    }


    @Override
    public CompletableFuture<LeaseGrant> grant(long ttlSeconds) {
        return KvImpl.call(() -> grant(ttlSeconds, 0, false));
    }

    @Override
    public CompletableFuture<LeaseGrant> grant(long ttlSeconds, long leaseId) {
        return KvImpl.call(() -> grant(ttlSeconds, Checks.positive(leaseId, "leaseId"), true));
    }

    private CompletableFuture<LeaseGrant> grant(long ttlSeconds, long id, boolean repeatable) {
        LeaseGrantRequest req = LeaseGrantRequest.newBuilder().setTTL(Checks.positive(ttlSeconds, "ttlSeconds")).setID(id).build();
        return pipeline.unary(Rpcs.LEASE_GRANT, req, null, repeatable, r -> {
            if (!r.getError().isEmpty()) {
                throw ErrorMapper.exception(io.etcdj.exception.ErrorCode.INTERNAL, io.etcdj.exception.Outcome.UNKNOWN,
                        "lease grant: " + r.getError(), null);
            }
            return new LeaseGrant(Headers.of(r.getHeader()), r.getID(), r.getTTL());
        });
    }

    @Override
    public CompletableFuture<ResponseHeader> revoke(long leaseId) {
        return KvImpl.call(() -> pipeline.unary(Rpcs.LEASE_REVOKE,
                LeaseRevokeRequest.newBuilder().setID(Checks.positive(leaseId, "leaseId")).build(), null, false,
                r -> Headers.of(r.getHeader())));
    }

    @Override
    public CompletableFuture<LeaseKeepAliveResponse> keepAliveOnce(long leaseId) {
        return KvImpl.call(() -> keepAlive.once(Checks.positive(leaseId, "leaseId")));
    }

    @Override
    public CompletableFuture<LeaseTimeToLive> timeToLive(long leaseId, boolean withKeys) {
        return KvImpl.call(() -> pipeline.unary(Rpcs.LEASE_TIME_TO_LIVE,
                LeaseTimeToLiveRequest.newBuilder().setID(Checks.positive(leaseId, "leaseId")).setKeys(withKeys).build(),
                null, true, r -> {
                    List<byte[]> keys = new ArrayList<>(r.getKeysCount());
                    for (com.google.protobuf.ByteString k : r.getKeysList()) {
                        if (namespace.contains(k)) { // a view sees only its own keys
                            keys.add(namespace.strip(k).toByteArray());
                        }
                    }
                    return new LeaseTimeToLive(Headers.of(r.getHeader()), r.getID(), r.getTTL(), r.getGrantedTTL(), keys,
                            charset);
                }));
    }

    @Override
    public CompletableFuture<LeaseList> leases() {
        return pipeline.unary(Rpcs.LEASE_LEASES, LeaseLeasesRequest.getDefaultInstance(), null, true, r -> {
            List<Long> ids = new ArrayList<>(r.getLeasesCount());
            for (LeaseStatus s : r.getLeasesList()) {
                ids.add(s.getID());
            }
            return new LeaseList(Headers.of(r.getHeader()), ids);
        });
    }

    @Override
    public Lease keepAlive(long leaseId, LeaseListener listener) {
        return keepAlive.keepAlive(Checks.positive(leaseId, "leaseId"), 0, Checks.notNull(listener, "listener"));
    }

    @Override
    public CompletableFuture<Lease> grantAndKeepAlive(long ttlSeconds, LeaseListener listener) {
        return KvImpl.call(() -> {
            Checks.notNull(listener, "listener");
            return grant(ttlSeconds).thenApply(g -> keepAlive.keepAlive(g.id(), g.ttlSeconds(), listener));
        });
    }
}
