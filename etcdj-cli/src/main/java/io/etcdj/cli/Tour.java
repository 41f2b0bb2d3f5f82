package io.etcdj.cli;

import io.etcdj.EtcdClient;
import io.etcdj.KeyValue;
import io.etcdj.cli.internal.Out;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.kv.Cmp;
import io.etcdj.kv.CompactOptions;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.Kv;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.Txn;
import io.etcdj.kv.TxnResponse;
import io.etcdj.kv.PutOptions;
import io.etcdj.lease.LeaseGrant;
import io.etcdj.lease.LeaseTimeToLive;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import io.etcdj.watch.Watch;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchIterator;
import io.etcdj.watch.WatchOptions;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * A narrated walk through etcdj's key-value, watch, lease and lock APIs against a live etcd: for each step a line of
 * narration, the Java call, and the real response. Every step checks what it got; an unexpected
 * response fails the tour with {@link IllegalStateException}.
 */
public final class Tour {
    /** How many steps {@link #run()} takes. */
    public static final int STEPS = 14;

    private final Kv kv;
    private final Watch watch;
    private final EtcdClient etcd;
    private final Out out;
    private final String p;
    private int step;

    /**
     * @param etcd the client to tour with
     * @param out where the narration goes
     * @param keyPrefix the prefix of every key the tour writes, such as {@code tour/}
     */
    public Tour(EtcdClient etcd, Out out, String keyPrefix) {
        this.kv = etcd.kv();
        this.watch = etcd.watch();
        this.etcd = etcd;
        this.out = out;
        this.p = keyPrefix;
    }

