package io.etcdj.maintenance;

import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The maintenance facet in async form: etcd's {@code Maintenance} service ({@code Status},
 * {@code Hash}, {@code HashKV}, {@code Defragment}, {@code Alarm}, {@code MoveLeader}), an
 * endpoint health check and a member's Prometheus metrics. Every method returns at once; the
 * future completes with the response, or exceptionally with an
 * {@link io.etcdj.exception.EtcdException} (see {@link Maintenance} for which one when). Obtained
 * from {@code EtcdClient.async().maintenance()}.
 *
 * <p>Futures complete on an etcdj I/O thread: a dependent stage must not block. Bad arguments
 * that can be checked locally fail the returned future before anything is sent. Snapshots ({@code snapshot}) are streams of their own, with no deadline unless given one.
 */
public interface AsyncMaintenance {
    /**
     * Asks one member for its status: version, database size, leader, raft indexes and term, learner flag and alarms (etcd's {@code Maintenance.Status} RPC, sent to that endpoint only); see {@link Maintenance#status(String)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return a future of the result of {@link Maintenance#status(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<StatusResponse> status(String endpoint);

    /**
     * Asks one member for its status: version, database size, leader, raft indexes and term, learner flag and alarms (etcd's {@code Maintenance.Status} RPC, sent to that endpoint only); see {@link Maintenance#status(String, RequestOptions)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#status(String, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<StatusResponse> status(String endpoint, RequestOptions options);

    /**
     * Hashes one member's whole backend database (etcd's {@code Maintenance.Hash} RPC, sent to that endpoint only); see {@link Maintenance#hash(String)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return a future of the result of {@link Maintenance#hash(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<HashResponse> hash(String endpoint);

    /**
     * Hashes one member's whole backend database (etcd's {@code Maintenance.Hash} RPC, sent to that endpoint only); see {@link Maintenance#hash(String, RequestOptions)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#hash(String, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<HashResponse> hash(String endpoint, RequestOptions options);

    /**
     * Hashes one member's key-value history up to a revision (etcd's {@code Maintenance.HashKV} RPC, sent to that endpoint only); see {@link Maintenance#hashKv(String, long)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param revision the last revision to hash; 0 for the member's current revision
     * @return a future of the result of {@link Maintenance#hashKv(String, long)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<HashKvResponse> hashKv(String endpoint, long revision);

    /**
     * Hashes one member's key-value history up to a revision (etcd's {@code Maintenance.HashKV} RPC, sent to that endpoint only); see {@link Maintenance#hashKv(String, long, RequestOptions)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param revision the last revision to hash; 0 for the member's current revision
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#hashKv(String, long, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<HashKvResponse> hashKv(String endpoint, long revision, RequestOptions options);

    /**
     * Defragments one member: rewrites its backend database without free pages and gives the space back to the file system (etcd's {@code Maintenance.Defragment} RPC, sent to that endpoint only); see {@link Maintenance#defragment(String)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return a future of the result of {@link Maintenance#defragment(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<DefragmentResponse> defragment(String endpoint);

    /**
     * Defragments one member: rewrites its backend database without free pages and gives the space back to the file system (etcd's {@code Maintenance.Defragment} RPC, sent to that endpoint only); see {@link Maintenance#defragment(String, ChangeOptions)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#defragment(String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<DefragmentResponse> defragment(String endpoint, ChangeOptions options);

    /**
     * Lists the cluster's active alarms (etcd's {@code Maintenance.Alarm} RPC with action GET, all members, all types); see {@link Maintenance#alarmList()}.
     *
     * @return a future of the result of {@link Maintenance#alarmList()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmList();

    /**
     * Lists the cluster's active alarms (etcd's {@code Maintenance.Alarm} RPC with action GET, all members, all types); see {@link Maintenance#alarmList(RequestOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#alarmList(RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmList(RequestOptions options);

    /**
     * Raises an alarm for a member (etcd's {@code Maintenance.Alarm} RPC with action ACTIVATE); see {@link Maintenance#alarmActivate(long, AlarmType)}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @return a future of the result of {@link Maintenance#alarmActivate(long, AlarmType)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmActivate(long memberId, AlarmType type);

    /**
     * Raises an alarm for a member (etcd's {@code Maintenance.Alarm} RPC with action ACTIVATE); see {@link Maintenance#alarmActivate(long, AlarmType, ChangeOptions)}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#alarmActivate(long, AlarmType, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmActivate(long memberId, AlarmType type, ChangeOptions options);

    /**
     * Disarms one alarm of one member (etcd's {@code Maintenance.Alarm} RPC with action DEACTIVATE); see {@link Maintenance#alarmDisarm(long, AlarmType)}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @return a future of the result of {@link Maintenance#alarmDisarm(long, AlarmType)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmDisarm(long memberId, AlarmType type);

    /**
     * Disarms one alarm of one member (etcd's {@code Maintenance.Alarm} RPC with action DEACTIVATE); see {@link Maintenance#alarmDisarm(long, AlarmType, ChangeOptions)}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#alarmDisarm(long, AlarmType, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmDisarm(long memberId, AlarmType type, ChangeOptions options);

    /**
     * Disarms every active alarm, whatever its type and member: lists the alarms, then disarms each (etcd's {@code Maintenance.Alarm} RPC with GET, then DEACTIVATE per alarm), as {@code etcdctl alarm disarm} does; see {@link Maintenance#alarmDisarmAll()}.
     *
     * @return a future of the result of {@link Maintenance#alarmDisarmAll()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmDisarmAll();

    /**
     * Disarms every active alarm, whatever its type and member: lists the alarms, then disarms each (etcd's {@code Maintenance.Alarm} RPC with GET, then DEACTIVATE per alarm), as {@code etcdctl alarm disarm} does; see {@link Maintenance#alarmDisarmAll(ChangeOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#alarmDisarmAll(ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AlarmResponse> alarmDisarmAll(ChangeOptions options);

    /**
     * Transfers the raft leadership to another member (etcd's {@code Maintenance.MoveLeader} RPC, sent to the current leader, which must be one of the client's endpoints); see {@link Maintenance#moveLeader(long)}.
     *
     * @param targetMemberId the id of the voting member to make leader (unsigned)
     * @return a future of the result of {@link Maintenance#moveLeader(long)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MoveLeaderResponse> moveLeader(long targetMemberId);

    /**
     * Transfers the raft leadership to another member (etcd's {@code Maintenance.MoveLeader} RPC, sent to the current leader, which must be one of the client's endpoints); see {@link Maintenance#moveLeader(long, ChangeOptions)}.
     *
     * @param targetMemberId the id of the voting member to make leader (unsigned)
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#moveLeader(long, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MoveLeaderResponse> moveLeader(long targetMemberId, ChangeOptions options);

    /**
     * The etcd version of one member, from its status ({@code Maintenance.Status}, sent to that endpoint only); see {@link Maintenance#version(String)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return a future of the result of {@link Maintenance#version(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<String> version(String endpoint);

    /**
     * The etcd version of one member, from its status ({@code Maintenance.Status}, sent to that endpoint only); see {@link Maintenance#version(String, RequestOptions)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#version(String, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<String> version(String endpoint, RequestOptions options);

    /**
     * Checks one endpoint's health as {@code etcdctl endpoint health} (3.4) does: a linearizable read of the key {@code health} sent to that endpoint; it is healthy when the read succeeds or is denied permission (which still went through consensus); see {@link Maintenance#health(String)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return a future of the result of {@link Maintenance#health(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<EndpointHealth> health(String endpoint);

    /**
     * Checks one endpoint's health as {@code etcdctl endpoint health} (3.4) does: a linearizable read of the key {@code health} sent to that endpoint; it is healthy when the read succeeds or is denied permission (which still went through consensus); see {@link Maintenance#health(String, RequestOptions)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#health(String, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<EndpointHealth> health(String endpoint, RequestOptions options);

    /**
     * Fetches one member's Prometheus metrics: an HTTP GET of {@code <endpoint>/metrics} (not a gRPC call), which etcd serves on its client URLs; see {@link Maintenance#metrics(String)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return a future of the result of {@link Maintenance#metrics(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<String> metrics(String endpoint);

    /**
     * Fetches one member's Prometheus metrics: an HTTP GET of {@code <endpoint>/metrics} (not a gRPC call), which etcd serves on its client URLs; see {@link Maintenance#metrics(String, RequestOptions)}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Maintenance#metrics(String, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<String> metrics(String endpoint, RequestOptions options);

    /**
     * Saves a snapshot of one member's database to a file: etcd's {@code Maintenance.Snapshot} RPC (server streaming): the member's whole backend
     * database at one moment, followed by its 32-byte SHA-256, which the client checks. The
     * stream is opened once, on the options' endpoint or any of the client's endpoints, and never
     * resumed on another (that would be another database): a broken stream fails the snapshot.
     * (Without an endpoint in the options, one that cannot be reached is passed over for the next
     * before the first byte.)
     * There is no deadline unless the options set one ({@link SnapshotOptions#timeout()}); the
     * client's request timeout does not apply.
     *
     * <p>The bytes go to a temporary file in the target's directory (named {@code .<name>.<random>.part});
     * only once the stream is complete and its checksum matches is the file synced to disk and
     * renamed to the target atomically, replacing any file there. On any failure the temporary file
     * is deleted and the target left as it was: the file is complete and checked, or absent. The
     * file holds what {@code etcdctl snapshot save} writes (the database, then its SHA-256), so
     * {@code etcdctl snapshot restore} and {@code snapshot status} accept it.
     *
     * <p>Uses {@link SnapshotOptions#DEFAULT}: any endpoint, no deadline, no progress listener.
     * Cancelling the future stops the snapshot and deletes the temporary file (shortly after).
     *
     * @param file where to save the snapshot; its directory must exist; not null
     * @return a future of what was saved; it fails with the exceptions listed at {@link Maintenance#snapshot(Path)}
     */
    CompletableFuture<SnapshotInfo> snapshot(Path file);

