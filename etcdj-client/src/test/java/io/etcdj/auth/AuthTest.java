package io.etcdj.auth;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.NotFoundException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.PermissionDeniedException;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.exception.UnauthenticatedException;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.RangeEnd;
import io.etcdj.lease.Lease;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.watch.WatchEvent;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The auth facet and a client's credentials against a real etcd of this class's own, whose
 * simple tokens expire after one second of disuse ({@code --auth-token-ttl 1}). The tests run in
 * order: users and roles are administered with auth off, then auth is turned on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthTest {
    static EtcdCluster cluster;
    static EtcdClient admin;

    @BeforeAll
    static void start() {
        cluster = EtcdCluster.builder().namePrefix("auth").extraArgs("--auth-token-ttl", "1").start();
        admin = TestClients.builder().endpoints(cluster.clientEndpoints()).build();
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static EtcdClient as(String user, String password) {
        return TestClients.builder().endpoints(cluster.clientEndpoints()).credentials(user, password).build();
    }

    @Test
    @Order(1)
    void usersAndRolesWithAuthOff() {
        Auth auth = admin.auth();
        assertThat(auth.authStatus().enabled()).isFalse();
        auth.roleAdd("reader");
        auth.roleGrantPermission("reader", Permission.of(Permission.Type.READ, "app/", RangeEnd.prefix()));
        auth.roleGrantPermission("reader", Permission.of(Permission.Type.READWRITE, "scratch", RangeEnd.single()));
        RoleResponse role = auth.roleGet("reader");
        assertThat(role.permissions()).containsExactly(
                Permission.of(Permission.Type.READ, "app/", RangeEnd.prefix()),
                Permission.of(Permission.Type.READWRITE, "scratch", RangeEnd.single()));
        assertThat(role.permissions().get(0).rangeEndString()).isEqualTo("app0");
        auth.userAdd("alice", "secret");
        auth.userGrantRole("alice", "reader");
        auth.userGrantRole("alice", "reader"); // granting twice changes nothing
        assertThat(auth.userGet("alice").roles()).containsExactly("reader");
        assertThat(auth.userList().names()).contains("alice");
        assertThat(auth.roleList().names()).contains("reader");

        auth.roleAdd("temp");
        auth.roleGrantPermission("temp", Permission.of(Permission.Type.WRITE, "t", RangeEnd.fromKey()));
        auth.userGrantRole("alice", "temp");
        auth.roleRevokePermission("temp", "t", RangeEnd.fromKey());
        assertThat(auth.roleGet("temp").permissions()).isEmpty();
        auth.userRevokeRole("alice", "temp");
        auth.roleDelete("temp");
        assertThat(auth.roleList().names()).doesNotContain("temp");
        auth.userAdd("bob", "x");
        auth.userChangePassword("bob", "y");
        auth.userDelete("bob");
        assertThat(auth.userList().names()).doesNotContain("bob");
    }

    @Test
    @Order(2)
    void badRequestsFailTypedAndLeaveTheClientUsable() {
        Auth auth = admin.auth();
        assertThatThrownBy(() -> auth.userGet("nobody")).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((EtcdException) e).code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThatThrownBy(() -> auth.roleGet("nothing")).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((EtcdException) e).code()).isEqualTo(ErrorCode.ROLE_NOT_FOUND);
        assertThatThrownBy(() -> auth.userAdd("alice", "again")).isInstanceOf(PreconditionFailedException.class)
                .extracting(e -> ((EtcdException) e).code()).isEqualTo(ErrorCode.USER_ALREADY_EXIST);
        assertThatThrownBy(() -> auth.roleAdd("reader")).isInstanceOf(PreconditionFailedException.class)
                .extracting(e -> ((EtcdException) e).code()).isEqualTo(ErrorCode.ROLE_ALREADY_EXIST);
        assertThatThrownBy(() -> auth.userRevokeRole("alice", "root")).isInstanceOf(PreconditionFailedException.class)
                .extracting(e -> ((EtcdException) e).code()).isEqualTo(ErrorCode.ROLE_NOT_GRANTED);
        assertThatThrownBy(() -> auth.roleRevokePermission("reader", "zzz", RangeEnd.single()))
                .isInstanceOf(PreconditionFailedException.class)
                .extracting(e -> ((EtcdException) e).code()).isEqualTo(ErrorCode.PERMISSION_NOT_GRANTED);
        assertThatThrownBy(() -> auth.userAdd("", "p")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> auth.userAdd("u", null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> auth.roleGrantPermission("reader", null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> Permission.of(Permission.Type.READ, "", RangeEnd.single()))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> auth.authEnable()).isInstanceOf(PreconditionFailedException.class)
                .extracting(e -> ((EtcdException) e).code()).isEqualTo(ErrorCode.ROOT_USER_NOT_EXIST);
        assertThat(auth.userGet("alice").name()).isEqualTo("alice");
    }

    @Test
    @Order(3)
    void enablingAuthNeedsRootAndThenCredentials() {
        Auth auth = admin.auth();
        auth.userAdd("root", "rootpw");
        auth.userGrantRole("root", "root");
        auth.authEnable();
        try (EtcdClient root = as("root", "rootpw"); EtcdClient wrong = as("root", "nope")) {
            root.auth().authEnable(); // already on: succeeds
            assertThat(root.auth().authStatus().enabled()).isTrue();
            assertThat(admin.auth().authStatus().enabled()).isTrue(); // the probe needs no token
            assertThatThrownBy(() -> admin.kv().put("k", "v")).isInstanceOf(UnauthenticatedException.class)
                    .satisfies(e -> {
                        assertThat(((EtcdException) e).code()).isEqualTo(ErrorCode.USER_EMPTY);
                        assertThat(((EtcdException) e).outcome()).isEqualTo(Outcome.NOT_APPLIED);
                    });
            assertThatThrownBy(() -> wrong.kv().get("k")).isInstanceOf(UnauthenticatedException.class)
                    .satisfies(e -> assertThat(((EtcdException) e).code()).isEqualTo(ErrorCode.AUTH_FAILED));
            root.kv().put("app/config", "v1");
            root.kv().put("other/secret", "s");
            assertThat(root.kv().get("app/config").first()).isPresent();
        }
    }

    @Test
    @Order(4)
    void aReadOnlyUserReadsItsPrefixOnly() {
        try (EtcdClient alice = as("alice", "secret")) {
            assertThat(alice.kv().get("app/", GetOptions.builder().prefix().build()).kvs())
                    .extracting(kv -> kv.keyAsString()).containsExactly("app/config");
            assertThatThrownBy(() -> alice.kv().put("app/config", "v2")).isInstanceOf(PermissionDeniedException.class)
                    .satisfies(e -> assertThat(((EtcdException) e).outcome()).isEqualTo(Outcome.NOT_APPLIED));
            assertThatThrownBy(() -> alice.kv().get("other/secret")).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> alice.kv().get("", GetOptions.builder().prefix().build()))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> alice.auth().userList()).isInstanceOf(PermissionDeniedException.class);
            // etcd 3.4's maintenance service sends its auth store's raw "auth: permission denied"
            String ep = cluster.clientEndpoints().get(0);
            assertThatThrownBy(() -> alice.maintenance().hash(ep)).isInstanceOf(PermissionDeniedException.class);
            if (!TestClients.overGateway()) { // etcd 3.4's gateway has no HashKV path
                assertThatThrownBy(() -> alice.maintenance().hashKv(ep, 0)).isInstanceOf(PermissionDeniedException.class);
            }
            alice.kv().put("scratch", "mine"); // readwrite on this one key
            assertThat(alice.kv().get("scratch").first().orElseThrow().valueAsString()).isEqualTo("mine");
        }
    }

    @Test
    @Order(5)
    void aClientOutlivesManyTokenExpiries() throws Exception {
        try (EtcdClient root = as("root", "rootpw")) {
            BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
            root.watch().watch("ttl/", io.etcdj.watch.WatchOptions.builder().prefix().build(),
                    response -> events.addAll(response.events())).created().get(5, TimeUnit.SECONDS);
            java.util.concurrent.CompletableFuture<EtcdException> lost = new java.util.concurrent.CompletableFuture<>();
            Lease lease = root.lease().grantAndKeepAlive(2, (l, cause) -> lost.complete(cause));
            for (int i = 0; i < 4; i++) {
                Thread.sleep(1_600); // the token expires after 1 s unused; the lease's refreshes keep the stream busy
                root.kv().put("ttl/" + i, "v" + i);
                WatchEvent e = events.poll(5, TimeUnit.SECONDS);
                assertThat(e).as("event %d", i).isNotNull();
                assertThat(e.keyValue().keyAsString()).isEqualTo("ttl/" + i);
                // a watch created on the stream after the token expired
                List<WatchEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
                root.watch().watch("ttl/late" + i, io.etcdj.watch.WatchOptions.DEFAULT, r -> seen.addAll(r.events()))
                        .created().get(5, TimeUnit.SECONDS);
                root.kv().put("ttl/late" + i, "x");
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (seen.isEmpty() && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
                assertThat(seen).as("late watch %d", i).hasSize(1);
                events.poll(5, TimeUnit.SECONDS); // the prefix watch's event of the late key
            }
            assertThat(lost).isNotDone();
            assertThat(lease.state()).isEqualTo(io.etcdj.lease.LeaseState.KEPT_ALIVE);
            assertThat(root.lease().timeToLive(lease.id(), false).ttlSeconds()).isPositive();
            lease.close();
        }
    }
}