    /**
     * Runs every step.
     *
     * @throws IllegalStateException when etcd answers other than expected
     * @throws io.etcdj.exception.EtcdException when a call fails
     */
    public void run() {
        String greeting = p + "greeting";

        narrate("put: write a key. The response header carries the revision of the write.");
        call("etcd.kv().put(\"" + greeting + "\", \"hello\")");
        PutResponse first = kv.put(greeting, "hello");
        long helloRevision = first.header().revision();
        result("written at revision " + helloRevision + " (cluster " + first.header().clusterIdString()
                + ", member " + first.header().memberIdString() + ")");

        narrate("get: read it back, with its metadata.");
        call("etcd.kv().get(\"" + greeting + "\")");
        KeyValue kv1 = kv.get(greeting).first().orElseThrow(() -> unexpected("the key is missing"));
        expect(kv1.valueAsString().equals("hello"), "read " + kv1.valueAsString());
        result(describe(kv1));

        narrate("A prefix range with a limit: count tells how many keys match, more that some were left out.");
        String fruit = p + "fruit/";
        kv.put(fruit + "apple", "red");
        kv.put(fruit + "banana", "yellow");
        kv.put(fruit + "cherry", "dark red");
        call("etcd.kv().put(\"" + fruit + "apple\", \"red\")   // and banana, cherry");
        call("etcd.kv().get(\"" + fruit + "\", GetOptions.builder().prefix().limit(2).build())");
        GetResponse range = kv.get(fruit, GetOptions.builder().prefix().limit(2).build());
        expect(range.size() == 2 && range.count() == 3 && range.more(), "range " + range);
        StringJoiner kvs = new StringJoiner(", ");
        for (KeyValue k : range) {
            kvs.add(k.keyAsString().substring(fruit.length()) + "=" + k.valueAsString());
        }
        result(range.size() + " of count=" + range.count() + " keys, more=" + range.more() + ": " + kvs);

        narrate("txn: compare-and-swap. If the value is still \"hello\", then-branch: put; else-branch: get.");
        Txn cas = Txn.builder()
                .when(Cmp.value(greeting).equalTo("hello"))
                .then(Op.put(greeting, "hello, etcd"))
                .otherwise(Op.get(greeting))
                .build();
        call("Txn cas = Txn.builder().when(Cmp.value(\"" + greeting + "\").equalTo(\"hello\"))\n"
                + "           .then(Op.put(\"" + greeting + "\", \"hello, etcd\"))"
                + ".otherwise(Op.get(\"" + greeting + "\")).build();");
        call("etcd.kv().txn(cas)");
        TxnResponse won = kv.txn(cas);
        expect(won.succeeded(), "the first compare-and-swap failed");
        result("succeeded=true: the then-branch ran; the put is at revision " + won.header().revision());
        call("etcd.kv().txn(cas)   // again: the value is no longer \"hello\"");
        TxnResponse lost = kv.txn(cas);
        expect(!lost.succeeded(), "the second compare-and-swap succeeded");
        String current = lost.getResponse(0).first().map(KeyValue::valueAsString).orElse("(none)");
        result("succeeded=false: the else-branch ran; its get saw \"" + current + "\"");

        narrate("replace(): the same compare-and-swap in one call, answering true or false.");
        call("etcd.kv().replace(\"" + greeting + "\", \"hello, etcd\", \"bonjour\")");
        boolean replaced = kv.replace(greeting, "hello, etcd", "bonjour");
        expect(replaced, "replace with the current value answered false");
        result("true");
        call("etcd.kv().replace(\"" + greeting + "\", \"hello, etcd\", \"hola\")   // stale expectation");
        boolean stale = kv.replace(greeting, "hello, etcd", "hola");
        expect(!stale, "replace with a stale value answered true");
        result("false (the value is \"bonjour\" now)");

        narrate("A point-in-time read: the key as it was at revision " + helloRevision + ".");
        call("etcd.kv().get(\"" + greeting + "\", GetOptions.builder().revision(" + helloRevision + ").build())");
        GetResponse old = kv.get(greeting, GetOptions.builder().revision(helloRevision).build());
        KeyValue then = old.first().orElseThrow(() -> unexpected("nothing at revision " + helloRevision));
        GetResponse now = kv.get(greeting);
        expect(then.valueAsString().equals("hello"), "old read gave " + then.valueAsString());
        result("at revision " + helloRevision + ": \"" + then.valueAsString() + "\"; now (revision "
                + now.header().revision() + "): \"" + now.first().map(KeyValue::valueAsString).orElse("") + "\"");

        narrate("watch: replay the key's history from revision " + helloRevision
                + ", then see a new write arrive as it happens.");
        call("WatchIterator events = etcd.watch().iterate(\"" + greeting + "\", WatchOptions.builder().startRevision("
                + helloRevision + ").build())");
        StringJoiner history = new StringJoiner(", ");
        try (WatchIterator events = watch.iterate(greeting, WatchOptions.builder().startRevision(helloRevision).build())) {
            for (int i = 0; i < 3; i++) {
                history.add(describe(events.next()));
            }
            call("etcd.kv().put(\"" + greeting + "\", \"hallo\")   // while the watch is open");
            kv.put(greeting, "hallo");
            WatchEvent live = events.next();
            expect(live.keyValue().valueAsString().equals("hallo"), "the watch saw " + live);
            result("history: " + history + "; live: " + describe(live));
        }

        long compactTo = kv.get(greeting).header().revision();
        narrate("compact: discard the history before revision " + compactTo
                + " (of the whole keyspace; etcd keeps only the latest versions).");
        call("etcd.kv().compact(" + compactTo + ", CompactOptions.builder().physical().build())");
        kv.compact(compactTo, CompactOptions.builder().physical().build());
        result("compacted; revisions before " + compactTo + " can no longer be read or watched");

        narrate("Reading the compacted revision fails with a typed exception.");
        call("etcd.kv().get(\"" + greeting + "\", GetOptions.builder().revision(" + helloRevision + ").build())");
        try {
            GetResponse gone = kv.get(greeting, GetOptions.builder().revision(helloRevision).build());
            throw unexpected("the compacted revision could still be read: " + gone);
        } catch (RevisionCompactedException e) {
            result(e.getClass().getName() + ": " + e.getMessage() + " (outcome " + e.outcome() + ")");
        }

        narrate("lease: a key attached to a lease disappears with it; revoke ends it at once.");
        call("LeaseGrant lease = etcd.lease().grant(60)");
        LeaseGrant lease = etcd.lease().grant(60);
        call("etcd.kv().put(\"" + p + "session\", \"on\", PutOptions.builder().leaseId(lease.id()).build())");
        kv.put(p + "session", "on", PutOptions.builder().leaseId(lease.id()).build());
        LeaseTimeToLive ttl = etcd.lease().timeToLive(lease.id(), true);
        expect(ttl.keysAsStrings().contains(p + "session"), "the lease's keys are " + ttl.keysAsStrings());
        call("etcd.lease().revoke(lease.id())");
        etcd.lease().revoke(lease.id());
        expect(kv.get(p + "session").kvs().isEmpty(), "the key outlived its lease");
        result("lease " + lease.idHex() + " granted for " + lease.ttlSeconds() + " s held " + ttl.keysAsStrings()
                + "; after the revoke the key is gone");

        narrate("lock: hold a lock; its fencing token orders holders, and its ownership compare guards writes.");
        call("Session session = etcd.lock().newSession(60);\n"
                + "Mutex lock = etcd.lock().acquire(\"" + p + "lock\", session, Duration.ofSeconds(5))");
        try (Session session = etcd.lock().newSession(60);
                Mutex lock = etcd.lock().acquire(p + "lock", session, Duration.ofSeconds(5))) {
            call("etcd.kv().txn(Txn.builder().when(lock.ownership()).then(Op.put(\"" + p + "owner\", \"me\")).build())");
            TxnResponse guarded = kv.txn(Txn.builder().when(lock.ownership()).then(Op.put(p + "owner", "me")).build());
            expect(guarded.succeeded(), "a write guarded by a held lock was rejected");
            result("held as " + lock.key() + ", fencing token " + lock.fencingToken()
                    + "; the guarded write succeeded=" + guarded.succeeded());
        }

        narrate("cluster and maintenance: the members, and one member's status (calls pinned to its endpoint).");
        call("etcd.cluster().memberList()");
        io.etcdj.cluster.MemberListResponse members = etcd.cluster().memberList();
        expect(!members.members().isEmpty(), "no members");
        String endpoint = etcd.endpoints().get(0);
        call("etcd.maintenance().status(\"" + endpoint + "\")");
        io.etcdj.maintenance.StatusResponse status = etcd.maintenance().status(endpoint);
        expect(status.leader() != 0, "the member knows no leader");
        StringJoiner names = new StringJoiner(", ");
        for (io.etcdj.cluster.Member m : members.members()) {
            names.add(m.name() + " (" + m.idHex() + ")");
        }
        result(members.members().size() + " member(s): " + names + "; " + endpoint + " runs etcd " + status.version()
                + ", leader " + status.leaderHex() + ", raft term " + status.raftTerm());

        narrate("auth: a role grants key permissions, a user holds roles (enforced once auth is enabled).");
        String role = p.replace('/', '-') + "reader";
        String user = p.replace('/', '-') + "alice";
        call("etcd.auth().roleAdd(\"" + role + "\");\n"
                + "etcd.auth().roleGrantPermission(\"" + role + "\", Permission.of(Permission.Type.READ, \"" + fruit
                + "\", RangeEnd.prefix()));\n"
                + "etcd.auth().userAdd(\"" + user + "\", \"secret\");\n"
                + "etcd.auth().userGrantRole(\"" + user + "\", \"" + role + "\")");
        io.etcdj.auth.Auth auth = etcd.auth();
        auth.roleAdd(role);
        try {
            auth.roleGrantPermission(role, io.etcdj.auth.Permission.of(io.etcdj.auth.Permission.Type.READ, fruit,
                    io.etcdj.kv.RangeEnd.prefix()));
            auth.userAdd(user, "secret");
            try {
                auth.userGrantRole(user, role);
                call("etcd.auth().roleGet(\"" + role + "\")");
                io.etcdj.auth.Permission perm = auth.roleGet(role).permissions().get(0);
                java.util.List<String> roles = auth.userGet(user).roles();
                expect(roles.equals(java.util.List.of(role)), "the user holds " + roles);
                result(role + ": " + perm.type() + " on [" + perm.keyString() + ", " + perm.rangeEndString() + "); "
                        + user + " holds " + roles + "; auth enabled: " + auth.authStatus().enabled());
            } finally {
                auth.userDelete(user);
            }
        } finally {
            auth.roleDelete(role);
        }

        gateway(greeting);
    }

