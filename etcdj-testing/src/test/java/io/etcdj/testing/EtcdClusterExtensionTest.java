package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EtcdClusterExtensionTest {

    @RegisterExtension
    static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

    private static EtcdCluster seenInBeforeAll;

    private final EtcdCluster fromConstructor;

    EtcdClusterExtensionTest(EtcdCluster cluster) {
        this.fromConstructor = cluster;
    }

    @BeforeAll
    static void beforeAll(EtcdCluster cluster) {
        seenInBeforeAll = cluster;
    }

    @Test
    void injectsARunningThreeMemberCluster(EtcdCluster cluster) throws Exception {
        assertThat(cluster).isSameAs(etcd.cluster()).isSameAs(fromConstructor)
                .isSameAs(seenInBeforeAll);
        assertThat(cluster.isClosed()).isFalse();
        assertThat(etcd.endpoints()).hasSize(3).isEqualTo(cluster.clientEndpoints());
        assertThat(etcd.endpointsCsv()).isEqualTo(cluster.clientEndpointsCsv());
        for (String endpoint : etcd.endpoints()) {
            assertThat(Http.get(endpoint + "/health").body()).contains("\"health\":\"true\"");
        }
        assertThat(Http.v3Put(etcd.endpoints().get(0), "ext", "1").statusCode()).isEqualTo(200);
    }

    @Nested
    class NestedClass {
        @Test
        void seesTheSameCluster(EtcdCluster cluster) {
            assertThat(cluster).isSameAs(seenInBeforeAll);
            assertThat(cluster.members()).allMatch(EtcdMember::isRunning);
        }
    }

    @Test
    void endpointsAreLoopback() {
        List<String> endpoints = etcd.endpoints();
        assertThat(endpoints).allMatch(e -> e.startsWith("http://127.0.0.1:"));
    }
}
