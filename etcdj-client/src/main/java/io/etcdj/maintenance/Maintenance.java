package io.etcdj.maintenance;

import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
import io.etcdj.internal.NoDefaultDeadline;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The maintenance facet: etcd's {@code Maintenance} service, blocking, plus an endpoint health
 * check and a member's Prometheus metrics. The same calls as {@link AsyncMaintenance}, each
 * waiting for its result within the call's deadline. Obtained from {@code EtcdClient.maintenance()}.
 *
 * <p>Calls about one member (status, hash, hash-kv, defragment, version, health, metrics) take
 * that member's endpoint, which must be one of the client's endpoints; they go to that endpoint
 * only. Move-leader goes to the current leader. Snapshots ({@code snapshot}) are streams of their own, with no deadline unless given one.
 */
public interface Maintenance {
    /**
     * Asks one member for its status: version, database size, leader, raft indexes and term, learner flag and alarms (etcd's {@code Maintenance.Status} RPC, sent to that endpoint only).
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return the member's status; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    StatusResponse status(String endpoint);

    /**
     * Asks one member for its status: version, database size, leader, raft indexes and term, learner flag and alarms (etcd's {@code Maintenance.Status} RPC, sent to that endpoint only).
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return the member's status; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    StatusResponse status(String endpoint, RequestOptions options);

    /**
     * Hashes one member's whole backend database (etcd's {@code Maintenance.Hash} RPC, sent to that endpoint only). For comparing members use {@link #hashKv(String, long)}.
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return the hash; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    HashResponse hash(String endpoint);

    /**
     * Hashes one member's whole backend database (etcd's {@code Maintenance.Hash} RPC, sent to that endpoint only). For comparing members use {@link #hashKv(String, long)}.
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return the hash; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    HashResponse hash(String endpoint, RequestOptions options);

    /**
     * Hashes one member's key-value history up to a revision (etcd's {@code Maintenance.HashKV} RPC, sent to that endpoint only). Members that agree give equal hashes for the same revision.
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param revision the last revision to hash; 0 for the member's current revision
     * @return the hash and the compacted revision it starts from; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints, or the revision is negative
     * @throws io.etcdj.exception.RevisionCompactedException when the revision has been compacted
     * @throws io.etcdj.exception.FutureRevisionException when the revision is newer than the member's
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    HashKvResponse hashKv(String endpoint, long revision);

    /**
     * Hashes one member's key-value history up to a revision (etcd's {@code Maintenance.HashKV} RPC, sent to that endpoint only). Members that agree give equal hashes for the same revision.
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param revision the last revision to hash; 0 for the member's current revision
     * @param options the call's options; not null
     * @return the hash and the compacted revision it starts from; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints, or the revision is negative
     * @throws io.etcdj.exception.RevisionCompactedException when the revision has been compacted
     * @throws io.etcdj.exception.FutureRevisionException when the revision is newer than the member's
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    HashKvResponse hashKv(String endpoint, long revision, RequestOptions options);

    /**
     * Defragments one member: rewrites its backend database without free pages and gives the space back to the file system (etcd's {@code Maintenance.Defragment} RPC, sent to that endpoint only). The member serves nothing else meanwhile, which can take minutes for a large database: pass options with a generous timeout (several minutes), and defragment one member at a time.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return the member's answer; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    DefragmentResponse defragment(String endpoint);

    /**
     * Defragments one member: rewrites its backend database without free pages and gives the space back to the file system (etcd's {@code Maintenance.Defragment} RPC, sent to that endpoint only). The member serves nothing else meanwhile, which can take minutes for a large database: pass options with a generous timeout (several minutes), and defragment one member at a time.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return the member's answer; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    DefragmentResponse defragment(String endpoint, ChangeOptions options);

    /**
     * Lists the cluster's active alarms (etcd's {@code Maintenance.Alarm} RPC with action GET, all members, all types).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one. Uses {@link RequestOptions#DEFAULT}.
     *
     * @return every active alarm of the cluster; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmList();

    /**
     * Lists the cluster's active alarms (etcd's {@code Maintenance.Alarm} RPC with action GET, all members, all types).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one.
     *
     * @param options the call's options; not null
     * @return every active alarm of the cluster; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmList(RequestOptions options);

    /**
     * Raises an alarm for a member (etcd's {@code Maintenance.Alarm} RPC with action ACTIVATE). An active {@link AlarmType#NOSPACE} alarm makes the cluster refuse writes until it is disarmed; meant for tests and drills.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @return the alarm raised (empty when it was active already); never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the type is null or {@link AlarmType#NONE}
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmActivate(long memberId, AlarmType type);

    /**
     * Raises an alarm for a member (etcd's {@code Maintenance.Alarm} RPC with action ACTIVATE). An active {@link AlarmType#NOSPACE} alarm makes the cluster refuse writes until it is disarmed; meant for tests and drills.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @param options the call's options; not null
     * @return the alarm raised (empty when it was active already); never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the type is null or {@link AlarmType#NONE}
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmActivate(long memberId, AlarmType type, ChangeOptions options);

    /**
     * Disarms one alarm of one member (etcd's {@code Maintenance.Alarm} RPC with action DEACTIVATE).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @return the alarm disarmed, or an empty list when it was not active; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the type is null or {@link AlarmType#NONE}
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmDisarm(long memberId, AlarmType type);

    /**
     * Disarms one alarm of one member (etcd's {@code Maintenance.Alarm} RPC with action DEACTIVATE).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param memberId the member the alarm is for (unsigned)
     * @param type the alarm; not null, not {@link AlarmType#NONE}
     * @param options the call's options; not null
     * @return the alarm disarmed, or an empty list when it was not active; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the type is null or {@link AlarmType#NONE}
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmDisarm(long memberId, AlarmType type, ChangeOptions options);

    /**
     * Disarms every active alarm, whatever its type and member: lists the alarms, then disarms each (etcd's {@code Maintenance.Alarm} RPC with GET, then DEACTIVATE per alarm), as {@code etcdctl alarm disarm} does. Not atomic: an alarm raised after the list stays.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. The list is retried as a read. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @return the alarms disarmed (empty when none was active), with the header of the last answer; never null
     * @throws io.etcdj.exception.EtcdException when the list or one of the disarms fails; alarms disarmed before it stay disarmed
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmDisarmAll();

    /**
     * Disarms every active alarm, whatever its type and member: lists the alarms, then disarms each (etcd's {@code Maintenance.Alarm} RPC with GET, then DEACTIVATE per alarm), as {@code etcdctl alarm disarm} does. Not atomic: an alarm raised after the list stays.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. The list is retried as a read.
     *
     * @param options the call's options; not null
     * @return the alarms disarmed (empty when none was active), with the header of the last answer; never null
     * @throws io.etcdj.exception.EtcdException when the list or one of the disarms fails; alarms disarmed before it stay disarmed
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AlarmResponse alarmDisarmAll(ChangeOptions options);

    /**
     * Transfers the raft leadership to another member (etcd's {@code Maintenance.MoveLeader} RPC, sent to the current leader, which must be one of the client's endpoints).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param targetMemberId the id of the voting member to make leader (unsigned)
     * @return the old leader's answer; never null
     * @throws io.etcdj.exception.NoLeaderException when none of the client's endpoints is the leader
     * @throws io.etcdj.exception.PreconditionFailedException when the target cannot become leader, for example a learner or an unknown member ({@code BAD_LEADER_TRANSFEREE})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MoveLeaderResponse moveLeader(long targetMemberId);

    /**
     * Transfers the raft leadership to another member (etcd's {@code Maintenance.MoveLeader} RPC, sent to the current leader, which must be one of the client's endpoints).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param targetMemberId the id of the voting member to make leader (unsigned)
     * @param options the call's options; not null
     * @return the old leader's answer; never null
     * @throws io.etcdj.exception.NoLeaderException when none of the client's endpoints is the leader
     * @throws io.etcdj.exception.PreconditionFailedException when the target cannot become leader, for example a learner or an unknown member ({@code BAD_LEADER_TRANSFEREE})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MoveLeaderResponse moveLeader(long targetMemberId, ChangeOptions options);

    /**
     * The etcd version of one member, from its status ({@code Maintenance.Status}, sent to that endpoint only).
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return the version, such as {@code 3.4.23}; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    String version(String endpoint);

    /**
     * The etcd version of one member, from its status ({@code Maintenance.Status}, sent to that endpoint only).
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return the version, such as {@code 3.4.23}; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    String version(String endpoint, RequestOptions options);

    /**
     * Checks one endpoint's health as {@code etcdctl endpoint health} (3.4) does: a linearizable read of the key {@code health} sent to that endpoint; it is healthy when the read succeeds or is denied permission (which still went through consensus). A failed read is an unhealthy result, not a failed call.
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return healthy or not, how long the check took and why it failed; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.ClientClosedException when the client is closed
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    EndpointHealth health(String endpoint);

    /**
     * Checks one endpoint's health as {@code etcdctl endpoint health} (3.4) does: a linearizable read of the key {@code health} sent to that endpoint; it is healthy when the read succeeds or is denied permission (which still went through consensus). A failed read is an unhealthy result, not a failed call.
     *
     * <p>Retries: a read, retried on transient errors on the same endpoint within the deadline.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return healthy or not, how long the check took and why it failed; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.ClientClosedException when the client is closed
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    EndpointHealth health(String endpoint, RequestOptions options);

    /**
     * Fetches one member's Prometheus metrics: an HTTP GET of {@code <endpoint>/metrics} (not a gRPC call), which etcd serves on its client URLs.
     *
     * <p>Retries: none; the deadline bounds the request. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @return the metrics text; parse it with {@link MetricsText#parse(String)}; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.ConnectionException when the member cannot be reached
     * @throws io.etcdj.exception.EtcdTimeoutException when no answer came within the deadline
     * @throws io.etcdj.exception.InternalException when the member answers with an HTTP status other than 200
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    String metrics(String endpoint);

    /**
     * Fetches one member's Prometheus metrics: an HTTP GET of {@code <endpoint>/metrics} (not a gRPC call), which etcd serves on its client URLs.
     *
     * <p>Retries: none; the deadline bounds the request.
     *
     * @param endpoint one of the client's endpoints, as given to the builder ({@code http://host:port} or {@code host:port}); not null
     * @param options the call's options; not null
     * @return the metrics text; parse it with {@link MetricsText#parse(String)}; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.ConnectionException when the member cannot be reached
     * @throws io.etcdj.exception.EtcdTimeoutException when no answer came within the deadline
     * @throws io.etcdj.exception.InternalException when the member answers with an HTTP status other than 200
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    String metrics(String endpoint, RequestOptions options);

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
     *
     * @param file where to save the snapshot; its directory must exist; not null
     * @return what was saved; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the file is a directory or no file can be created in its directory, or the options' endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.ConnectionException when the connection breaks or the member goes away before the snapshot is complete (no file is left)
     * @throws io.etcdj.exception.EtcdTimeoutException when the options' timeout passes first (no file is left)
     * @throws io.etcdj.exception.SnapshotIntegrityException when the stream ends short or its checksum does not match (no file is left)
     * @throws io.etcdj.exception.InternalException when the file cannot be written, synced or renamed (no file is left)
     * @throws io.etcdj.exception.UnauthenticatedException when auth is on and the client has no credentials or they are rejected
     * @throws io.etcdj.exception.PermissionDeniedException when auth is on and the user lacks the {@code root} role, which snapshots need
     * @throws io.etcdj.exception.EtcdException for any other failure (cancelled, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    @NoDefaultDeadline
    SnapshotInfo snapshot(Path file);

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
     * @param file where to save the snapshot; its directory must exist; not null
     * @param options the endpoint, deadline and progress listener; not null
     * @return what was saved; never null
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the file is a directory or no file can be created in its directory, or the options' endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.ConnectionException when the connection breaks or the member goes away before the snapshot is complete (no file is left)
     * @throws io.etcdj.exception.EtcdTimeoutException when the options' timeout passes first (no file is left)
     * @throws io.etcdj.exception.SnapshotIntegrityException when the stream ends short or its checksum does not match (no file is left)
     * @throws io.etcdj.exception.InternalException when the file cannot be written, synced or renamed (no file is left)
     * @throws io.etcdj.exception.UnauthenticatedException when auth is on and the client has no credentials or they are rejected
     * @throws io.etcdj.exception.PermissionDeniedException when auth is on and the user lacks the {@code root} role, which snapshots need
     * @throws io.etcdj.exception.EtcdException for any other failure (cancelled, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    @NoDefaultDeadline
    SnapshotInfo snapshot(Path file, SnapshotOptions options);

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
     * @param out where to write the snapshot; flushed on success, not closed; not null
     * @param options the endpoint, deadline and progress listener; not null
     * @return what was written; never null ({@link SnapshotInfo#file()} is empty)
     * @throws io.etcdj.exception.InvalidArgumentException (before anything is sent) when the options' endpoint is malformed or not one of the client's endpoints
     * @throws io.etcdj.exception.ConnectionException when the connection breaks or the member goes away before the snapshot is complete
     * @throws io.etcdj.exception.EtcdTimeoutException when the options' timeout passes first
     * @throws io.etcdj.exception.SnapshotIntegrityException when the stream ends short or its checksum does not match
     * @throws io.etcdj.exception.InternalException when writing to the stream throws an {@link java.io.IOException}
     * @throws io.etcdj.exception.UnauthenticatedException when auth is on and the client has no credentials or they are rejected
     * @throws io.etcdj.exception.PermissionDeniedException when auth is on and the user lacks the {@code root} role, which snapshots need
     * @throws io.etcdj.exception.EtcdException for any other failure (cancelled, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    @NoDefaultDeadline
    SnapshotInfo snapshot(OutputStream out, SnapshotOptions options);
}
