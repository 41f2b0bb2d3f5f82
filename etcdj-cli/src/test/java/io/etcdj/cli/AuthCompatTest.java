package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.auth.Auth;
import io.etcdj.auth.Permission;
import io.etcdj.kv.RangeEnd;
import io.etcdj.testing.EtcdCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * etcdj's {@code auth}, {@code user} and {@code role} against etcdctl 3.4 on one single-member
 * server of this class's own, which starts with auth off. Exit codes, stdout and stderr are
 * compared byte for byte, with nothing masked: changes to users and roles do not move etcd's
 * revision, so both tools see the same response header. A command that changes something runs
 * with etcdctl first; the test then undoes the change through the library, so that etcdj runs the
 * same command on the same state. Auth is turned on by the last test, and off again at its end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthCompatTest {
    static final List<String> FORMATS = List.of("simple", "json", "fields", "table", "protobuf");
    static EtcdCluster cluster;
    static EtcdClient etcd;
    static String eps;

    @BeforeAll
    static void start() {
        Runner.assumeEtcdctl();
        cluster = EtcdCluster.builder().namePrefix("ac").start();
        eps = "--endpoints=" + cluster.clientEndpoints().get(0).replace("http://", "");
        etcd = client(EtcdClient.builder());
        etcd.auth().userList();
    }

    @AfterAll
    static void stop() {
        if (etcd != null) {
            etcd.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static Auth auth() {
        return etcd.auth();
    }

    /** Runs etcdctl, then {@code between}, then etcdj, with the same arguments and input; compares them. */
    static CliResult around(Runnable between, byte[] stdin, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(eps);
        // etcdctl's user and role commands have no deadline; etcdj's must not run out on a busy machine
        argv.add("--command-timeout=30s");
        argv.add("--dial-timeout=20s");
        argv.addAll(List.of(args));
        CliResult expected = Runner.etcdctl(argv, stdin, Map.of());
        between.run();
        CliResult actual = Runner.etcdj(argv, stdin, Map.of());
        String what = "etcdj " + argv + "\nexpected (etcdctl):\n" + expected + "\nactual (etcdj):\n" + actual;
        assertThat(actual.errNormalised()).as("stderr of " + what).isEqualTo(expected.errNormalised());
        assertThat(actual.out()).as("stdout of " + what).isEqualTo(expected.out());
        assertThat(actual.exitCode()).as("exit code of " + what).isEqualTo(expected.exitCode());
        return actual;
    }

    /** A command that changes nothing (a read, or one that fails). */
    static CliResult same(String... args) {
        return around(() -> { }, new byte[0], args);
    }

    static CliResult sameWithInput(String stdin, String... args) {
        return around(() -> { }, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliResult sameWithInput(Runnable between, String stdin, String... args) {
        return around(between, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** A command that changes something, undone between the two runs. */
    static CliResult changes(Runnable undo, String... args) {
        return around(undo, new byte[0], args);
    }

    /**
     * A command that changes something, undone between the two runs and again after etcdj's, so
     * that the server is as before (a loop can repeat it).
     */
    static CliResult restored(Runnable undo, String... args) {
        CliResult r = changes(undo, args);
        undo.run();
        return r;
    }

    static void ignoreFailure(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // the command under test may have failed before its change
        }
    }

    @Test
    @Order(1)
    void argumentErrors() {
        same("user", "add");
        same("user", "add", "a", "b");
        same("user", "add", ":pw");
        same("user", "get");
        same("user", "get", "a", "b");
        same("user", "list", "x");
        same("user", "delete");
        same("user", "passwd");
        same("user", "passwd", "a", "b");
        same("user", "grant-role", "a");
        same("user", "grant-role", "a", "b", "c");
        same("user", "revoke-role", "a");
        same("role", "add");
        same("role", "add", "x", "y");
        same("role", "delete");
        same("role", "get");
        same("role", "list", "x");
        same("role", "grant-permission", "r", "read");
        same("role", "grant-permission", "r", "rw", "k");
        same("role", "grant-permission", "r", "readonly", "k", "l");
        same("role", "grant-permission", "--prefix", "--from-key", "r", "read", "a");
        same("role", "grant-permission", "--prefix", "--from-key", "r", "read", "");
        same("role", "grant-permission", "--prefix", "r", "read", "a", "b");
        same("role", "grant-permission", "--from-key", "r", "read", "a", "b");
        same("role", "revoke-permission", "r");
        same("role", "revoke-permission", "--prefix", "--from-key", "r", "a");
        same("role", "revoke-permission", "--prefix", "r", "a", "b");
        same("role", "revoke-permission", "--from-key", "r", "a", "b");
        same("auth", "enable", "x");
        same("auth", "disable", "x");
    }

    @Test
    @Order(2)
    void passwordPrompts() {
        // standard input is no terminal: stty complains, etcdctl's prompts and their errors
        sameWithInput("", "user", "add", "p1");
        sameWithInput("pw\npx\n", "user", "add", "p1");
        sameWithInput("pw\n", "user", "add", "p1");
        sameWithInput("", "user", "passwd", "p1");
        sameWithInput(() -> auth().userDelete("p1"), "pw\npw\n", "user", "add", "p1");
        auth().userDelete("p1");
        sameWithInput(() -> auth().userDelete("p1"), "pw\r\npw\r\n", "user", "add", "p1");
        auth().userDelete("p1");
        sameWithInput(() -> auth().userDelete("p1"), "  sec ret\n", "user", "add", "p1", "--interactive=false");
        auth().userDelete("p1");
        sameWithInput(() -> auth().userDelete("p1"), "", "user", "add", "p1", "--interactive=false");
        auth().userDelete("p1");
        sameWithInput(() -> { }, "", "user", "passwd", "nobody", "--interactive=false");
        auth().userAdd("p1", "x");
        try {
            sameWithInput("new\nnew\n", "user", "passwd", "p1");
            sameWithInput("new", "user", "passwd", "p1", "--interactive=false");
            sameWithInput("new", "-w", "json", "user", "passwd", "p1", "--interactive=false");
            sameWithInput("new", "-w", "fields", "user", "passwd", "p1", "--interactive=false");
            sameWithInput("new", "-w", "table", "user", "passwd", "p1", "--interactive=false");
        } finally {
            auth().userDelete("p1");
        }
    }

    @Test
    @Order(3)
    void users() {
        for (String format : FORMATS) {
            restored(() -> auth().userDelete("u1"), "-w", format, "user", "add", "u1:pw");
        }
        restored(() -> auth().userDelete("u1"), "user", "add", "u1", "--new-user-password=pw");
        restored(() -> auth().userDelete("u1:x"), "user", "add", "u1:x", "--new-user-password=pw");
        restored(() -> auth().userDelete("u1"), "user", "add", "u1", "--no-password");
        auth().userAdd("u1", "pw");
        auth().userAdd("u2", "pw");
        auth().roleAdd("r1");
        auth().roleAdd("r2");
        auth().roleGrantPermission("r1", Permission.of(Permission.Type.READ, "k", RangeEnd.prefix()));
        try {
            same("user", "add", "u1:pw");
            same("user", "add", "u1", "--no-password");
            for (String format : FORMATS) {
                same("-w", format, "user", "list");
                same("-w", format, "user", "get", "u1");
                same("-w", format, "user", "get", "nobody");
                restored(() -> auth().userRevokeRole("u1", "r1"), "-w", format, "user", "grant-role", "u1", "r1");
            }
            same("user", "grant-role", "nobody", "r1");
            same("user", "grant-role", "u1", "nope");
            same("user", "revoke-role", "u1", "r1");
            auth().userGrantRole("u1", "r1");
            auth().userGrantRole("u1", "r2");
            same("user", "grant-role", "u1", "r1");
            for (String format : FORMATS) {
                same("-w", format, "user", "get", "u1");
                same("-w", format, "user", "get", "--detail", "u1");
                same("-w", format, "user", "get", "u2", "--detail");
                restored(() -> auth().userGrantRole("u1", "r1"), "-w", format, "user", "revoke-role", "u1", "r1");
                restored(() -> auth().userAdd("u2", "pw"), "-w", format, "user", "delete", "u2");
            }
            same("user", "revoke-role", "u1", "nope");
            same("user", "revoke-role", "nobody", "r1");
            same("user", "delete", "nobody");
            same("user", "li");
            // a flag of another subcommand
            assertThat(Runner.etcdj(eps, "user", "list", "--detail").exitCode()).isEqualTo(1);
        } finally {
            ignoreFailure(() -> auth().userDelete("u1"));
            ignoreFailure(() -> auth().userDelete("u2"));
            ignoreFailure(() -> auth().roleDelete("r1"));
            ignoreFailure(() -> auth().roleDelete("r2"));
        }
    }

    @Test
    @Order(4)
    void roles() {
        for (String format : FORMATS) {
            restored(() -> auth().roleDelete("r1"), "-w", format, "role", "add", "r1");
        }
        auth().roleAdd("r1");
        auth().roleAdd("r2");
        auth().roleAdd("empty");
        try {
            same("role", "add", "r1");
            same("role", "get", "nope");
            same("role", "delete", "nope");
            same("role", "grant-permission", "nope", "read", "k");
            same("role", "revoke-permission", "nope", "k");
            same("role", "revoke-permission", "r1", "k");
            // every way to name a range, each granted by etcdctl, undone, granted by etcdj
            List<List<String>> grants = List.of(
                    List.of("read", "k1"),
                    List.of("write", "k2", "k5"),
                    List.of("READWRITE", "--prefix", "p/"),
                    List.of("Read", "--from-key", "f"),
                    List.of("read", ""),
                    List.of("readwrite", "--from-key", ""),
                    List.of("write", "k9", "k10", "extra"),
                    List.of("read", "--prefix", "\u00e9t\u00e9"));
            List<List<String>> revokes = List.of(
                    List.of("k1"),
                    List.of("k2", "k5"),
                    List.of("--prefix", "p/"),
                    List.of("--from-key", "f"),
                    List.of(""),
                    List.of("--from-key", ""),
                    List.of("k9", "k10"),
                    List.of("--prefix", "\u00e9t\u00e9"));
            List<String> formats = FORMATS;
            for (int i = 0; i < grants.size(); i++) {
                List<String> grant = new ArrayList<>(List.of("-w", formats.get(i % FORMATS.size()), "role", "grant-permission", "r1"));
                grant.addAll(grants.get(i));
                List<String> revoke = revokes.get(i);
                changes(() -> revoke(revoke), grant.toArray(new String[0]));
                // etcdj's grant stays
            }
            for (String format : formats) {
                same("-w", format, "role", "get", "r1");
                same("-w", format, "role", "get", "empty");
                same("-w", format, "role", "list");
            }
            for (int i = 0; i < revokes.size(); i++) {
                List<String> revoke = new ArrayList<>(List.of("-w", formats.get((i + 1) % FORMATS.size()), "role", "revoke-permission", "r1"));
                revoke.addAll(revokes.get(i));
                List<String> grant = grants.get(i);
                changes(() -> regrant(grant), revoke.toArray(new String[0]));
            }
            same("role", "get", "r1");
            // --prefix "" is the same range as --from-key "": the whole key space
            byte[] zero = {0};
            changes(() -> auth().roleRevokePermission("r2", "\0", RangeEnd.of(zero)),
                    "role", "grant-permission", "r2", "write", "--prefix", "");
            same("role", "get", "r2");
            changes(() -> auth().roleGrantPermission("r2", Permission.raw(Permission.Type.WRITE, zero, zero)),
                    "role", "revoke-permission", "r2", "--prefix", "");
            for (String format : formats) {
                restored(() -> auth().roleAdd("r2"), "-w", format, "role", "delete", "r2");
            }
        } finally {
            ignoreFailure(() -> auth().roleDelete("r1"));
            ignoreFailure(() -> auth().roleDelete("r2"));
            ignoreFailure(() -> auth().roleDelete("empty"));
        }
    }

    /** Revokes what one of the test's grants gave, the way etcdj's own command line would. */
    private static void revoke(List<String> args) {
        List<String> argv = new ArrayList<>(List.of(eps, "role", "revoke-permission", "r1"));
        argv.addAll(args);
        assertThat(Runner.etcdj(argv.toArray(new String[0])).exitCode()).as("undo " + args).isZero();
    }

    private static void regrant(List<String> args) {
        List<String> argv = new ArrayList<>(List.of(eps, "role", "grant-permission", "r1"));
        argv.addAll(args);
        assertThat(Runner.etcdj(argv.toArray(new String[0])).exitCode()).as("undo " + args).isZero();
    }

    @Test
    @Order(5)
    void authStatusIsEtcdctl35s() {
        CliResult r = Runner.etcdj(eps, "auth", "status");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Authentication Status: false\nAuthRevision: 0\n");
        assertThat(Runner.etcdj(eps, "-w", "json", "auth", "status").out()).isEqualTo("{\"header\":{}}\n");
        assertThat(Runner.etcdj(eps, "-w", "fields", "auth", "status").exitCode()).isEqualTo(4);
        assertThat(Runner.etcdj(eps, "auth", "status", "x").exitCode()).isEqualTo(128);
    }

    @Test
    @Order(6)
    void withAuthOn() {
        // no user root, then a user root without the role root (etcdctl adds and grants it)
        same("auth", "enable");
        auth().userAdd("root", "rootpw");
        changes(() -> {
            try (EtcdClient root = rootClient()) {
                root.auth().authDisable();
            }
            auth().userRevokeRole("root", "root");
            auth().roleDelete("root");
        }, "auth", "enable");
        try (EtcdClient root = rootClient()) {
            Auth a = root.auth();
            a.userAdd("plain", "plainpw");
            a.roleAdd("reader");
            a.userGrantRole("plain", "reader");
            a.roleGrantPermission("reader", Permission.of(Permission.Type.READ, "app/", RangeEnd.prefix()));
            String[] asRoot = {"--user", "root:rootpw"};
            String[] asRootApart = {"--user", "root", "--password", "rootpw"};
            for (String[] who : List.of(asRoot, asRootApart)) {
                same(concat(who, "user", "list"));
                same(concat(who, "-w", "protobuf", "user", "get", "--detail", "plain"));
                same(concat(who, "-w", "protobuf", "auth", "enable"));
                same(concat(who, "role", "list"));
                same(concat(who, "-w", "json", "user", "get", "root"));
                same(concat(who, "user", "get", "--detail", "plain"));
                same(concat(who, "-w", "fields", "role", "get", "reader"));
                same(concat(who, "auth", "enable"));
                same(concat(who, "user", "delete", "root"));
                same(concat(who, "user", "revoke-role", "root", "root"));
                same(concat(who, "role", "delete", "root"));
                same(concat(who, "user", "add", "plain:x"));
                restored(() -> a.userDelete("new"), concat(who, "user", "add", "new:newpw"));
                restored(() -> a.roleDelete("new"), concat(who, "role", "add", "new"));
            }
            // the passwords each tool set are the ones given
            sameWithInput(() -> a.userDelete("p2"), "pw\npw\n", "--user", "root:rootpw", "user", "add", "p2");
            same("--user", "p2:pw", "user", "get", "p2");
            same("--user", "p2:px", "user", "get", "p2");
            sameWithInput(() -> a.userChangePassword("p2", "pw"), "sec ret\n", "--user", "root:rootpw", "user", "passwd",
                    "p2", "--interactive=false");
            same("--user", "p2:sec", "user", "get", "p2");
            // a user without the role root, a wrong password, no user
            same("--user", "plain:plainpw", "role", "add", "x");
            same("--user", "plain:plainpw", "user", "list");
            same("--user", "plain:plainpw", "auth", "disable");
            same("--user", "root:wrong", "user", "list");
            same("user", "list");
            same("auth", "enable");
            same("auth", "disable");
            CliResult status = Runner.etcdj(eps, "--user", "root:rootpw", "auth", "status");
            assertThat(status.out()).isEqualTo("Authentication Status: true\nAuthRevision: 0\n");
            changes(() -> auth().authEnable(), "--user", "root:rootpw", "auth", "disable");
            same("--user", "root:rootpw", "auth", "disable");
        } finally {
            try (EtcdClient root = rootClient()) {
                ignoreFailure(() -> root.auth().authDisable());
            }
        }
    }

    private static EtcdClient rootClient() {
        return client(EtcdClient.builder().credentials("root", "rootpw"));
    }

    /** The test's own calls wait long: the machine running the tests may be busy. */
    private static EtcdClient client(io.etcdj.EtcdClientBuilder builder) {
        return builder.endpoints(cluster.clientEndpoints()).connectTimeout(Duration.ofSeconds(30))
                .requestTimeout(Duration.ofSeconds(30)).build();
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