    /**
     * Saves a snapshot of one member's database to a file: etcd's {@code Maintenance.Snapshot} RPC (server streaming): the member's whole backend
     * database at one moment, followed by its 32-byte SHA-256, which the client checks. The
     * stream is opened once, on the options' endpoint or any of the client's endpoints, and never
     * resumed on another (that would be another database): a broken stream fails the snapshot.
     * (Without an endpoint in the options, one that cannot be reached is passed over for the next
     * before the first byte.)
     * There is no deadline unless the options set one ({@link SnapshotOptions#timeout()}); the
     * client's request timeout does not apply.
     *
     * <p>The bytes go to a temporary file in the target's directory (named {@code .<name>.<random>.part});
     * only once the stream is complete and its checksum matches is the file synced to disk and
     * renamed to the target atomically, replacing any file there. On any failure the temporary file
     * is deleted and the target left as it was: the file is complete and checked, or absent. The
     * file holds what {@code etcdctl snapshot save} writes (the database, then its SHA-256), so
     * {@code etcdctl snapshot restore} and {@code snapshot status} accept it.
     *
     * <p>Cancelling the future stops the snapshot and deletes the temporary file (shortly after).
     *
     * @param file where to save the snapshot; its directory must exist; not null
     * @param options the endpoint, deadline and progress listener; not null
     * @return a future of what was saved; it fails with the exceptions listed at {@link Maintenance#snapshot(Path, SnapshotOptions)}
     */
    CompletableFuture<SnapshotInfo> snapshot(Path file, SnapshotOptions options);

