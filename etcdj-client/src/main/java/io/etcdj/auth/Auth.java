package io.etcdj.auth;

import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
import io.etcdj.kv.RangeEnd;

/**
 * The auth facet: etcd's {@code Auth} service, blocking. The same calls as {@link AsyncAuth},
 * each waiting for its result within the call's deadline. Obtained from {@code EtcdClient.auth()}.
 *
 * <p>With auth enabled, every call here needs a client whose user holds the role {@code root}
 * (see {@code EtcdClientBuilder.credentials}); others get
 * {@link io.etcdj.exception.PermissionDeniedException}. User and role names are UTF-8 strings.
 */
public interface Auth {
    /**
     * Enables authentication (etcd's {@code Auth.AuthEnable} RPC). The user {@code root} must exist and hold the role {@code root}; from then on every request needs a token (or a client certificate) and is checked against the user's roles. Enabling when already enabled succeeds.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the root user does not exist or lacks the root role ({@code ROOT_USER_NOT_EXIST}, {@code ROOT_ROLE_NOT_EXIST})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse authEnable();

    /**
     * Enables authentication (etcd's {@code Auth.AuthEnable} RPC). The user {@code root} must exist and hold the role {@code root}; from then on every request needs a token (or a client certificate) and is checked against the user's roles. Enabling when already enabled succeeds.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more.
     *
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the root user does not exist or lacks the root role ({@code ROOT_USER_NOT_EXIST}, {@code ROOT_ROLE_NOT_EXIST})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse authEnable(ChangeOptions options);

    /**
     * Disables authentication (etcd's {@code Auth.AuthDisable} RPC; on a server with auth on, only the root role may). Disabling when already disabled succeeds.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @return the response; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse authDisable();

    /**
     * Disables authentication (etcd's {@code Auth.AuthDisable} RPC; on a server with auth on, only the root role may). Disabling when already disabled succeeds.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more.
     *
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse authDisable(ChangeOptions options);

    /**
     * Tells whether authentication is enabled (etcd's {@code Auth.AuthStatus} RPC, etcd 3.5 and later). etcd 3.4 has no such RPC: there the client asks {@code Auth.Authenticate} with an empty user name, which such a server refuses with {@code AUTH_NOT_ENABLED} when auth is off and as failed authentication when it is on (no token is issued, nothing is written); the response's header is then all zero and its auth revision 0.
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one. Uses {@link RequestOptions#DEFAULT}.
     *
     * @return the response; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthStatusResponse authStatus();

    /**
     * Tells whether authentication is enabled (etcd's {@code Auth.AuthStatus} RPC, etcd 3.5 and later). etcd 3.4 has no such RPC: there the client asks {@code Auth.Authenticate} with an empty user name, which such a server refuses with {@code AUTH_NOT_ENABLED} when auth is off and as failed authentication when it is on (no token is issued, nothing is written); the response's header is then all zero and its auth revision 0.
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one.
     *
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthStatusResponse authStatus(RequestOptions options);

    /**
     * Adds a user with a password (etcd's {@code Auth.UserAdd} RPC). The server stores a bcrypt hash of it.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param user the user's name; not null or empty
     * @param password the password; not null; may be empty
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the user exists already ({@code USER_ALREADY_EXIST})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userAdd(String user, String password);

    /**
     * Adds a user with a password (etcd's {@code Auth.UserAdd} RPC). The server stores a bcrypt hash of it.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param user the user's name; not null or empty
     * @param password the password; not null; may be empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the user exists already ({@code USER_ALREADY_EXIST})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userAdd(String user, String password, ChangeOptions options);

    /**
     * Adds a user that has no password and so can only authenticate with a client certificate whose common name is the user's name (etcd's {@code Auth.UserAdd} RPC with {@code no_password}).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param user the user's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the user exists already ({@code USER_ALREADY_EXIST})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userAddWithoutPassword(String user);

    /**
     * Adds a user that has no password and so can only authenticate with a client certificate whose common name is the user's name (etcd's {@code Auth.UserAdd} RPC with {@code no_password}).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param user the user's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the user exists already ({@code USER_ALREADY_EXIST})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userAddWithoutPassword(String user, ChangeOptions options);

    /**
     * Gets a user's roles (etcd's {@code Auth.UserGet} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param user the user's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    UserResponse userGet(String user);

    /**
     * Gets a user's roles (etcd's {@code Auth.UserGet} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one.
     *
     * @param user the user's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    UserResponse userGet(String user, RequestOptions options);

    /**
     * Lists every user's name (etcd's {@code Auth.UserList} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one. Uses {@link RequestOptions#DEFAULT}.
     *
     * @return the response; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    NameListResponse userList();

    /**
     * Lists every user's name (etcd's {@code Auth.UserList} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one.
     *
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    NameListResponse userList(RequestOptions options);

    /**
     * Deletes a user (etcd's {@code Auth.UserDelete} RPC); tokens issued to the user stop working.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param user the user's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userDelete(String user);

    /**
     * Deletes a user (etcd's {@code Auth.UserDelete} RPC); tokens issued to the user stop working.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param user the user's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userDelete(String user, ChangeOptions options);

    /**
     * Changes a user's password (etcd's {@code Auth.UserChangePassword} RPC).
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param user the user's name; not null or empty
     * @param password the new password; not null; may be empty
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userChangePassword(String user, String password);

    /**
     * Changes a user's password (etcd's {@code Auth.UserChangePassword} RPC).
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more.
     *
     * @param user the user's name; not null or empty
     * @param password the new password; not null; may be empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userChangePassword(String user, String password, ChangeOptions options);

    /**
     * Grants a role to a user (etcd's {@code Auth.UserGrantRole} RPC). Granting a role the user holds already succeeds.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user or the role does not exist ({@code USER_NOT_FOUND}, {@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userGrantRole(String user, String role);

    /**
     * Grants a role to a user (etcd's {@code Auth.UserGrantRole} RPC). Granting a role the user holds already succeeds.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user or the role does not exist ({@code USER_NOT_FOUND}, {@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userGrantRole(String user, String role, ChangeOptions options);

    /**
     * Revokes a role from a user (etcd's {@code Auth.UserRevokeRole} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when the user does not hold the role ({@code ROLE_NOT_GRANTED})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userRevokeRole(String user, String role);

    /**
     * Revokes a role from a user (etcd's {@code Auth.UserRevokeRole} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param user the user's name; not null or empty
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the user does not exist ({@code USER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when the user does not hold the role ({@code ROLE_NOT_GRANTED})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse userRevokeRole(String user, String role, ChangeOptions options);

    /**
     * Adds a role without permissions (etcd's {@code Auth.RoleAdd} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param role the role's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the role exists already ({@code ROLE_ALREADY_EXIST})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleAdd(String role);

    /**
     * Adds a role without permissions (etcd's {@code Auth.RoleAdd} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.PreconditionFailedException when the role exists already ({@code ROLE_ALREADY_EXIST})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleAdd(String role, ChangeOptions options);

    /**
     * Gets a role's key permissions (etcd's {@code Auth.RoleGet} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one. Uses {@link RequestOptions#DEFAULT}.
     *
     * @param role the role's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    RoleResponse roleGet(String role);

    /**
     * Gets a role's key permissions (etcd's {@code Auth.RoleGet} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one.
     *
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    RoleResponse roleGet(String role, RequestOptions options);

    /**
     * Lists every role's name (etcd's {@code Auth.RoleList} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one. Uses {@link RequestOptions#DEFAULT}.
     *
     * @return the response; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    NameListResponse roleList();

    /**
     * Lists every role's name (etcd's {@code Auth.RoleList} RPC).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one.
     *
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    NameListResponse roleList(RequestOptions options);

    /**
     * Deletes a role and revokes it from every user (etcd's {@code Auth.RoleDelete} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param role the role's name; not null or empty
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleDelete(String role);

    /**
     * Deletes a role and revokes it from every user (etcd's {@code Auth.RoleDelete} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param role the role's name; not null or empty
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleDelete(String role, ChangeOptions options);

    /**
     * Grants a role a permission on a key or range (etcd's {@code Auth.RoleGrantPermission} RPC). A permission on the same range replaces the role's earlier one.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param role the role's name; not null or empty
     * @param permission the permission; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleGrantPermission(String role, Permission permission);

    /**
     * Grants a role a permission on a key or range (etcd's {@code Auth.RoleGrantPermission} RPC). A permission on the same range replaces the role's earlier one.
     *
     * <p>Retries: retried on transient errors like a read, since repeating it changes nothing more.
     *
     * @param role the role's name; not null or empty
     * @param permission the permission; not null
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleGrantPermission(String role, Permission permission, ChangeOptions options);

    /**
     * Revokes a role's permission on exactly this key or range (etcd's {@code Auth.RoleRevokePermission} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param role the role's name; not null or empty
     * @param key the permission's key, UTF-8; not null; empty only with a prefix or from-key range end
     * @param end the permission's range end, resolved as in {@link Permission#of(Permission.Type, String, RangeEnd)}; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when the role has no permission on exactly this range ({@code PERMISSION_NOT_GRANTED})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleRevokePermission(String role, String key, RangeEnd end);

    /**
     * Revokes a role's permission on exactly this key or range (etcd's {@code Auth.RoleRevokePermission} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param role the role's name; not null or empty
     * @param key the permission's key, UTF-8; not null; empty only with a prefix or from-key range end
     * @param end the permission's range end, resolved as in {@link Permission#of(Permission.Type, String, RangeEnd)}; not null
     * @param options the call's options; not null
     * @return the response; never null
     * @throws io.etcdj.exception.NotFoundException when the role does not exist ({@code ROLE_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when the role has no permission on exactly this range ({@code PERMISSION_NOT_GRANTED})
     * @throws io.etcdj.exception.InvalidArgumentException when an argument is null, or a name is empty
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, permission denied when auth is on and the caller lacks the root role, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    AuthResponse roleRevokePermission(String role, String key, RangeEnd end, ChangeOptions options);

}
