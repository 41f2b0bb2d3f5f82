package io.etcdj.internal;

import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
import io.etcdj.ResponseHeader;
import io.etcdj.auth.AsyncAuth;
import io.etcdj.auth.AuthResponse;
import io.etcdj.auth.AuthStatusResponse;
import io.etcdj.auth.NameListResponse;
import io.etcdj.auth.Permission;
import io.etcdj.auth.RoleResponse;
import io.etcdj.auth.UserResponse;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import io.etcdj.grpc.AuthDisableRequest;
import io.etcdj.grpc.AuthEnableRequest;
import io.etcdj.grpc.AuthRoleAddRequest;
import io.etcdj.grpc.AuthRoleDeleteRequest;
import io.etcdj.grpc.AuthRoleGetRequest;
import io.etcdj.grpc.AuthRoleGrantPermissionRequest;
import io.etcdj.grpc.AuthRoleListRequest;
import io.etcdj.grpc.AuthRoleRevokePermissionRequest;
import io.etcdj.grpc.AuthStatusRequest;
import io.etcdj.grpc.AuthUserAddRequest;
import io.etcdj.grpc.AuthUserChangePasswordRequest;
import io.etcdj.grpc.AuthUserDeleteRequest;
import io.etcdj.grpc.AuthUserGetRequest;
import io.etcdj.grpc.AuthUserGrantRoleRequest;
import io.etcdj.grpc.AuthUserListRequest;
import io.etcdj.grpc.AuthUserRevokeRoleRequest;
import io.etcdj.grpc.AuthenticateRequest;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.kv.RangeEnd;
import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The auth facet over etcd's {@code Auth} service. Reads and the changes that can be repeated
 * without effect (enable, disable, password change, role grant, permission grant) are retried;
 * the other changes only when never sent, unless the caller says idempotent. The blocking form is
 * derived by {@link Blocking}.
 */
final class AuthImpl implements AsyncAuth {
    private static final ResponseHeader NO_HEADER = new ResponseHeader(0, 0, 0, 0);

    private final CallPipeline pipeline;

