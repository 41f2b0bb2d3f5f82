package io.etcdj.cluster;

import io.etcdj.TestClients;
import io.etcdj.RequestOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.NotFoundException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.PreconditionFailedException;
import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdClusterExtension;
import io.etcdj.testing.EtcdMember;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cluster facet against a real 3-member etcd 3.4 cluster. The launcher cannot start a member
 * that joins a running cluster, so the learner added here never starts: etcd 3.4 still adds,
 * updates and removes it, and refuses to promote it (not in sync with the leader).
 */
class ClusterTest {
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
    void clientStillWorksAndMembershipIsBack() throws InterruptedException {
        // etcd 3.4 serves a member list from the answering member's own view, which may lag a change
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (etcd.cluster().memberList().members().size() != 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(etcd.cluster().memberList().members()).hasSize(3);
        etcd.kv().put("cluster-test/after", "ok");
        assertThat(etcd.kv().get("cluster-test/after").get(0).valueAsString()).isEqualTo("ok");
    }

    /**
     * The member as the cluster lists it once the list shows the condition, or as listed after 3 s.
     * etcd 3.4 serves a member list from the answering member's own view, which may lag a change
     * applied elsewhere (the list is not linearizable), so a read right after a change may need
     * another member to catch up.
     */
    private static Member listedEventually(long id, java.util.function.Predicate<Member> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            java.util.Optional<Member> m = etcd.cluster().memberList().member(id);
            if (m.isPresent() && condition.test(m.get())) {
                return m.get();
            }
            Thread.sleep(50);
        }
        return etcd.cluster().memberList().member(id).orElseThrow();
    }

    /** A loopback peer URL on a port nothing listens on. */
    private static String unusedPeerUrl() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void listsTheThreeStartedMembers() {
        EtcdCluster cluster = ETCD.cluster();
        MemberListResponse r = etcd.cluster().memberList();
        assertThat(r.members()).hasSize(3);
        assertThat(r.header().clusterId()).isNotZero();
        Set<String> names = r.members().stream().map(Member::name).collect(Collectors.toSet());
        assertThat(names).isEqualTo(cluster.members().stream().map(EtcdMember::name).collect(Collectors.toSet()));
        for (Member m : r.members()) {
            EtcdMember launched = cluster.members().stream().filter(x -> x.name().equals(m.name())).findFirst().orElseThrow();
            assertThat(m.peerUrls()).containsExactly(launched.peerEndpoint());
            assertThat(m.clientUrls()).containsExactly(launched.clientEndpoint());
            assertThat(m.isLearner()).isFalse();
            assertThat(m.isStarted()).isTrue();
            assertThat(m.idHex()).isEqualTo(Long.toHexString(m.id()));
            assertThat(Member.parseHex(m.idHex())).isEqualTo(m.id());
            assertThat(r.member(m.id())).contains(m);
        }
        assertThat(r.members().stream().map(Member::id).distinct().count()).isEqualTo(3);
    }

    @Test
    void asyncListMatchesBlocking() throws Exception {
        MemberListResponse async = etcd.async().cluster().memberList(
                RequestOptions.builder().timeout(java.time.Duration.ofSeconds(3)).build()).get();
        assertThat(async.members()).containsExactlyElementsOf(etcd.cluster().memberList().members());
    }

