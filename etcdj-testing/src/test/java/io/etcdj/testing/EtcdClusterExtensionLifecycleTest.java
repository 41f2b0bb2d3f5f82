package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs fixture classes in a separate JUnit engine to check when the extension starts and closes
 * clusters. The fixtures are nested static classes, which Surefire does not run on its own.
 */
class EtcdClusterExtensionLifecycleTest {

    static final List<EtcdCluster> SEEN = new CopyOnWriteArrayList<>();
    static final List<Boolean> OPEN_AT_AFTER_ALL = new CopyOnWriteArrayList<>();

    @Test
    void staticFieldStartsOnceAndClosesAfterTheClass() {
        SEEN.clear();
        run(StaticFixture.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
        assertClosedAndGone(SEEN.get(0));
    }

    @Test
    void instanceFieldStartsAFreshClusterPerTest() {
        SEEN.clear();
        run(InstanceFixture.class).assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
        assertThat(SEEN.get(0).clientEndpoints()).isNotEqualTo(SEEN.get(1).clientEndpoints());
        SEEN.forEach(EtcdClusterExtensionLifecycleTest::assertClosedAndGone);
    }

    @Test
    void sharedClusterSpansClassesAndClosesAtTheEndOfTheRun() {
        SEEN.clear();
        OPEN_AT_AFTER_ALL.clear();
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SharedFixtureA.class), selectClass(SharedFixtureB.class))
                .execute().testEvents()
                .assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
        assertThat(SEEN.get(0).members()).hasSize(1);
        assertThat(OPEN_AT_AFTER_ALL).containsExactly(true, true);
        assertClosedAndGone(SEEN.get(0));
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute()
                .testEvents();
    }

    private static void assertClosedAndGone(EtcdCluster cluster) {
        assertThat(cluster.isClosed()).isTrue();
        for (EtcdMember member : cluster.members()) {
            assertThat(member.isRunning()).isFalse();
            assertThat(ProcessHandle.of(member.pid()).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(member.dataDir()).doesNotExist();
        }
    }

    static class StaticFixture {
        @RegisterExtension
        static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

        @Test
        void first(EtcdCluster cluster) {
            SEEN.add(cluster);
            assertThat(cluster.member(0).isRunning()).isTrue();
        }

        @Test
        void second(EtcdCluster cluster) {
            SEEN.add(cluster);
            assertThat(cluster.member(0).isRunning()).isTrue();
        }
    }

    static class InstanceFixture {
        @RegisterExtension
        final EtcdClusterExtension etcd = EtcdClusterExtension.builder().build();

        @Test
        void first(EtcdCluster cluster) {
            SEEN.add(cluster);
            assertThat(cluster).isSameAs(etcd.cluster());
            assertThat(cluster.member(0).isRunning()).isTrue();
        }

        @Test
        void second(EtcdCluster cluster) {
            SEEN.add(cluster);
            assertThat(cluster).isSameAs(etcd.cluster());
            assertThat(cluster.member(0).isRunning()).isTrue();
        }
    }

    static class SharedFixtureA {
        @RegisterExtension
        static final EtcdClusterExtension etcd = EtcdClusterExtension.shared();

        @Test
        void usesShared(EtcdCluster cluster) throws Exception {
            SEEN.add(cluster);
            assertThat(cluster).isSameAs(etcd.cluster());
            assertThat(Http.get(etcd.endpoints().get(0) + "/health").body())
                    .contains("\"health\":\"true\"");
        }

        @AfterAll
        static void afterAll() {
            OPEN_AT_AFTER_ALL.add(!etcd.cluster().isClosed());
        }
    }

    static class SharedFixtureB {
        @RegisterExtension
        static final EtcdClusterExtension etcd = EtcdClusterExtension.shared();

        @Test
        void usesShared(EtcdCluster cluster) {
            SEEN.add(cluster);
            assertThat(cluster.member(0).isRunning()).isTrue();
        }

        @AfterAll
        static void afterAll() {
            OPEN_AT_AFTER_ALL.add(!etcd.cluster().isClosed());
        }
    }

}
