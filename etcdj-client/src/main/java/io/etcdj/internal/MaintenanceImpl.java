package io.etcdj.internal;

import com.google.protobuf.ByteString;
import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.PermissionDeniedException;
import io.etcdj.grpc.AlarmRequest.AlarmAction;
import io.etcdj.grpc.DefragmentRequest;
import io.etcdj.grpc.HashKVRequest;
import io.etcdj.grpc.HashRequest;
import io.etcdj.grpc.MoveLeaderRequest;
import io.etcdj.grpc.RangeRequest;
import io.etcdj.grpc.StatusRequest;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.maintenance.Alarm;
import io.etcdj.maintenance.AlarmResponse;
import io.etcdj.maintenance.AlarmType;
import io.etcdj.maintenance.AsyncMaintenance;
import io.etcdj.maintenance.DefragmentResponse;
import io.etcdj.maintenance.EndpointHealth;
import io.etcdj.maintenance.HashKvResponse;
import io.etcdj.maintenance.HashResponse;
import io.etcdj.RequestOptions;
import io.etcdj.ChangeOptions;
import io.etcdj.maintenance.MoveLeaderResponse;
import io.etcdj.maintenance.StatusResponse;
import io.etcdj.maintenance.SnapshotInfo;
import io.etcdj.maintenance.SnapshotOptions;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The maintenance facet over etcd's {@code Maintenance} service, plus the endpoint health check
 * (a pinned linearizable read) and the metrics text ({@link MetricsFetcher}). Calls about one
 * member are pinned to its endpoint with {@link CallTarget#endpoint}; move-leader goes to
 * {@link CallTarget#LEADER}. Snapshots are streams opened once on one endpoint, outside the
 * pipeline and the reconnecting stream layer ({@link SnapshotTransfer}). The blocking form is
 * derived by {@link Blocking}.
 */
final class MaintenanceImpl implements AsyncMaintenance {
    /** The key etcdctl 3.4's {@code endpoint health} reads. */
    private static final ByteString HEALTH_KEY = ByteString.copyFrom("health", StandardCharsets.US_ASCII);

    private final CallPipeline pipeline;
    private final Supplier<List<EndpointAddress>> endpoints;
    private final MetricsFetcher metrics;

    /**
     * @param pipeline the call pipeline
     * @param endpoints the client's current endpoints
     * @param metrics fetches a member's metrics text
     */
    MaintenanceImpl(CallPipeline pipeline, Supplier<List<EndpointAddress>> endpoints, MetricsFetcher metrics) {
        this.pipeline = pipeline;
        this.endpoints = endpoints;
        this.metrics = metrics;
    }

    /** The client's endpoint a caller named; fails before anything is sent when it is not one. */
    private EndpointAddress endpoint(String endpoint) {
        EndpointAddress address = EndpointAddress.parse(Checks.notNull(endpoint, "endpoint"));
        if (!endpoints.get().contains(address)) {
            throw Checks.invalid("endpoint " + endpoint + " is not one of the client's endpoints " + endpoints.get());
        }
        return address;
    }

    @Override
    public CompletableFuture<StatusResponse> status(String endpoint) {
        return status(endpoint, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<StatusResponse> status(String endpoint, RequestOptions options) {
        return call(() -> pipeline.unary(Rpcs.STATUS, StatusRequest.getDefaultInstance(),
                Checks.notNull(options, "options").timeout(), true, CallTarget.endpoint(endpoint(endpoint)),
                MaintenanceMapper::status));
    }

    @Override
    public CompletableFuture<HashResponse> hash(String endpoint) {
        return hash(endpoint, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<HashResponse> hash(String endpoint, RequestOptions options) {
        return call(() -> pipeline.unary(Rpcs.HASH, HashRequest.getDefaultInstance(),
                Checks.notNull(options, "options").timeout(), true, CallTarget.endpoint(endpoint(endpoint)),
                MaintenanceMapper::hash));
    }

    @Override
    public CompletableFuture<HashKvResponse> hashKv(String endpoint, long revision) {
        return hashKv(endpoint, revision, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<HashKvResponse> hashKv(String endpoint, long revision, RequestOptions options) {
        return call(() -> pipeline.unary(Rpcs.HASH_KV,
                HashKVRequest.newBuilder().setRevision(Checks.notNegative(revision, "revision")).build(),
                Checks.notNull(options, "options").timeout(), true, CallTarget.endpoint(endpoint(endpoint)),
                MaintenanceMapper::hashKv));
    }

    @Override
    public CompletableFuture<DefragmentResponse> defragment(String endpoint) {
        return defragment(endpoint, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<DefragmentResponse> defragment(String endpoint, ChangeOptions options) {
        return call(() -> pipeline.unary(Rpcs.DEFRAGMENT, DefragmentRequest.getDefaultInstance(),
                Checks.notNull(options, "options").timeout(), options.idempotent(),
                CallTarget.endpoint(endpoint(endpoint)),
                r -> new DefragmentResponse(MaintenanceMapper.header(r.getHeader()))));
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmList() {
        return alarmList(RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmList(RequestOptions options) {
        return call(() -> pipeline.unary(Rpcs.ALARM, MaintenanceMapper.alarm(AlarmAction.GET, 0, AlarmType.NONE),
                Checks.notNull(options, "options").timeout(), true, CallTarget.ANY, MaintenanceMapper::alarmResponse));
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmActivate(long memberId, AlarmType type) {
        return alarmActivate(memberId, type, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmActivate(long memberId, AlarmType type, ChangeOptions options) {
        return alarm(AlarmAction.ACTIVATE, memberId, type, options);
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmDisarm(long memberId, AlarmType type) {
        return alarmDisarm(memberId, type, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmDisarm(long memberId, AlarmType type, ChangeOptions options) {
        return alarm(AlarmAction.DEACTIVATE, memberId, type, options);
    }

    private CompletableFuture<AlarmResponse> alarm(AlarmAction action, long memberId, AlarmType type,
            ChangeOptions options) {
        return call(() -> pipeline.unary(Rpcs.ALARM,
                MaintenanceMapper.alarm(action, memberId, MaintenanceMapper.concrete(type)),
                Checks.notNull(options, "options").timeout(), options.idempotent(), CallTarget.ANY,
                MaintenanceMapper::alarmResponse));
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmDisarmAll() {
        return alarmDisarmAll(ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AlarmResponse> alarmDisarmAll(ChangeOptions options) {
        return call(() -> {
            Checks.notNull(options, "options");
            RequestOptions list = RequestOptions.builder().timeout(options.timeout()).build();
            return alarmList(list).thenCompose(active -> disarmEach(active.alarms(), 0, active, new ArrayList<>(), options));
        });
    }

    /** Disarms the alarms one after the other, from index i on, collecting what each disarm reports. */
    private CompletableFuture<AlarmResponse> disarmEach(List<Alarm> alarms, int i, AlarmResponse last,
            List<Alarm> disarmed, ChangeOptions options) {
        if (i == alarms.size()) {
            return CompletableFuture.completedFuture(new AlarmResponse(last.header(), disarmed));
        }
        Alarm a = alarms.get(i);
        return alarmDisarm(a.memberId(), a.type(), options).thenCompose(r -> {
            disarmed.addAll(r.alarms());
            return disarmEach(alarms, i + 1, r, disarmed, options);
        });
    }

    @Override
    public CompletableFuture<MoveLeaderResponse> moveLeader(long targetMemberId) {
        return moveLeader(targetMemberId, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MoveLeaderResponse> moveLeader(long targetMemberId, ChangeOptions options) {
        return call(() -> pipeline.unary(Rpcs.MOVE_LEADER, MoveLeaderRequest.newBuilder().setTargetID(targetMemberId).build(),
                Checks.notNull(options, "options").timeout(), options.idempotent(), CallTarget.LEADER,
                r -> new MoveLeaderResponse(MaintenanceMapper.header(r.getHeader()))));
    }

    @Override
    public CompletableFuture<String> version(String endpoint) {
        return version(endpoint, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<String> version(String endpoint, RequestOptions options) {
        return status(endpoint, options).thenApply(StatusResponse::version);
    }

    @Override
    public CompletableFuture<EndpointHealth> health(String endpoint) {
        return health(endpoint, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<EndpointHealth> health(String endpoint, RequestOptions options) {
        return call(() -> {
            CallTarget target = CallTarget.endpoint(endpoint(endpoint));
            Duration timeout = Checks.notNull(options, "options").timeout();
            long start = System.nanoTime();
            RangeRequest read = RangeRequest.newBuilder().setKey(HEALTH_KEY).build();
            return pipeline.unary(Rpcs.KV_RANGE, read, timeout, true, target, r -> r)
                    .handle((r, error) -> {
                        Duration took = Duration.ofNanos(System.nanoTime() - start);
                        if (error == null) {
                            return CompletableFuture.completedFuture(new EndpointHealth(endpoint, true, took, null));
                        }
                        EtcdException e = ErrorMapper.wrap(unwrap(error), Outcome.NOT_APPLIED);
                        if (e instanceof ClientClosedException) {
                            return CompletableFuture.<EndpointHealth>failedFuture(e);
                        }
                        boolean healthy = e instanceof PermissionDeniedException;
                        return CompletableFuture.completedFuture(new EndpointHealth(endpoint, healthy, took, e));
                    })
                    .thenCompose(f -> f);
        });
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    @Override
    public CompletableFuture<String> metrics(String endpoint) {
        return metrics(endpoint, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<String> metrics(String endpoint, RequestOptions options) {
        return call(() -> metrics.fetch(endpoint(endpoint), Checks.notNull(options, "options").timeout()));
    }

    @Override
    public CompletableFuture<SnapshotInfo> snapshot(Path file) {
        return snapshot(file, SnapshotOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<SnapshotInfo> snapshot(Path file, SnapshotOptions options) {
        return call(() -> {
            Checks.notNull(file, "file");
            List<Endpoint> e = snapshotEndpoint(Checks.notNull(options, "options"));
            return snapshot(e, SnapshotSink.toFile(file), options);
        });
    }

    @Override
    public CompletableFuture<SnapshotInfo> snapshot(OutputStream out, SnapshotOptions options) {
        return call(() -> {
            Checks.notNull(out, "out");
            List<Endpoint> e = snapshotEndpoint(Checks.notNull(options, "options"));
            return snapshot(e, SnapshotSink.toStream(out), options);
        });
    }

    /**
     * The endpoint the options name (one of the client's); else any: the pool's pick first, then
     * the others in order, each tried only while no byte has arrived.
     */
    private List<Endpoint> snapshotEndpoint(SnapshotOptions options) {
        EndpointPool pool = pipeline.pool();
        if (options.endpoint() == null) {
            Endpoint first = pool.pick(null);
            List<Endpoint> all = new ArrayList<>(List.of(first));
            for (Endpoint e : pool.endpoints()) {
                if (e != first) {
                    all.add(e);
                }
            }
            return all;
        }
        EndpointAddress address = endpoint(options.endpoint());
        Endpoint e = pool.find(address);
        if (e == null) {
            throw Checks.invalid("endpoint " + options.endpoint() + " is not one of the client's endpoints "
                    + endpoints.get());
        }
        return List.of(e);
    }

    private CompletableFuture<SnapshotInfo> snapshot(List<Endpoint> candidates, SnapshotSink sink,
            SnapshotOptions options) {
        List<SnapshotTransfer.Target> targets = new ArrayList<>();
        for (Endpoint e : candidates) {
            targets.add(new SnapshotTransfer.Target(e.address.toString(),
                    (md, listener) -> e.connection.openStream(Rpcs.SNAPSHOT, md, listener)));
        }
        return new SnapshotTransfer(targets, pipeline.metadata(), sink, options.progress(), options.timeout()).start();
    }

    /** Runs a call, turning a local failure (bad input) into a failed future: nothing was sent. */
    private static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(ErrorMapper.wrap(e, Outcome.NOT_APPLIED));
        }
    }
}