    @Test
    void learnerAddedNotPromotableThenRemoved() throws Exception {
        String peer = unusedPeerUrl();
        MemberAddResponse added = addWhenClusterReady(() -> etcd.cluster().memberAddAsLearner(List.of(peer)));
        long id = added.member().id();
        try {
            assertThat(added.member().isLearner()).isTrue();
            assertThat(added.member().isStarted()).isFalse();
            assertThat(added.member().peerUrls()).containsExactly(peer);
            assertThat(added.members()).hasSize(4);
            Member listed = listedEventually(id, m -> true);
            assertThat(listed.isLearner()).isTrue();
            assertThat(listed.name()).isEmpty();
            assertThat(listed.clientUrls()).isEmpty();

            assertThatThrownBy(() -> etcd.cluster().memberPromote(id))
                    .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.LEARNER_NOT_READY);
                        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                    });
            assertThat(listedEventually(id, m -> true).isLearner()).isTrue();
        } finally {
            MembershipChangeResponse removed = etcd.cluster().memberRemove(id);
            assertThat(removed.members()).extracting(Member::id).doesNotContain(id);
        }
    }

    @Test
    void peerUrlsOfAnUnstartedMemberUpdatedThenRemoved() throws Exception {
        // with 3 started members, a 4th unstarted voter leaves quorum (3 of 4) intact
        MemberAddResponse added = addWhenClusterReady(() -> etcd.cluster().memberAdd(List.of(unusedPeerUrl())));
        long id = added.member().id();
        try {
            assertThat(added.member().isLearner()).isFalse();
            assertThat(added.members()).hasSize(4);
            String newPeer = unusedPeerUrl();
            MembershipChangeResponse updated = etcd.cluster().memberUpdate(id, List.of(newPeer));
            assertThat(updated.header().clusterId()).isEqualTo(added.header().clusterId());
            assertThat(updated.members()).hasSize(4);
            // the answering member has applied the change: its list, in the response, shows it
            assertThat(updated.members()).filteredOn(m -> m.id() == id).singleElement()
                    .satisfies(m -> assertThat(m.peerUrls()).containsExactly(newPeer));
            assertThat(listedEventually(id, m -> m.peerUrls().equals(List.of(newPeer))).peerUrls()).containsExactly(newPeer);
        } finally {
            etcd.cluster().memberRemove(id);
        }
    }

    /** A call that may fail while the cluster has not been fully connected for 5 s (etcd's strict reconfig check). */
    interface Add {
        MemberAddResponse run() throws Exception;
    }

    /**
     * etcd 3.4 refuses a member add with "unhealthy cluster" until every voter has been connected
     * for 5 s; the pipeline retries that definite error within the call's deadline, and a fresh
     * cluster may need longer than one deadline.
     */
    private static MemberAddResponse addWhenClusterReady(Add add) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return add.run();
            } catch (io.etcdj.exception.ConnectionException e) {
                if (e.code() != ErrorCode.UNHEALTHY || attempt > 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void aSecondLearnerIsRefused() throws Exception {
        long first = addWhenClusterReady(() -> etcd.cluster().memberAddAsLearner(List.of(unusedPeerUrl()))).member().id();
        try {
            assertThatThrownBy(() -> etcd.cluster().memberAddAsLearner(List.of(unusedPeerUrlUnchecked())))
                    .isInstanceOfSatisfying(PreconditionFailedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_LEARNERS);
                        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                    });
        } finally {
            etcd.cluster().memberRemove(first);
        }
    }

    @Test
    void promotingAVoterFailsTyped() {
        long voter = etcd.cluster().memberList().members().get(0).id();
        assertThatThrownBy(() -> etcd.cluster().memberPromote(voter))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_NOT_LEARNER));
    }

    @Test
    void unknownMemberIdIsNotFound() {
        long unknown = 0x1234_5678_9abc_def0L;
        assertThatThrownBy(() -> etcd.cluster().memberRemove(unknown))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_NOT_FOUND);
                    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                });
        assertThatThrownBy(() -> etcd.cluster().memberUpdate(unknown, List.of(unusedPeerUrlUnchecked())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_NOT_FOUND));
        assertThatThrownBy(() -> etcd.cluster().memberPromote(unknown))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MEMBER_NOT_FOUND));
    }

    @Test
    void existingPeerUrlIsRefused() {
        String taken = ETCD.cluster().member(0).peerEndpoint();
        assertThatThrownBy(() -> etcd.cluster().memberAddAsLearner(List.of(taken)))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PEER_URL_EXIST));
    }

    @Test
    void malformedPeerUrlsAreRejectedBeforeSending() {
        for (List<String> bad : List.of(List.<String>of(), List.of("ftp://127.0.0.1:1"), List.of("http://127.0.0.1"),
                List.of("http://127.0.0.1:1/path"), List.of("not a url"))) {
            assertThatThrownBy(() -> etcd.cluster().memberAdd(bad)).as("%s", bad)
                    .isInstanceOfSatisfying(InvalidArgumentException.class,
                            e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED));
            assertThatThrownBy(() -> etcd.cluster().memberUpdate(1, bad)).as("%s", bad)
                    .isInstanceOf(InvalidArgumentException.class);
        }
        assertThatThrownBy(() -> etcd.cluster().memberAdd(null)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.cluster().memberList(null)).isInstanceOf(InvalidArgumentException.class);
        assertThat(etcd.async().cluster().memberAdd(List.of("ftp://x:1"))).isCompletedExceptionally();
    }

    private static String unusedPeerUrlUnchecked() {
        try {
            return unusedPeerUrl();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
