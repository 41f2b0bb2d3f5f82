package io.etcdj.internal;

import io.etcdj.internal.transport.Rpcs;
import io.etcdj.grpc.ResignRequest;
import io.etcdj.grpc.ProclaimRequest;
import io.etcdj.grpc.LeaderRequest;
import io.etcdj.grpc.LeaderKey;
import io.etcdj.grpc.CampaignRequest;
import io.etcdj.election.ServerLeaderKey;
import io.etcdj.ResponseHeader;
import io.etcdj.KeyValue;
import io.etcdj.election.AsyncElections;
import io.etcdj.election.ElectionListener;
import io.etcdj.election.Leadership;
import io.etcdj.election.Observation;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.SortOrder;
import io.etcdj.kv.SortTarget;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.lock.Session;
import io.etcdj.watch.AsyncWatch;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Elections as Go's {@code concurrency.Election}: a candidate is an entry holding its proposal in
 * the {@link KeyQueue} under {@code <name>/}; the first entry leads.
 */
final class ElectionsImpl implements AsyncElections {
    private final AsyncKv kv;
    private final AsyncWatch watch;
    private final AsyncLeases leases;
    private final KeyQueue queue;
    private final Duration requestTimeout;
    private final java.util.concurrent.Executor listenerExecutor;

    private final CallPipeline pipeline;
    private final java.nio.charset.Charset charset;
    private final KeyPrefix namespace;

    ElectionsImpl(CallPipeline pipeline, java.nio.charset.Charset charset, AsyncKv kv, AsyncWatch watch,
            AsyncLeases leases, KeyQueue queue, Duration requestTimeout, java.util.concurrent.Executor listenerExecutor) {
        this(pipeline, charset, kv, watch, leases, queue, requestTimeout, listenerExecutor, KeyPrefix.NONE);
    }

    /**
     * @param namespace the prefix of the view the facet belongs to: names and keys of etcd's
     *     {@code Election} service calls are prefixed, those it answers with stripped; kv and watch
     *     are the view's, which prefix the rest
     */
    ElectionsImpl(CallPipeline pipeline, java.nio.charset.Charset charset, AsyncKv kv, AsyncWatch watch,
            AsyncLeases leases, KeyQueue queue, Duration requestTimeout, java.util.concurrent.Executor listenerExecutor,
            KeyPrefix namespace) {
        this.pipeline = pipeline;
        this.charset = charset;
        this.namespace = namespace;
        this.listenerExecutor = listenerExecutor;
        this.kv = kv;
        this.watch = watch;
        this.leases = leases;
        this.queue = queue;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public CompletableFuture<Leadership> campaign(String name, Session session, String proposal, Duration timeout) {
        CompletableFuture<Optional<KeyQueue.Entry>> join = KvImpl.call(
                () -> queue.join("election", name, Checks.notNull(proposal, "proposal"), session, timeout, false));
        CompletableFuture<Leadership> result = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                join.cancel(mayInterruptIfRunning); // the join removes its key
                return super.cancel(mayInterruptIfRunning);
            }
        };
        join.whenComplete((entry, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            KeyQueue.Entry e = entry.orElseThrow();
            MutexImpl held = new MutexImpl(name, e.key(), e.revision(), session, kv, requestTimeout);
            held.watchForLoss(watch, leases);
            LeadershipImpl won = new LeadershipImpl(held, session, kv, requestTimeout);
            if (e.existingValue() == null || e.existingValue().equals(proposal)) {
                result.complete(won);
                return;
            }
            // the session's key from an earlier campaign holds another value: proclaim this one
            won.proclaimAsync(proposal).whenComplete((v, failed) -> {
                if (failed != null) {
                    result.completeExceptionally(failed.getCause() != null ? failed.getCause() : failed);
                } else {
                    result.complete(won);
                }
            });
        });
        return result;
    }

    @Override
    public CompletableFuture<Optional<KeyValue>> leader(String name) {
        return KvImpl.call(() -> {
            if (Checks.notNull(name, "name").isEmpty()) {
                throw Checks.invalid("an election name must not be empty");
            }
            return kv.get(name + "/", GetOptions.builder().prefix().sort(SortTarget.CREATE, SortOrder.ASCEND).limit(1)
                    .build()).thenApply(r -> r.first());
        });
    }

    @Override
    public Observation observe(String name, ElectionListener listener) {
        if (Checks.notNull(name, "name").isEmpty()) {
            throw Checks.invalid("an election name must not be empty");
        }
        ElectionObserver o = new ElectionObserver(kv, watch, name, Checks.notNull(listener, "listener"), listenerExecutor);
        o.start();
        return o;
    }


    private static LeaderKey leaderKey(ServerLeaderKey k, java.nio.charset.Charset charset, KeyPrefix namespace) {
        Checks.notNull(k, "leader");
        return LeaderKey.newBuilder().setName(namespace.key(k.name(), charset))
                .setKey(namespace.key(k.key(), charset)).setRev(k.revision())
                .setLease(k.leaseId()).build();
    }

    @Override
    public CompletableFuture<ServerLeaderKey> serverCampaign(String name, long leaseId, String value, Duration timeout) {
        return KvImpl.call(() -> pipeline.unary(Rpcs.CAMPAIGN, CampaignRequest.newBuilder().setName(namespace.key(Checks.name(name), charset))
                .setLease(Checks.positive(leaseId, "leaseId")).setValue(com.google.protobuf.ByteString.copyFrom(Checks.notNull(value, "value"),
                        charset)).build(), Checks.timeoutOrForever(timeout), false,
                r -> new ServerLeaderKey(namespace.strip(r.getLeader().getName(), charset),
                        namespace.strip(r.getLeader().getKey(), charset),
                        r.getLeader().getRev(), r.getLeader().getLease())));
    }

    @Override
    public CompletableFuture<ResponseHeader> serverProclaim(ServerLeaderKey leader, String value) {
        return KvImpl.call(() -> pipeline.unary(Rpcs.PROCLAIM, ProclaimRequest.newBuilder().setLeader(leaderKey(leader, charset, namespace))
                .setValue(com.google.protobuf.ByteString.copyFrom(Checks.notNull(value, "value"), charset)).build(),
                null, false, r -> Headers.of(r.getHeader())));
    }

    @Override
    public CompletableFuture<Optional<KeyValue>> serverLeader(String name) {
        CompletableFuture<Optional<KeyValue>> read = KvImpl.call(() -> pipeline.unary(Rpcs.LEADER,
                LeaderRequest.newBuilder().setName(namespace.key(Checks.name(name), charset)).build(), null, true,
                r -> Optional.of(KeyValueAccess.factory().create(KvBytes.of(namespace.strip(r.getKv().getKey()), r.getKv().getValue()),
                        r.getKv().getCreateRevision(), r.getKv().getModRevision(), r.getKv().getVersion(),
                        r.getKv().getLease(), charset))));
        return read.exceptionallyCompose(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            return cause instanceof io.etcdj.exception.EtcdException ee
                    && ee.code() == io.etcdj.exception.ErrorCode.ELECTION_NO_LEADER
                    ? CompletableFuture.completedFuture(Optional.empty()) : CompletableFuture.failedFuture(cause);
        });
    }

    @Override
    public CompletableFuture<ResponseHeader> serverResign(ServerLeaderKey leader) {
        return KvImpl.call(() -> pipeline.unary(Rpcs.RESIGN, ResignRequest.newBuilder().setLeader(leaderKey(leader, charset, namespace))
                .build(), null, false, r -> Headers.of(r.getHeader())));
    }
}