    /**
     * Writes a snapshot of one member's database to a stream: etcd's {@code Maintenance.Snapshot} RPC (server streaming): the member's whole backend
     * database at one moment, followed by its 32-byte SHA-256, which the client checks. The
     * stream is opened once, on the options' endpoint or any of the client's endpoints, and never
     * resumed on another (that would be another database): a broken stream fails the snapshot.
     * (Without an endpoint in the options, one that cannot be reached is passed over for the next
     * before the first byte.)
     * There is no deadline unless the options set one ({@link SnapshotOptions#timeout()}); the
     * client's request timeout does not apply.
     *
     * <p>Bytes are written as they arrive, the 32-byte checksum last (the same bytes as the file
     * variant writes); the stream is flushed on success and never closed. Since bytes are written
     * before the end is known, a failed snapshot leaves part of one in the stream: only a
     * successful result says the bytes are complete and checked.
     *
     * <p>Cancelling the future stops the snapshot. The stream is written on the snapshot's own
     * thread, never after the future completed.
     *
     * @param out where to write the snapshot; flushed on success, not closed; not null
     * @param options the endpoint, deadline and progress listener; not null
     * @return a future of what was written; it fails with the exceptions listed at {@link Maintenance#snapshot(OutputStream, SnapshotOptions)}
     */
    CompletableFuture<SnapshotInfo> snapshot(OutputStream out, SnapshotOptions options);
}
