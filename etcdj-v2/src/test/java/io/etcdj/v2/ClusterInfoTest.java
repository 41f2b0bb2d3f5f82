package io.etcdj.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.testing.EtcdClusterExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members, leader, statistics, machines, version and health of a single-member cluster. */
class ClusterInfoTest {
    @RegisterExtension
    static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    static EtcdV2Client etcd;

    @BeforeAll
    static void connect() {
        etcd = EtcdV2Client.builder().endpoints(ETCD.endpoints()).build();
    }

    @AfterAll
    static void close() {
        etcd.close();
    }

    @Test
    void membersAndLeader() {
        List<EtcdV2Member> members = etcd.members();
        assertThat(members).hasSize(1);
        EtcdV2Member m = members.get(0);
        assertThat(m.id()).matches("[0-9a-f]+");
        assertThat(m.name()).isEqualTo(ETCD.cluster().member(0).name());
        assertThat(m.clientUrls()).containsExactly(ETCD.cluster().member(0).clientEndpoint());
        assertThat(m.peerUrls()).containsExactly(ETCD.cluster().member(0).peerEndpoint());
        assertThat(etcd.leader()).isEqualTo(m);
    }

    @Test
    void memberErrors() {
        assertThatThrownBy(() -> etcd.removeMember("1234")).isInstanceOfSatisfying(EtcdV2HttpException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.etcdMessage()).isEqualTo("No such member: 1234");
            assertThat(e.errorCode()).isEqualTo(EtcdV2Exception.NO_ERROR_CODE);
        });
        assertThatThrownBy(() -> etcd.updateMember("1234", List.of("http://127.0.0.1:1")))
                .isInstanceOfSatisfying(EtcdV2HttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> etcd.addMember(List.of(ETCD.cluster().member(0).peerEndpoint())))
                .isInstanceOfSatisfying(EtcdV2HttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
        assertThatThrownBy(() -> etcd.addMember(List.of("not-a-url")))
                .isInstanceOfSatisfying(EtcdV2HttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
        assertThat(etcd.members()).hasSize(1);
    }

    @Test
    void stats() {
        SelfStats self = etcd.selfStats();
        assertThat(self.state()).isEqualTo("StateLeader");
        assertThat(self.id()).isEqualTo(etcd.members().get(0).id());
        assertThat(self.leader()).isEqualTo(self.id());
        assertThat(self.name()).isEqualTo(ETCD.cluster().member(0).name());
        LeaderStats leader = etcd.leaderStats();
        assertThat(leader.leader()).isEqualTo(self.id());
        assertThat(leader.followers()).isEmpty();
        etcd.set("/v2stats-probe", "x");
        StoreStats store = etcd.storeStats();
        assertThat(store.get("setsSuccess")).isPositive();
        assertThat(store.counters()).containsKeys("getsSuccess", "compareAndSwapFail", "watchers", "expireCount");
    }

    @Test
    void machinesVersionHealthSync() {
        assertThat(etcd.machines()).containsExactly(ETCD.cluster().member(0).clientEndpoint());
        assertThat(etcd.sync()).contains(ETCD.cluster().member(0).clientEndpoint());
        EtcdV2Version v = etcd.version();
        assertThat(v.server()).startsWith("3.");
        assertThat(v.cluster()).startsWith("3.");
        assertThat(etcd.health()).isTrue();
        assertThat(etcd.async().clusterId()).isNotBlank();
    }
}
