package io.etcdj.internal.transport;

import io.etcdj.grpc.AlarmRequest;
import io.etcdj.grpc.AlarmResponse;
import io.etcdj.grpc.AuthDisableRequest;
import io.etcdj.grpc.AuthDisableResponse;
import io.etcdj.grpc.AuthEnableRequest;
import io.etcdj.grpc.AuthEnableResponse;
import io.etcdj.grpc.AuthRoleAddRequest;
import io.etcdj.grpc.AuthRoleAddResponse;
import io.etcdj.grpc.AuthRoleDeleteRequest;
import io.etcdj.grpc.AuthRoleDeleteResponse;
import io.etcdj.grpc.AuthRoleGetRequest;
import io.etcdj.grpc.AuthRoleGetResponse;
import io.etcdj.grpc.AuthRoleGrantPermissionRequest;
import io.etcdj.grpc.AuthRoleGrantPermissionResponse;
import io.etcdj.grpc.AuthRoleListRequest;
import io.etcdj.grpc.AuthRoleListResponse;
import io.etcdj.grpc.AuthRoleRevokePermissionRequest;
import io.etcdj.grpc.AuthRoleRevokePermissionResponse;
import io.etcdj.grpc.AuthUserAddRequest;
import io.etcdj.grpc.AuthUserAddResponse;
import io.etcdj.grpc.AuthUserChangePasswordRequest;
import io.etcdj.grpc.AuthUserChangePasswordResponse;
import io.etcdj.grpc.AuthUserDeleteRequest;
import io.etcdj.grpc.AuthUserDeleteResponse;
import io.etcdj.grpc.AuthUserGetRequest;
import io.etcdj.grpc.AuthUserGetResponse;
import io.etcdj.grpc.AuthUserGrantRoleRequest;
import io.etcdj.grpc.AuthUserGrantRoleResponse;
import io.etcdj.grpc.AuthUserListRequest;
import io.etcdj.grpc.AuthUserListResponse;
import io.etcdj.grpc.AuthUserRevokeRoleRequest;
import io.etcdj.grpc.AuthUserRevokeRoleResponse;
import io.etcdj.grpc.AuthStatusRequest;
import io.etcdj.grpc.AuthStatusResponse;
import io.etcdj.grpc.AuthenticateRequest;
import io.etcdj.grpc.AuthenticateResponse;
import io.etcdj.grpc.CampaignRequest;
import io.etcdj.grpc.CampaignResponse;
import io.etcdj.grpc.CompactionRequest;
import io.etcdj.grpc.CompactionResponse;
import io.etcdj.grpc.DefragmentRequest;
import io.etcdj.grpc.DefragmentResponse;
import io.etcdj.grpc.DeleteRangeRequest;
import io.etcdj.grpc.DeleteRangeResponse;
import io.etcdj.grpc.HashKVRequest;
import io.etcdj.grpc.HashKVResponse;
import io.etcdj.grpc.HashRequest;
import io.etcdj.grpc.HashResponse;
import io.etcdj.grpc.LeaderRequest;
import io.etcdj.grpc.LeaderResponse;
import io.etcdj.grpc.LeaseGrantRequest;
import io.etcdj.grpc.LeaseGrantResponse;
import io.etcdj.grpc.LeaseKeepAliveRequest;
import io.etcdj.grpc.LeaseKeepAliveResponse;
import io.etcdj.grpc.LeaseLeasesRequest;
import io.etcdj.grpc.LeaseLeasesResponse;
import io.etcdj.grpc.LeaseRevokeRequest;
import io.etcdj.grpc.LeaseRevokeResponse;
import io.etcdj.grpc.LeaseTimeToLiveRequest;
import io.etcdj.grpc.LeaseTimeToLiveResponse;
import io.etcdj.grpc.LockRequest;
import io.etcdj.grpc.LockResponse;
import io.etcdj.grpc.MemberAddRequest;
import io.etcdj.grpc.MemberAddResponse;
import io.etcdj.grpc.MemberListRequest;
import io.etcdj.grpc.MemberListResponse;
import io.etcdj.grpc.MemberPromoteRequest;
import io.etcdj.grpc.MemberPromoteResponse;
import io.etcdj.grpc.MemberRemoveRequest;
import io.etcdj.grpc.MemberRemoveResponse;
import io.etcdj.grpc.MemberUpdateRequest;
import io.etcdj.grpc.MemberUpdateResponse;
import io.etcdj.grpc.MoveLeaderRequest;
import io.etcdj.grpc.MoveLeaderResponse;
import io.etcdj.grpc.ProclaimRequest;
import io.etcdj.grpc.ProclaimResponse;
import io.etcdj.grpc.PutRequest;
import io.etcdj.grpc.PutResponse;
import io.etcdj.grpc.RangeRequest;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.grpc.ResignRequest;
import io.etcdj.grpc.ResignResponse;
import io.etcdj.grpc.SnapshotRequest;
import io.etcdj.grpc.SnapshotResponse;
import io.etcdj.grpc.StatusRequest;
import io.etcdj.grpc.StatusResponse;
import io.etcdj.grpc.TxnRequest;
import io.etcdj.grpc.TxnResponse;
import io.etcdj.grpc.UnlockRequest;
import io.etcdj.grpc.UnlockResponse;
import io.etcdj.grpc.WatchRequest;
import io.etcdj.grpc.WatchResponse;
import java.util.List;