    /** The last step: the same API over the other transport, on the same endpoints. */
    private void gateway(String greeting) {
        io.etcdj.EtcdTransport other = etcd.transport() == io.etcdj.EtcdTransport.GRPC
                ? io.etcdj.EtcdTransport.HTTP_JSON : io.etcdj.EtcdTransport.GRPC;
        narrate("transports: the same calls over " + (other == io.etcdj.EtcdTransport.HTTP_JSON
                ? "etcd's HTTP/JSON gateway (POST /v3/kv/range ...), for networks that do not carry gRPC."
                : "gRPC, the default transport."));
        call("EtcdClient viaOther = EtcdClient.builder().endpoints(...).transport(EtcdTransport." + other + ").build();\n"
                + "viaOther.kv().get(\"" + greeting + "\")");
        try (EtcdClient viaOther = EtcdClient.builder().endpoints(etcd.endpoints()).transport(other).build()) {
            KeyValue seen = viaOther.kv().get(greeting).first().orElseThrow(() -> unexpected("the key is missing"));
            KeyValue here = kv.get(greeting).first().orElseThrow(() -> unexpected("the key is missing"));
            expect(seen.equals(here), "the transports disagree: " + describe(seen) + " vs " + describe(here));
            result(describe(seen) + ", as over " + etcd.transport());
        }
    }

    private void narrate(String text) {
        step++;
        out.println("");
        out.println(step + ". " + text);
    }

    private void call(String java) {
        out.println("   > " + java.replace("\n", "\n     "));
    }

    private void result(String text) {
        out.println("   < " + text);
        out.flush();
    }

    private static String describe(WatchEvent e) {
        return e.type() + " \"" + e.keyValue().valueAsString() + "\" @" + e.revision();
    }

    private static String describe(KeyValue kv) {
        return kv.keyAsString() + " = \"" + kv.valueAsString() + "\" (created at revision " + kv.createRevision()
                + ", modified at " + kv.modRevision() + ", version " + kv.version() + ", lease " + kv.lease() + ")";
    }

    private void expect(boolean condition, String what) {
        if (!condition) {
            throw unexpected(what);
        }
    }

    private IllegalStateException unexpected(String what) {
        return new IllegalStateException("step " + step + ": unexpected response: " + what);
    }
}
