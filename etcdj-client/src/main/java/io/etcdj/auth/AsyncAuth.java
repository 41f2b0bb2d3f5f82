package io.etcdj.auth;

import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
import io.etcdj.kv.RangeEnd;
import java.util.concurrent.CompletableFuture;

/**
 * The auth facet in async form: etcd's {@code Auth} service (authentication on and off, users,
 * roles and their permissions). Every method returns at once; the future completes with the
 * response, or exceptionally with an {@link io.etcdj.exception.EtcdException} (see {@link Auth}
 * for which one when). Obtained from {@code EtcdClient.async().auth()}.
 *
 * <p>Futures complete on an etcdj I/O thread (or the client's callback executor): a dependent
 * stage must not block. Bad arguments that can be checked locally fail the returned future
 * before anything is sent.
 */
public interface AsyncAuth {
    /**
     * Enables authentication (etcd's {@code Auth.AuthEnable} RPC). The user {@code root} must exist and hold the role {@code root}; from then on every request needs a token (or a client certificate) and is checked against the user's roles. Enabling when already enabled succeeds; see {@link Auth#authEnable()}.
     *
     * @return a future of the result of {@link Auth#authEnable()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> authEnable();

    /**
     * Enables authentication (etcd's {@code Auth.AuthEnable} RPC). The user {@code root} must exist and hold the role {@code root}; from then on every request needs a token (or a client certificate) and is checked against the user's roles. Enabling when already enabled succeeds; see {@link Auth#authEnable(ChangeOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#authEnable(ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> authEnable(ChangeOptions options);

    /**
     * Disables authentication (etcd's {@code Auth.AuthDisable} RPC; on a server with auth on, only the root role may). Disabling when already disabled succeeds; see {@link Auth#authDisable()}.
     *
     * @return a future of the result of {@link Auth#authDisable()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> authDisable();

    /**
     * Disables authentication (etcd's {@code Auth.AuthDisable} RPC; on a server with auth on, only the root role may). Disabling when already disabled succeeds; see {@link Auth#authDisable(ChangeOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#authDisable(ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> authDisable(ChangeOptions options);

    /**
     * Tells whether authentication is enabled (etcd's {@code Auth.AuthStatus} RPC, etcd 3.5 and later). etcd 3.4 has no such RPC: there the client asks {@code Auth.Authenticate} with an empty user name, which such a server refuses with {@code AUTH_NOT_ENABLED} when auth is off and as failed authentication when it is on (no token is issued, nothing is written); the response's header is then all zero and its auth revision 0; see {@link Auth#authStatus()}.
     *
     * @return a future of the result of {@link Auth#authStatus()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthStatusResponse> authStatus();

    /**
     * Tells whether authentication is enabled (etcd's {@code Auth.AuthStatus} RPC, etcd 3.5 and later). etcd 3.4 has no such RPC: there the client asks {@code Auth.Authenticate} with an empty user name, which such a server refuses with {@code AUTH_NOT_ENABLED} when auth is off and as failed authentication when it is on (no token is issued, nothing is written); the response's header is then all zero and its auth revision 0; see {@link Auth#authStatus(RequestOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#authStatus(RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthStatusResponse> authStatus(RequestOptions options);

    /**
     * Adds a user with a password (etcd's {@code Auth.UserAdd} RPC). The server stores a bcrypt hash of it; see {@link Auth#userAdd(String, String)}.
     *
     * @param user the user's name; not null or empty
     * @param password the password; not null; may be empty
     * @return a future of the result of {@link Auth#userAdd(String, String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userAdd(String user, String password);

    /**
     * Adds a user with a password (etcd's {@code Auth.UserAdd} RPC). The server stores a bcrypt hash of it; see {@link Auth#userAdd(String, String, ChangeOptions)}.
     *
     * @param user the user's name; not null or empty
     * @param password the password; not null; may be empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userAdd(String, String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userAdd(String user, String password, ChangeOptions options);

    /**
     * Adds a user that has no password and so can only authenticate with a client certificate whose common name is the user's name (etcd's {@code Auth.UserAdd} RPC with {@code no_password}); see {@link Auth#userAddWithoutPassword(String)}.
     *
     * @param user the user's name; not null or empty
     * @return a future of the result of {@link Auth#userAddWithoutPassword(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userAddWithoutPassword(String user);

    /**
     * Adds a user that has no password and so can only authenticate with a client certificate whose common name is the user's name (etcd's {@code Auth.UserAdd} RPC with {@code no_password}); see {@link Auth#userAddWithoutPassword(String, ChangeOptions)}.
     *
     * @param user the user's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userAddWithoutPassword(String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userAddWithoutPassword(String user, ChangeOptions options);

    /**
     * Gets a user's roles (etcd's {@code Auth.UserGet} RPC); see {@link Auth#userGet(String)}.
     *
     * @param user the user's name; not null or empty
     * @return a future of the result of {@link Auth#userGet(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<UserResponse> userGet(String user);

    /**
     * Gets a user's roles (etcd's {@code Auth.UserGet} RPC); see {@link Auth#userGet(String, RequestOptions)}.
     *
     * @param user the user's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userGet(String, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<UserResponse> userGet(String user, RequestOptions options);

    /**
     * Lists every user's name (etcd's {@code Auth.UserList} RPC); see {@link Auth#userList()}.
     *
     * @return a future of the result of {@link Auth#userList()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<NameListResponse> userList();

    /**
     * Lists every user's name (etcd's {@code Auth.UserList} RPC); see {@link Auth#userList(RequestOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userList(RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<NameListResponse> userList(RequestOptions options);

    /**
     * Deletes a user (etcd's {@code Auth.UserDelete} RPC); tokens issued to the user stop working; see {@link Auth#userDelete(String)}.
     *
     * @param user the user's name; not null or empty
     * @return a future of the result of {@link Auth#userDelete(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userDelete(String user);

    /**
     * Deletes a user (etcd's {@code Auth.UserDelete} RPC); tokens issued to the user stop working; see {@link Auth#userDelete(String, ChangeOptions)}.
     *
     * @param user the user's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userDelete(String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userDelete(String user, ChangeOptions options);

    /**
     * Changes a user's password (etcd's {@code Auth.UserChangePassword} RPC); see {@link Auth#userChangePassword(String, String)}.
     *
     * @param user the user's name; not null or empty
     * @param password the new password; not null; may be empty
     * @return a future of the result of {@link Auth#userChangePassword(String, String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userChangePassword(String user, String password);

    /**
     * Changes a user's password (etcd's {@code Auth.UserChangePassword} RPC); see {@link Auth#userChangePassword(String, String, ChangeOptions)}.
     *
     * @param user the user's name; not null or empty
     * @param password the new password; not null; may be empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userChangePassword(String, String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userChangePassword(String user, String password, ChangeOptions options);

    /**
     * Grants a role to a user (etcd's {@code Auth.UserGrantRole} RPC). Granting a role the user holds already succeeds; see {@link Auth#userGrantRole(String, String)}.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @return a future of the result of {@link Auth#userGrantRole(String, String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userGrantRole(String user, String role);

    /**
     * Grants a role to a user (etcd's {@code Auth.UserGrantRole} RPC). Granting a role the user holds already succeeds; see {@link Auth#userGrantRole(String, String, ChangeOptions)}.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userGrantRole(String, String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userGrantRole(String user, String role, ChangeOptions options);

    /**
     * Revokes a role from a user (etcd's {@code Auth.UserRevokeRole} RPC); see {@link Auth#userRevokeRole(String, String)}.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @return a future of the result of {@link Auth#userRevokeRole(String, String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userRevokeRole(String user, String role);

    /**
     * Revokes a role from a user (etcd's {@code Auth.UserRevokeRole} RPC); see {@link Auth#userRevokeRole(String, String, ChangeOptions)}.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#userRevokeRole(String, String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> userRevokeRole(String user, String role, ChangeOptions options);

    /**
     * Adds a role without permissions (etcd's {@code Auth.RoleAdd} RPC); see {@link Auth#roleAdd(String)}.
     *
     * @param role the role's name; not null or empty
     * @return a future of the result of {@link Auth#roleAdd(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleAdd(String role);

    /**
     * Adds a role without permissions (etcd's {@code Auth.RoleAdd} RPC); see {@link Auth#roleAdd(String, ChangeOptions)}.
     *
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#roleAdd(String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleAdd(String role, ChangeOptions options);

    /**
     * Gets a role's key permissions (etcd's {@code Auth.RoleGet} RPC); see {@link Auth#roleGet(String)}.
     *
     * @param role the role's name; not null or empty
     * @return a future of the result of {@link Auth#roleGet(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<RoleResponse> roleGet(String role);

    /**
     * Gets a role's key permissions (etcd's {@code Auth.RoleGet} RPC); see {@link Auth#roleGet(String, RequestOptions)}.
     *
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#roleGet(String, RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<RoleResponse> roleGet(String role, RequestOptions options);

    /**
     * Lists every role's name (etcd's {@code Auth.RoleList} RPC); see {@link Auth#roleList()}.
     *
     * @return a future of the result of {@link Auth#roleList()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<NameListResponse> roleList();

    /**
     * Lists every role's name (etcd's {@code Auth.RoleList} RPC); see {@link Auth#roleList(RequestOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#roleList(RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<NameListResponse> roleList(RequestOptions options);

    /**
     * Deletes a role and revokes it from every user (etcd's {@code Auth.RoleDelete} RPC); see {@link Auth#roleDelete(String)}.
     *
     * @param role the role's name; not null or empty
     * @return a future of the result of {@link Auth#roleDelete(String)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleDelete(String role);

    /**
     * Deletes a role and revokes it from every user (etcd's {@code Auth.RoleDelete} RPC); see {@link Auth#roleDelete(String, ChangeOptions)}.
     *
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#roleDelete(String, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleDelete(String role, ChangeOptions options);

    /**
     * Grants a role a permission on a key or range (etcd's {@code Auth.RoleGrantPermission} RPC). A permission on the same range replaces the role's earlier one; see {@link Auth#roleGrantPermission(String, Permission)}.
     *
     * @param role the role's name; not null or empty
     * @param permission the permission; not null
     * @return a future of the result of {@link Auth#roleGrantPermission(String, Permission)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleGrantPermission(String role, Permission permission);

    /**
     * Grants a role a permission on a key or range (etcd's {@code Auth.RoleGrantPermission} RPC). A permission on the same range replaces the role's earlier one; see {@link Auth#roleGrantPermission(String, Permission, ChangeOptions)}.
     *
     * @param role the role's name; not null or empty
     * @param permission the permission; not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#roleGrantPermission(String, Permission, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleGrantPermission(String role, Permission permission, ChangeOptions options);

    /**
     * Revokes a role's permission on exactly this key or range (etcd's {@code Auth.RoleRevokePermission} RPC); see {@link Auth#roleRevokePermission(String, String, RangeEnd)}.
     *
     * @param role the role's name; not null or empty
     * @param key the permission's key, UTF-8; not null; empty only with a prefix or from-key range end
     * @param end the permission's range end, resolved as in {@link Permission#of(Permission.Type, String, RangeEnd)}; not null
     * @return a future of the result of {@link Auth#roleRevokePermission(String, String, RangeEnd)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleRevokePermission(String role, String key, RangeEnd end);

    /**
     * Revokes a role's permission on exactly this key or range (etcd's {@code Auth.RoleRevokePermission} RPC); see {@link Auth#roleRevokePermission(String, String, RangeEnd, ChangeOptions)}.
     *
     * @param role the role's name; not null or empty
     * @param key the permission's key, UTF-8; not null; empty only with a prefix or from-key range end
     * @param end the permission's range end, resolved as in {@link Permission#of(Permission.Type, String, RangeEnd)}; not null
     * @param options the call's options; not null
     * @return a future of the result of {@link Auth#roleRevokePermission(String, String, RangeEnd, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<AuthResponse> roleRevokePermission(String role, String key, RangeEnd end, ChangeOptions options);

}