/**
 * Every etcd v3 RPC etcdj calls, described once (see {@link Rpc}). Gateway paths are below the
 * API prefix ({@code /v3} on etcd 3.4); where etcd 3.4 serves none (HashKV: 3.5 added {@code /maintenance/hashkv}) the path is the later release's, and etcd 3.4 answers 404.
 */
public final class Rpcs {
    /** etcdserverpb.KV.Range. */
    public static final Rpc<RangeRequest, RangeResponse> KV_RANGE = new Rpc<>("etcdserverpb.KV", "Range",
            Rpc.Kind.UNARY, RangeRequest.getDefaultInstance(), RangeResponse.getDefaultInstance(), "/kv/range");
    /** etcdserverpb.KV.Put. */
    public static final Rpc<PutRequest, PutResponse> KV_PUT = new Rpc<>("etcdserverpb.KV", "Put",
            Rpc.Kind.UNARY, PutRequest.getDefaultInstance(), PutResponse.getDefaultInstance(), "/kv/put");
    /** etcdserverpb.KV.DeleteRange. */
    public static final Rpc<DeleteRangeRequest, DeleteRangeResponse> KV_DELETE_RANGE = new Rpc<>("etcdserverpb.KV", "DeleteRange",
            Rpc.Kind.UNARY, DeleteRangeRequest.getDefaultInstance(), DeleteRangeResponse.getDefaultInstance(), "/kv/deleterange");
    /** etcdserverpb.KV.Txn. */
    public static final Rpc<TxnRequest, TxnResponse> KV_TXN = new Rpc<>("etcdserverpb.KV", "Txn",
            Rpc.Kind.UNARY, TxnRequest.getDefaultInstance(), TxnResponse.getDefaultInstance(), "/kv/txn");
    /** etcdserverpb.KV.Compact. */
    public static final Rpc<CompactionRequest, CompactionResponse> KV_COMPACT = new Rpc<>("etcdserverpb.KV", "Compact",
            Rpc.Kind.UNARY, CompactionRequest.getDefaultInstance(), CompactionResponse.getDefaultInstance(), "/kv/compaction");
    /** etcdserverpb.Watch.Watch. */
    public static final Rpc<WatchRequest, WatchResponse> WATCH = new Rpc<>("etcdserverpb.Watch", "Watch",
            Rpc.Kind.BIDI_STREAMING, WatchRequest.getDefaultInstance(), WatchResponse.getDefaultInstance(), "/watch");
    /** etcdserverpb.Lease.LeaseGrant. */
    public static final Rpc<LeaseGrantRequest, LeaseGrantResponse> LEASE_GRANT = new Rpc<>("etcdserverpb.Lease", "LeaseGrant",
            Rpc.Kind.UNARY, LeaseGrantRequest.getDefaultInstance(), LeaseGrantResponse.getDefaultInstance(), "/lease/grant");
    /** etcdserverpb.Lease.LeaseRevoke. */
    public static final Rpc<LeaseRevokeRequest, LeaseRevokeResponse> LEASE_REVOKE = new Rpc<>("etcdserverpb.Lease", "LeaseRevoke",
            Rpc.Kind.UNARY, LeaseRevokeRequest.getDefaultInstance(), LeaseRevokeResponse.getDefaultInstance(), "/lease/revoke");
    /** etcdserverpb.Lease.LeaseKeepAlive. */
    public static final Rpc<LeaseKeepAliveRequest, LeaseKeepAliveResponse> LEASE_KEEP_ALIVE = new Rpc<>("etcdserverpb.Lease", "LeaseKeepAlive",
            Rpc.Kind.BIDI_STREAMING, LeaseKeepAliveRequest.getDefaultInstance(), LeaseKeepAliveResponse.getDefaultInstance(), "/lease/keepalive");
    /** etcdserverpb.Lease.LeaseTimeToLive. */
    public static final Rpc<LeaseTimeToLiveRequest, LeaseTimeToLiveResponse> LEASE_TIME_TO_LIVE = new Rpc<>("etcdserverpb.Lease", "LeaseTimeToLive",
            Rpc.Kind.UNARY, LeaseTimeToLiveRequest.getDefaultInstance(), LeaseTimeToLiveResponse.getDefaultInstance(), "/lease/timetolive");
    /** etcdserverpb.Lease.LeaseLeases. */
    public static final Rpc<LeaseLeasesRequest, LeaseLeasesResponse> LEASE_LEASES = new Rpc<>("etcdserverpb.Lease", "LeaseLeases",
            Rpc.Kind.UNARY, LeaseLeasesRequest.getDefaultInstance(), LeaseLeasesResponse.getDefaultInstance(), "/lease/leases");
    /** etcdserverpb.Cluster.MemberAdd. */
    public static final Rpc<MemberAddRequest, MemberAddResponse> MEMBER_ADD = new Rpc<>("etcdserverpb.Cluster", "MemberAdd",
            Rpc.Kind.UNARY, MemberAddRequest.getDefaultInstance(), MemberAddResponse.getDefaultInstance(), "/cluster/member/add");
    /** etcdserverpb.Cluster.MemberRemove. */
    public static final Rpc<MemberRemoveRequest, MemberRemoveResponse> MEMBER_REMOVE = new Rpc<>("etcdserverpb.Cluster", "MemberRemove",
            Rpc.Kind.UNARY, MemberRemoveRequest.getDefaultInstance(), MemberRemoveResponse.getDefaultInstance(), "/cluster/member/remove");
    /** etcdserverpb.Cluster.MemberUpdate. */
    public static final Rpc<MemberUpdateRequest, MemberUpdateResponse> MEMBER_UPDATE = new Rpc<>("etcdserverpb.Cluster", "MemberUpdate",
            Rpc.Kind.UNARY, MemberUpdateRequest.getDefaultInstance(), MemberUpdateResponse.getDefaultInstance(), "/cluster/member/update");
    /** etcdserverpb.Cluster.MemberList. */
    public static final Rpc<MemberListRequest, MemberListResponse> MEMBER_LIST = new Rpc<>("etcdserverpb.Cluster", "MemberList",
            Rpc.Kind.UNARY, MemberListRequest.getDefaultInstance(), MemberListResponse.getDefaultInstance(), "/cluster/member/list");
    /** etcdserverpb.Cluster.MemberPromote. */
    public static final Rpc<MemberPromoteRequest, MemberPromoteResponse> MEMBER_PROMOTE = new Rpc<>("etcdserverpb.Cluster", "MemberPromote",
            Rpc.Kind.UNARY, MemberPromoteRequest.getDefaultInstance(), MemberPromoteResponse.getDefaultInstance(), "/cluster/member/promote");
    /** etcdserverpb.Maintenance.Alarm. */
    public static final Rpc<AlarmRequest, AlarmResponse> ALARM = new Rpc<>("etcdserverpb.Maintenance", "Alarm",
            Rpc.Kind.UNARY, AlarmRequest.getDefaultInstance(), AlarmResponse.getDefaultInstance(), "/maintenance/alarm");
    /** etcdserverpb.Maintenance.Status. */
    public static final Rpc<StatusRequest, StatusResponse> STATUS = new Rpc<>("etcdserverpb.Maintenance", "Status",
            Rpc.Kind.UNARY, StatusRequest.getDefaultInstance(), StatusResponse.getDefaultInstance(), "/maintenance/status");
    /** etcdserverpb.Maintenance.Defragment. */
    public static final Rpc<DefragmentRequest, DefragmentResponse> DEFRAGMENT = new Rpc<>("etcdserverpb.Maintenance", "Defragment",
            Rpc.Kind.UNARY, DefragmentRequest.getDefaultInstance(), DefragmentResponse.getDefaultInstance(), "/maintenance/defragment");
    /** etcdserverpb.Maintenance.Hash. */
    public static final Rpc<HashRequest, HashResponse> HASH = new Rpc<>("etcdserverpb.Maintenance", "Hash",
            Rpc.Kind.UNARY, HashRequest.getDefaultInstance(), HashResponse.getDefaultInstance(), "/maintenance/hash");
    /** etcdserverpb.Maintenance.HashKV. */
    public static final Rpc<HashKVRequest, HashKVResponse> HASH_KV = new Rpc<>("etcdserverpb.Maintenance", "HashKV",
            Rpc.Kind.UNARY, HashKVRequest.getDefaultInstance(), HashKVResponse.getDefaultInstance(), "/maintenance/hashkv");
    /** etcdserverpb.Maintenance.Snapshot. */
    public static final Rpc<SnapshotRequest, SnapshotResponse> SNAPSHOT = new Rpc<>("etcdserverpb.Maintenance", "Snapshot",
            Rpc.Kind.SERVER_STREAMING, SnapshotRequest.getDefaultInstance(), SnapshotResponse.getDefaultInstance(), "/maintenance/snapshot");
    /** etcdserverpb.Maintenance.MoveLeader. */
    public static final Rpc<MoveLeaderRequest, MoveLeaderResponse> MOVE_LEADER = new Rpc<>("etcdserverpb.Maintenance", "MoveLeader",
            Rpc.Kind.UNARY, MoveLeaderRequest.getDefaultInstance(), MoveLeaderResponse.getDefaultInstance(), "/maintenance/transfer-leadership");
    /** etcdserverpb.Auth.AuthEnable. */
    public static final Rpc<AuthEnableRequest, AuthEnableResponse> AUTH_ENABLE = new Rpc<>("etcdserverpb.Auth", "AuthEnable",
            Rpc.Kind.UNARY, AuthEnableRequest.getDefaultInstance(), AuthEnableResponse.getDefaultInstance(), "/auth/enable");
    /** etcdserverpb.Auth.AuthDisable. */
    public static final Rpc<AuthDisableRequest, AuthDisableResponse> AUTH_DISABLE = new Rpc<>("etcdserverpb.Auth", "AuthDisable",
            Rpc.Kind.UNARY, AuthDisableRequest.getDefaultInstance(), AuthDisableResponse.getDefaultInstance(), "/auth/disable");
    /** etcdserverpb.Auth.AuthStatus (etcd 3.5 and later). */
    public static final Rpc<AuthStatusRequest, AuthStatusResponse> AUTH_STATUS = new Rpc<>("etcdserverpb.Auth", "AuthStatus",
            Rpc.Kind.UNARY, AuthStatusRequest.getDefaultInstance(), AuthStatusResponse.getDefaultInstance(), "/auth/status");
    /** etcdserverpb.Auth.Authenticate. */
    public static final Rpc<AuthenticateRequest, AuthenticateResponse> AUTHENTICATE = new Rpc<>("etcdserverpb.Auth", "Authenticate",
            Rpc.Kind.UNARY, AuthenticateRequest.getDefaultInstance(), AuthenticateResponse.getDefaultInstance(), "/auth/authenticate");
    /** etcdserverpb.Auth.UserAdd. */
    public static final Rpc<AuthUserAddRequest, AuthUserAddResponse> USER_ADD = new Rpc<>("etcdserverpb.Auth", "UserAdd",
            Rpc.Kind.UNARY, AuthUserAddRequest.getDefaultInstance(), AuthUserAddResponse.getDefaultInstance(), "/auth/user/add");
    /** etcdserverpb.Auth.UserGet. */
    public static final Rpc<AuthUserGetRequest, AuthUserGetResponse> USER_GET = new Rpc<>("etcdserverpb.Auth", "UserGet",
            Rpc.Kind.UNARY, AuthUserGetRequest.getDefaultInstance(), AuthUserGetResponse.getDefaultInstance(), "/auth/user/get");
    /** etcdserverpb.Auth.UserList. */
    public static final Rpc<AuthUserListRequest, AuthUserListResponse> USER_LIST = new Rpc<>("etcdserverpb.Auth", "UserList",
            Rpc.Kind.UNARY, AuthUserListRequest.getDefaultInstance(), AuthUserListResponse.getDefaultInstance(), "/auth/user/list");
    /** etcdserverpb.Auth.UserDelete. */
    public static final Rpc<AuthUserDeleteRequest, AuthUserDeleteResponse> USER_DELETE = new Rpc<>("etcdserverpb.Auth", "UserDelete",
            Rpc.Kind.UNARY, AuthUserDeleteRequest.getDefaultInstance(), AuthUserDeleteResponse.getDefaultInstance(), "/auth/user/delete");
    /** etcdserverpb.Auth.UserChangePassword. */
    public static final Rpc<AuthUserChangePasswordRequest, AuthUserChangePasswordResponse> USER_CHANGE_PASSWORD = new Rpc<>("etcdserverpb.Auth", "UserChangePassword",
            Rpc.Kind.UNARY, AuthUserChangePasswordRequest.getDefaultInstance(), AuthUserChangePasswordResponse.getDefaultInstance(), "/auth/user/changepw");
    /** etcdserverpb.Auth.UserGrantRole. */
    public static final Rpc<AuthUserGrantRoleRequest, AuthUserGrantRoleResponse> USER_GRANT_ROLE = new Rpc<>("etcdserverpb.Auth", "UserGrantRole",
            Rpc.Kind.UNARY, AuthUserGrantRoleRequest.getDefaultInstance(), AuthUserGrantRoleResponse.getDefaultInstance(), "/auth/user/grant");
    /** etcdserverpb.Auth.UserRevokeRole. */
    public static final Rpc<AuthUserRevokeRoleRequest, AuthUserRevokeRoleResponse> USER_REVOKE_ROLE = new Rpc<>("etcdserverpb.Auth", "UserRevokeRole",
            Rpc.Kind.UNARY, AuthUserRevokeRoleRequest.getDefaultInstance(), AuthUserRevokeRoleResponse.getDefaultInstance(), "/auth/user/revoke");
    /** etcdserverpb.Auth.RoleAdd. */
    public static final Rpc<AuthRoleAddRequest, AuthRoleAddResponse> ROLE_ADD = new Rpc<>("etcdserverpb.Auth", "RoleAdd",
            Rpc.Kind.UNARY, AuthRoleAddRequest.getDefaultInstance(), AuthRoleAddResponse.getDefaultInstance(), "/auth/role/add");
    /** etcdserverpb.Auth.RoleGet. */
    public static final Rpc<AuthRoleGetRequest, AuthRoleGetResponse> ROLE_GET = new Rpc<>("etcdserverpb.Auth", "RoleGet",
            Rpc.Kind.UNARY, AuthRoleGetRequest.getDefaultInstance(), AuthRoleGetResponse.getDefaultInstance(), "/auth/role/get");
    /** etcdserverpb.Auth.RoleList. */
    public static final Rpc<AuthRoleListRequest, AuthRoleListResponse> ROLE_LIST = new Rpc<>("etcdserverpb.Auth", "RoleList",
            Rpc.Kind.UNARY, AuthRoleListRequest.getDefaultInstance(), AuthRoleListResponse.getDefaultInstance(), "/auth/role/list");
    /** etcdserverpb.Auth.RoleDelete. */
    public static final Rpc<AuthRoleDeleteRequest, AuthRoleDeleteResponse> ROLE_DELETE = new Rpc<>("etcdserverpb.Auth", "RoleDelete",
            Rpc.Kind.UNARY, AuthRoleDeleteRequest.getDefaultInstance(), AuthRoleDeleteResponse.getDefaultInstance(), "/auth/role/delete");
    /** etcdserverpb.Auth.RoleGrantPermission. */
    public static final Rpc<AuthRoleGrantPermissionRequest, AuthRoleGrantPermissionResponse> ROLE_GRANT_PERMISSION = new Rpc<>("etcdserverpb.Auth", "RoleGrantPermission",
            Rpc.Kind.UNARY, AuthRoleGrantPermissionRequest.getDefaultInstance(), AuthRoleGrantPermissionResponse.getDefaultInstance(), "/auth/role/grant");
    /** etcdserverpb.Auth.RoleRevokePermission. */
    public static final Rpc<AuthRoleRevokePermissionRequest, AuthRoleRevokePermissionResponse> ROLE_REVOKE_PERMISSION = new Rpc<>("etcdserverpb.Auth", "RoleRevokePermission",
            Rpc.Kind.UNARY, AuthRoleRevokePermissionRequest.getDefaultInstance(), AuthRoleRevokePermissionResponse.getDefaultInstance(), "/auth/role/revoke");
    /** v3lockpb.Lock.Lock. */
    public static final Rpc<LockRequest, LockResponse> LOCK = new Rpc<>("v3lockpb.Lock", "Lock",
            Rpc.Kind.UNARY, LockRequest.getDefaultInstance(), LockResponse.getDefaultInstance(), "/lock/lock");
    /** v3lockpb.Lock.Unlock. */
    public static final Rpc<UnlockRequest, UnlockResponse> UNLOCK = new Rpc<>("v3lockpb.Lock", "Unlock",
            Rpc.Kind.UNARY, UnlockRequest.getDefaultInstance(), UnlockResponse.getDefaultInstance(), "/lock/unlock");
    /** v3electionpb.Election.Campaign. */
    public static final Rpc<CampaignRequest, CampaignResponse> CAMPAIGN = new Rpc<>("v3electionpb.Election", "Campaign",
            Rpc.Kind.UNARY, CampaignRequest.getDefaultInstance(), CampaignResponse.getDefaultInstance(), "/election/campaign");
    /** v3electionpb.Election.Proclaim. */
    public static final Rpc<ProclaimRequest, ProclaimResponse> PROCLAIM = new Rpc<>("v3electionpb.Election", "Proclaim",
            Rpc.Kind.UNARY, ProclaimRequest.getDefaultInstance(), ProclaimResponse.getDefaultInstance(), "/election/proclaim");
    /** v3electionpb.Election.Leader. */
    public static final Rpc<LeaderRequest, LeaderResponse> LEADER = new Rpc<>("v3electionpb.Election", "Leader",
            Rpc.Kind.UNARY, LeaderRequest.getDefaultInstance(), LeaderResponse.getDefaultInstance(), "/election/leader");
    /** v3electionpb.Election.Observe. */
    public static final Rpc<LeaderRequest, LeaderResponse> OBSERVE = new Rpc<>("v3electionpb.Election", "Observe",
            Rpc.Kind.SERVER_STREAMING, LeaderRequest.getDefaultInstance(), LeaderResponse.getDefaultInstance(), "/election/observe");
    /** v3electionpb.Election.Resign. */
    public static final Rpc<ResignRequest, ResignResponse> RESIGN = new Rpc<>("v3electionpb.Election", "Resign",
            Rpc.Kind.UNARY, ResignRequest.getDefaultInstance(), ResignResponse.getDefaultInstance(), "/election/resign");