    AuthImpl(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public CompletableFuture<AuthResponse> authEnable() {
        return authEnable(ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> authEnable(ChangeOptions options) {
        return change(Rpcs.AUTH_ENABLE, () -> AuthEnableRequest.getDefaultInstance(), options, true,
                r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> authDisable() {
        return authDisable(ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> authDisable(ChangeOptions options) {
        return change(Rpcs.AUTH_DISABLE, () -> AuthDisableRequest.getDefaultInstance(), options, true,
                r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthStatusResponse> authStatus() {
        return authStatus(RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthStatusResponse> authStatus(RequestOptions options) {
        CompletableFuture<AuthStatusResponse> status = read(Rpcs.AUTH_STATUS,
                () -> AuthStatusRequest.getDefaultInstance(), options,
                r -> new AuthStatusResponse(Headers.of(r.getHeader()), r.getEnabled(), r.getAuthRevision()));
        return status.handle((r, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(r);
            }
            EtcdException e = ErrorMapper.wrap(unwrap(error), Outcome.NOT_APPLIED);
            return e.code() == ErrorCode.UNIMPLEMENTED ? probeStatus(options) : CompletableFuture.<AuthStatusResponse>failedFuture(e);
        }).thenCompose(Function.identity());
    }

    /**
     * etcd 3.4 has no AuthStatus RPC; its Authenticate checks whether auth is on before it looks
     * at the user, and an empty user name never exists, so the answer tells the status without
     * issuing a token.
     */
    private CompletableFuture<AuthStatusResponse> probeStatus(RequestOptions options) {
        AuthenticateRequest probe = AuthenticateRequest.newBuilder().setName("").setPassword("").build();
        return pipeline.unary(Rpcs.AUTHENTICATE, probe, options.timeout(), true, CallTarget.ANY, r -> true)
                .handle((ok, error) -> {
                    if (error == null) {
                        throw new CompletionException(ErrorMapper.exception(ErrorCode.INTERNAL, Outcome.NOT_APPLIED,
                                "etcd authenticated an empty user name; cannot tell the auth status", null));
                    }
                    EtcdException e = ErrorMapper.wrap(unwrap(error), Outcome.NOT_APPLIED);
                    if (e.code() == ErrorCode.AUTH_NOT_ENABLED) {
                        return new AuthStatusResponse(NO_HEADER, false, 0);
                    }
                    if (e.code() == ErrorCode.AUTH_FAILED) {
                        return new AuthStatusResponse(NO_HEADER, true, 0);
                    }
                    throw new CompletionException(e);
                });
    }

    @Override
    public CompletableFuture<AuthResponse> userAdd(String user, String password) {
        return userAdd(user, password, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> userAdd(String user, String password, ChangeOptions options) {
        return change(Rpcs.USER_ADD, () -> AuthUserAddRequest.newBuilder().setName(name(user, "user"))
                .setPassword(Checks.notNull(password, "password")).build(), options, false, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> userAddWithoutPassword(String user) {
        return userAddWithoutPassword(user, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> userAddWithoutPassword(String user, ChangeOptions options) {
        return change(Rpcs.USER_ADD, () -> AuthUserAddRequest.newBuilder().setName(name(user, "user"))
                .setOptions(io.etcdj.grpc.UserAddOptions.newBuilder().setNoPassword(true)).build(),
                options, false, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<UserResponse> userGet(String user) {
        return userGet(user, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<UserResponse> userGet(String user, RequestOptions options) {
        return read(Rpcs.USER_GET, () -> AuthUserGetRequest.newBuilder().setName(name(user, "user")).build(), options,
                r -> new UserResponse(Headers.of(r.getHeader()), user, r.getRolesList()));
    }

    @Override
    public CompletableFuture<NameListResponse> userList() {
        return userList(RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<NameListResponse> userList(RequestOptions options) {
        return read(Rpcs.USER_LIST, () -> AuthUserListRequest.getDefaultInstance(), options,
                r -> new NameListResponse(Headers.of(r.getHeader()), r.getUsersList()));
    }

    @Override
    public CompletableFuture<AuthResponse> userDelete(String user) {
        return userDelete(user, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> userDelete(String user, ChangeOptions options) {
        return change(Rpcs.USER_DELETE, () -> AuthUserDeleteRequest.newBuilder().setName(name(user, "user")).build(),
                options, false, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> userChangePassword(String user, String password) {
        return userChangePassword(user, password, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> userChangePassword(String user, String password, ChangeOptions options) {
        return change(Rpcs.USER_CHANGE_PASSWORD, () -> AuthUserChangePasswordRequest.newBuilder()
                .setName(name(user, "user")).setPassword(Checks.notNull(password, "password")).build(), options, true,
                r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> userGrantRole(String user, String role) {
        return userGrantRole(user, role, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> userGrantRole(String user, String role, ChangeOptions options) {
        return change(Rpcs.USER_GRANT_ROLE, () -> AuthUserGrantRoleRequest.newBuilder().setUser(name(user, "user"))
                .setRole(name(role, "role")).build(), options, true, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> userRevokeRole(String user, String role) {
        return userRevokeRole(user, role, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> userRevokeRole(String user, String role, ChangeOptions options) {
        return change(Rpcs.USER_REVOKE_ROLE, () -> AuthUserRevokeRoleRequest.newBuilder().setName(name(user, "user"))
                .setRole(name(role, "role")).build(), options, false, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> roleAdd(String role) {
        return roleAdd(role, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> roleAdd(String role, ChangeOptions options) {
        return change(Rpcs.ROLE_ADD, () -> AuthRoleAddRequest.newBuilder().setName(name(role, "role")).build(),
                options, false, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<RoleResponse> roleGet(String role) {
        return roleGet(role, RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<RoleResponse> roleGet(String role, RequestOptions options) {
        return read(Rpcs.ROLE_GET, () -> AuthRoleGetRequest.newBuilder().setRole(name(role, "role")).build(), options,
                r -> new RoleResponse(Headers.of(r.getHeader()), role, permissions(r.getPermList())));
    }

    @Override
    public CompletableFuture<NameListResponse> roleList() {
        return roleList(RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<NameListResponse> roleList(RequestOptions options) {
        return read(Rpcs.ROLE_LIST, () -> AuthRoleListRequest.getDefaultInstance(), options,
                r -> new NameListResponse(Headers.of(r.getHeader()), r.getRolesList()));
    }

    @Override
    public CompletableFuture<AuthResponse> roleDelete(String role) {
        return roleDelete(role, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> roleDelete(String role, ChangeOptions options) {
        return change(Rpcs.ROLE_DELETE, () -> AuthRoleDeleteRequest.newBuilder().setRole(name(role, "role")).build(),
                options, false, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> roleGrantPermission(String role, Permission permission) {
        return roleGrantPermission(role, permission, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> roleGrantPermission(String role, Permission permission,
            ChangeOptions options) {
        return change(Rpcs.ROLE_GRANT_PERMISSION, () -> {
            Permission p = Checks.notNull(permission, "permission");
            io.etcdj.grpc.Permission wire = io.etcdj.grpc.Permission.newBuilder()
                    .setPermTypeValue(p.type().ordinal())
                    .setKey(ByteString.copyFrom(p.key())).setRangeEnd(ByteString.copyFrom(p.rangeEnd())).build();
            return AuthRoleGrantPermissionRequest.newBuilder().setName(name(role, "role")).setPerm(wire).build();
        }, options, true, r -> done(r.getHeader()));
    }

    @Override
    public CompletableFuture<AuthResponse> roleRevokePermission(String role, String key, RangeEnd end) {
        return roleRevokePermission(role, key, end, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<AuthResponse> roleRevokePermission(String role, String key, RangeEnd end,
            ChangeOptions options) {
        return change(Rpcs.ROLE_REVOKE_PERMISSION, () -> {
            Permission p = Permission.of(Permission.Type.READ, key, end);
            return AuthRoleRevokePermissionRequest.newBuilder().setRole(name(role, "role"))
                    .setKey(ByteString.copyFrom(p.key())).setRangeEnd(ByteString.copyFrom(p.rangeEnd())).build();
        }, options, false, r -> done(r.getHeader()));
    }

    private static List<Permission> permissions(List<io.etcdj.grpc.Permission> wire) {
        return wire.stream().map(p -> Permission.raw(type(p.getPermTypeValue()), p.getKey().toByteArray(),
                p.getRangeEnd().toByteArray())).toList();
    }

    private static Permission.Type type(int wire) {
        Permission.Type[] types = Permission.Type.values();
        if (wire < 0 || wire >= types.length) {
            throw new IllegalStateException("etcd sent an unknown permission type " + wire);
        }
        return types[wire];
    }

    private static AuthResponse done(io.etcdj.grpc.ResponseHeader header) {
        return new AuthResponse(Headers.of(header));
    }

    private static String name(String name, String what) {
        if (Checks.notNull(name, what).isEmpty()) {
            throw Checks.invalid(what + " name must not be empty");
        }
        return name;
    }

    private <Q extends Message, R extends Message, T> CompletableFuture<T> read(Rpc<Q, R> rpc, Supplier<Q> request,
            RequestOptions options, Function<? super R, ? extends T> map) {
        try {
            Duration timeout = Checks.notNull(options, "options").timeout();
            return pipeline.unary(rpc, request.get(), timeout, true, CallTarget.ANY, map);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(ErrorMapper.wrap(e, Outcome.NOT_APPLIED));
        }
    }

    private <Q extends Message, R extends Message, T> CompletableFuture<T> change(Rpc<Q, R> rpc, Supplier<Q> request,
            ChangeOptions options, boolean repeatable, Function<? super R, ? extends T> map) {
        try {
            Checks.notNull(options, "options");
            return pipeline.unary(rpc, request.get(), options.timeout(), repeatable || options.idempotent(),
                    CallTarget.ANY, map);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(ErrorMapper.wrap(e, Outcome.NOT_APPLIED));
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
