package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SingleMemberClusterTest {

    @Test
    void startsHealthyWithV2KeysApi() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().start()) {
            assertThat(cluster.members()).hasSize(1);
            EtcdMember member = cluster.member(0);
            assertThat(member.name()).isEqualTo("etcd0");
            assertThat(member.isRunning()).isTrue();
            assertThat(member.clientEndpoint()).matches("http://127\\.0\\.0\\.1:\\d+")
                    .isNotEqualTo("http://127.0.0.1:2379");
            assertThat(member.peerEndpoint()).matches("http://127\\.0\\.0\\.1:\\d+")
                    .isNotEqualTo(member.clientEndpoint());
            assertThat(cluster.clientEndpoints()).containsExactly(member.clientEndpoint());
            assertThat(cluster.clientEndpointsCsv()).isEqualTo(member.clientEndpoint());

            HttpResponse<String> health = Http.get(member.clientEndpoint() + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"health\":\"true\"");

            HttpResponse<String> put =
                    Http.putForm(member.clientEndpoint() + "/v2/keys/greeting", "value", "hello");
            assertThat(put.statusCode()).isEqualTo(201);
            HttpResponse<String> get = Http.get(member.clientEndpoint() + "/v2/keys/greeting");
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.body()).contains("\"key\":\"/greeting\"", "\"value\":\"hello\"");

            assertThat(member.dataDir()).isDirectory();
            assertThat(member.dataDir().resolve("member")).isDirectory();
            assertThat(member.logFile()).isRegularFile();
            assertThat(Files.readString(member.logFile())).contains("serving client");
            assertThat(member.pid()).isEqualTo(ProcessHandle.of(member.pid()).orElseThrow().pid());
        }
    }

    @Test
    void extraArgsAndNamesReachEtcd() throws Exception {
        try (EtcdCluster cluster = EtcdCluster.builder().namePrefix("node").clusterToken("tok-1")
                .extraArgs("--max-request-bytes=1048577").start()) {
            assertThat(cluster.member(0).name()).isEqualTo("node0");
            assertThat(cluster.clusterToken()).isEqualTo("tok-1");
            String log = Files.readString(cluster.member(0).logFile());
            assertThat(log).contains("\"max-request-bytes\":1048577", "\"name\":\"node0\"");
        }
    }

    @Test
    void cannotBeStartedTwiceNorUsedBeforeStart() {
        EtcdCluster cluster = EtcdCluster.builder().build();
        assertThatThrownBy(cluster::members).isInstanceOf(IllegalStateException.class);
        try (cluster) {
            cluster.start();
            assertThatThrownBy(cluster::start).isInstanceOf(IllegalStateException.class);
        }
        assertThat(cluster.isClosed()).isTrue();
    }

    @Test
    void builderRejectsBadSettings() {
        assertThatThrownBy(() -> EtcdCluster.builder().members(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtcdCluster.builder().namePrefix("a=b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EtcdCluster.builder().startTimeout(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notHealthyInTimeFailsWithLogTailAndLeavesNothingRunning() {
        String token = "timeout-" + java.util.UUID.randomUUID();
        assertThatThrownBy(() -> EtcdCluster.builder().clusterToken(token)
                .startTimeout(java.time.Duration.ofMillis(1)).start())
                .isInstanceOf(EtcdLaunchException.class)
                .isNotInstanceOf(EtcdBinaryNotFoundException.class)
                .hasMessageContaining("not healthy within 1 ms")
                .hasMessageContaining("etcd.log")
                .hasMessageContaining("etcdj-testing: starting etcd0");
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> String.join(" ", args))
                        .orElse("").contains(token))).isEmpty();
    }

    @Test
    void badFlagFailsWithLogTail() {
        assertThatThrownBy(() -> EtcdCluster.builder().extraArgs("--no-such-flag=1")
                .startTimeout(java.time.Duration.ofSeconds(10)).start())
                .isInstanceOf(EtcdLaunchException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("etcd0")
                .hasMessageContaining("no-such-flag");
    }
}