    /** Every RPC above. */
    public static final List<Rpc<?, ?>> ALL = List.of(
            KV_RANGE, KV_PUT, KV_DELETE_RANGE, KV_TXN, KV_COMPACT, WATCH, LEASE_GRANT, LEASE_REVOKE,
            LEASE_KEEP_ALIVE, LEASE_TIME_TO_LIVE, LEASE_LEASES, MEMBER_ADD, MEMBER_REMOVE,
            MEMBER_UPDATE, MEMBER_LIST, MEMBER_PROMOTE, ALARM, STATUS, DEFRAGMENT, HASH, HASH_KV,
            SNAPSHOT, MOVE_LEADER, AUTH_ENABLE, AUTH_DISABLE, AUTH_STATUS, AUTHENTICATE, USER_ADD, USER_GET,
            USER_LIST, USER_DELETE, USER_CHANGE_PASSWORD, USER_GRANT_ROLE, USER_REVOKE_ROLE,
            ROLE_ADD, ROLE_GET, ROLE_LIST, ROLE_DELETE, ROLE_GRANT_PERMISSION,
            ROLE_REVOKE_PERMISSION, LOCK, UNLOCK, CAMPAIGN, PROCLAIM, LEADER, OBSERVE, RESIGN);

    private Rpcs() {
    }
}
