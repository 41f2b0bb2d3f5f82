package io.etcdj.maintenance;

import io.etcdj.TestClients;
import io.etcdj.ChangeOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.cluster.Member;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.FutureRevisionException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.NoLeaderException;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.exception.ResourceExhaustedException;
import io.etcdj.testing.EtcdClusterExtension;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The maintenance facet against a real 3-member etcd 3.4 cluster, each member addressed by its endpoint. */
class MaintenanceClusterTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.builder().members(3).build();

    static EtcdClient etcd;

    @BeforeAll
    static void connect() {
        etcd = TestClients.builder().endpoints(ETCD.endpoints()).build();
    }

    @AfterAll
    static void disconnect() {
        etcd.close();
    }

    @AfterEach
    void clientStillWorks() {
        etcd.kv().put("maintenance-test/after", "ok");
        assertThat(etcd.kv().get("maintenance-test/after").get(0).valueAsString()).isEqualTo("ok");
    }

    private static Member memberAt(String endpoint) {
        return etcd.cluster().memberList().members().stream()
                .filter(m -> m.clientUrls().contains(endpoint)).findFirst().orElseThrow();
    }

    @Test
    void statusIsPinnedToEachMember() {
        Set<Long> ids = new HashSet<>();
        Set<Long> leaders = new HashSet<>();
        int leaderCount = 0;
        for (String ep : ETCD.endpoints()) {
            StatusResponse s = etcd.maintenance().status(ep);
            assertThat(s.header().memberId()).isEqualTo(memberAt(ep).id());
            ids.add(s.header().memberId());
            leaders.add(s.leader());
            assertThat(s.version()).isEqualTo("3.4.23");
            assertThat(s.dbSize()).isPositive();
            assertThat(s.dbSizeInUse()).isPositive().isLessThanOrEqualTo(s.dbSize());
            assertThat(s.raftIndex()).isPositive();
            assertThat(s.raftTerm()).isPositive();
            assertThat(s.raftAppliedIndex()).isPositive();
            assertThat(s.errors()).isEmpty();
            assertThat(s.isLearner()).isFalse();
            assertThat(s.leaderHex()).isEqualTo(Long.toHexString(s.leader()));
            leaderCount += s.isLeader() ? 1 : 0;
            assertThat(etcd.maintenance().version(ep)).isEqualTo("3.4.23");
        }
        assertThat(ids).hasSize(3);
        assertThat(leaders).hasSize(1).doesNotContain(0L);
        assertThat(ids).containsAll(leaders);
        assertThat(leaderCount).isEqualTo(1);
    }

    @Test
    void hashKvIsEqualAcrossMembersAtOneRevision() throws Exception {
        for (int i = 0; i < 10; i++) {
            etcd.kv().put("maintenance-test/h" + i, "v" + i);
        }
        long revision = etcd.kv().get("maintenance-test/h0").header().revision();
        Set<Long> hashes = new HashSet<>();
        for (String ep : ETCD.endpoints()) {
            hashes.add(hashKvWhenApplied(ep, revision).hash());
        }
        assertThat(hashes).hasSize(1);
        for (String ep : ETCD.endpoints()) {
            HashResponse h = etcd.maintenance().hash(ep);
            assertThat(h.hash()).isBetween(0L, 0xffff_ffffL);
            assertThat(h.header().memberId()).isEqualTo(memberAt(ep).id());
        }
        assertThatThrownBy(() -> etcd.maintenance().hashKv(ETCD.endpoints().get(0), revision + 1_000_000))
                .isInstanceOf(FutureRevisionException.class);
        assertThatThrownBy(() -> etcd.maintenance().hashKv(ETCD.endpoints().get(0), -1))
                .isInstanceOf(InvalidArgumentException.class);
    }

    /** A follower may not have applied the revision yet; it answers future-revision until it has. */
    private static HashKvResponse hashKvWhenApplied(String ep, long revision) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return etcd.maintenance().hashKv(ep, revision);
            } catch (FutureRevisionException e) {
                if (attempt > 20) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @Test
    void defragmentsEachMember() {
        ChangeOptions generous = ChangeOptions.builder().timeout(Duration.ofMinutes(1)).build();
        for (String ep : ETCD.endpoints()) {
            DefragmentResponse r = etcd.maintenance().defragment(ep, generous);
            assertThat(r.header()).isNotNull(); // etcd 3.4 leaves the ids of this header 0
            StatusResponse after = etcd.maintenance().status(ep);
            assertThat(after.dbSizeInUse()).isLessThanOrEqualTo(after.dbSize());
        }
    }

    @Test
    void noSpaceAlarmActivatedThenAllDisarmed() {
        assertThat(etcd.maintenance().alarmList().alarms()).isEmpty();
        long member = memberAt(ETCD.endpoints().get(0)).id();
        try {
            AlarmResponse raised = etcd.maintenance().alarmActivate(member, AlarmType.NOSPACE);
            assertThat(raised.alarms()).containsExactly(new Alarm(member, AlarmType.NOSPACE));
            assertThat(etcd.maintenance().alarmList().alarms()).containsExactly(new Alarm(member, AlarmType.NOSPACE));
            assertThatThrownBy(() -> etcd.kv().put("maintenance-test/blocked", "x"))
                    .isInstanceOfSatisfying(ResourceExhaustedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_SPACE));
            assertThat(etcd.maintenance().status(ETCD.endpoints().get(0)).errors()).isNotEmpty();
        } finally {
            AlarmResponse disarmed = etcd.maintenance().alarmDisarmAll();
            assertThat(disarmed.alarms()).containsExactly(new Alarm(member, AlarmType.NOSPACE));
        }
        assertThat(etcd.maintenance().alarmList().alarms()).isEmpty();
        assertThat(etcd.maintenance().alarmDisarmAll().alarms()).isEmpty();
    }

    @Test
    void oneAlarmDisarmedByMemberAndType() {
        long member = memberAt(ETCD.endpoints().get(1)).id();
        try {
            etcd.maintenance().alarmActivate(member, AlarmType.NOSPACE);
            assertThat(etcd.maintenance().alarmDisarm(member, AlarmType.NOSPACE).alarms())
                    .containsExactly(new Alarm(member, AlarmType.NOSPACE));
        } finally {
            etcd.maintenance().alarmDisarmAll();
        }
        assertThat(etcd.maintenance().alarmList().alarms()).isEmpty();
        assertThatThrownBy(() -> etcd.maintenance().alarmActivate(member, AlarmType.NONE))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.maintenance().alarmDisarm(member, null))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void leadershipMovesToAFollower() {
        String leaderEp = null;
        String followerEp = null;
        for (String ep : ETCD.endpoints()) {
            if (etcd.maintenance().status(ep).isLeader()) {
                leaderEp = ep;
            } else {
                followerEp = ep;
            }
        }
        assertThat(leaderEp).isNotNull();
        long target = memberAt(followerEp).id();
        MoveLeaderResponse r = etcd.maintenance().moveLeader(target,
                ChangeOptions.builder().timeout(Duration.ofSeconds(10)).build());
        assertThat(r.header()).isNotNull(); // etcd 3.4 leaves the ids of this header 0
        assertThat(etcd.maintenance().status(followerEp).isLeader()).isTrue();
        assertThat(etcd.maintenance().status(leaderEp).leader()).isEqualTo(target);
    }

    /** The move-leader example of docs/operations.md, as written there. */
    @Test
    void moveLeaderDocsExample() {
        long target = etcd.cluster().memberList().members().stream()
                .filter(m -> !m.isLearner())
                .filter(m -> !etcd.maintenance().status(m.clientUrls().get(0)).isLeader())
                .findFirst().orElseThrow().id();
        etcd.maintenance().moveLeader(target);
        assertThat(etcd.maintenance().status(memberById(target).clientUrls().get(0)).isLeader()).isTrue();
    }

    private static Member memberById(long id) {
        return etcd.cluster().memberList().member(id).orElseThrow();
    }

    @Test
    void moveLeaderToAnUnknownMemberFailsTyped() {
        assertThatThrownBy(() -> etcd.maintenance().moveLeader(0x1234_5678L))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_LEADER_TRANSFEREE);
                    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                });
    }

    @Test
    void moveLeaderWithoutTheLeaderAmongTheEndpointsFailsTyped() {
        String follower = ETCD.endpoints().stream().filter(ep -> !etcd.maintenance().status(ep).isLeader())
                .findFirst().orElseThrow();
        try (EtcdClient followerOnly = TestClients.builder().endpoints(follower).build()) {
            long leader = followerOnly.maintenance().status(follower).leader();
            assertThatThrownBy(() -> followerOnly.maintenance().moveLeader(memberAt(follower).id()))
                    .isInstanceOfSatisfying(NoLeaderException.class,
                            e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED));
            assertThat(followerOnly.maintenance().status(follower).leader()).isEqualTo(leader);
        }
    }

    @Test
    void hashKvBelowTheCompactedRevisionFailsTyped() {
        long before = etcd.kv().put("maintenance-test/c", "1").header().revision();
        long now = etcd.kv().put("maintenance-test/c", "2").header().revision();
        etcd.kv().compact(now);
        String ep = ETCD.endpoints().get(0);
        assertThatThrownBy(() -> etcd.maintenance().hashKv(ep, before))
                .isInstanceOf(RevisionCompactedException.class);
        assertThat(etcd.maintenance().hashKv(ep, 0).compactRevision()).isEqualTo(now);
    }

    @Test
    void everyEndpointIsHealthy() {
        for (String ep : ETCD.endpoints()) {
            EndpointHealth h = etcd.maintenance().health(ep);
            assertThat(h.isHealthy()).as(h.toString()).isTrue();
            assertThat(h.failure()).isEmpty();
            assertThat(h.endpoint()).isEqualTo(ep);
            assertThat(h.took()).isPositive();
        }
    }

    @Test
    void callsPinnedToANonEndpointAreRejected() {
        String other = "http://127.0.0.1:1";
        List<Runnable> calls = List.of(
                () -> etcd.maintenance().status(other),
                () -> etcd.maintenance().hash(other),
                () -> etcd.maintenance().hashKv(other, 0),
                () -> etcd.maintenance().defragment(other),
                () -> etcd.maintenance().version(other),
                () -> etcd.maintenance().health(other),
                () -> etcd.maintenance().metrics(other),
                () -> etcd.maintenance().status("not a url"),
                () -> etcd.maintenance().status(null));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidArgumentException.class,
                    e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED));
        }
        assertThat(etcd.async().maintenance().status(other)).isCompletedExceptionally();
    }
}
