package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThreeMemberClusterTest {

    private EtcdCluster cluster;

    @BeforeEach
    void start() {
        cluster = EtcdCluster.builder().members(3).start();
    }

    @AfterEach
    void close() {
        cluster.close();
    }

    @Test
    void allThreeMembersAreListed() throws Exception {
        assertThat(cluster.clientEndpoints()).hasSize(3).doesNotHaveDuplicates();
        assertThat(cluster.peerEndpoints()).hasSize(3).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(cluster.clientEndpoints());
        assertThat(cluster.clientEndpointsCsv().split(",")).hasSize(3);

        HttpResponse<String> v2 = Http.get(cluster.member(1).clientEndpoint() + "/v2/members");
        assertThat(v2.statusCode()).isEqualTo(200);
        assertThat(count(v2.body(), "\"name\":\"etcd\\d\"")).isEqualTo(3);
        assertThat(v2.body()).contains(cluster.member(0).peerEndpoint(),
                cluster.member(1).peerEndpoint(), cluster.member(2).peerEndpoint());

        HttpResponse<String> v3 =
                Http.postJson(cluster.member(2).clientEndpoint() + "/v3/cluster/member/list", "{}");
        assertThat(v3.statusCode()).isEqualTo(200);
        assertThat(count(v3.body(), "\"peerURLs\"")).isEqualTo(3);
        for (EtcdMember member : cluster.members()) {
            assertThat(Http.get(member.clientEndpoint() + "/health").body())
                    .contains("\"health\":\"true\"");
        }
    }

    @Test
    void survivesKillAndRestartOfAFollower() throws Exception {
        EtcdMember leader = cluster.leader().orElseThrow();
        EtcdMember victim = cluster.member((leader.index() + 1) % 3);
        EtcdMember other = cluster.member((leader.index() + 2) % 3);
        long oldPid = victim.pid();
        victim.kill();
        assertThat(victim.isRunning()).isFalse();
        assertThat(ProcessHandle.of(oldPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThatThrownBy(() -> Http.get(victim.clientEndpoint() + "/health"))
                .isInstanceOf(ConnectException.class);

        // the other two still have a quorum: write through one, read through the other
        assertThat(Http.v3Put(other.clientEndpoint(), "x", "1").statusCode()).isEqualTo(200);
        assertThat(Http.putForm(leader.clientEndpoint() + "/v2/keys/y", "value", "2")
                .statusCode()).isEqualTo(201);
        assertThat(Http.v3Get(leader.clientEndpoint(), "x").body()).contains(value("1"));

        victim.restart();
        assertThat(victim.isRunning()).isTrue();
        assertThat(victim.pid()).isNotEqualTo(oldPid);
        // a linearizable read through the restarted member sees the writes it missed
        assertThat(Http.v3Get(victim.clientEndpoint(), "x").body()).contains(value("1"));
        assertThat(Http.get(victim.clientEndpoint() + "/v2/keys/y?quorum=true").body())
                .contains("\"value\":\"2\"");
    }

    @Test
    void killingTheLeaderElectsANewOne() throws Exception {
        EtcdMember oldLeader = cluster.leader().orElseThrow();
        oldLeader.kill();
        cluster.awaitHealthy(Duration.ofSeconds(15));
        EtcdMember newLeader = cluster.leader().orElseThrow();
        assertThat(newLeader).isNotSameAs(oldLeader);
        assertThat(Http.v3Put(newLeader.clientEndpoint(), "after", "election").statusCode())
                .isEqualTo(200);
        oldLeader.restart();
        assertThat(Http.v3Get(oldLeader.clientEndpoint(), "after").body())
                .contains(value("election"));
    }

    @Test
    void pausedMemberHangsUntilResumed() throws Exception {
        EtcdMember leader = cluster.leader().orElseThrow();
        EtcdMember member = cluster.member((leader.index() + 1) % 3); // a follower
        member.pause();
        assertThat(member.isPaused()).isTrue();
        assertThat(member.isRunning()).isTrue();
        assertThatThrownBy(() -> Http.get(member.clientEndpoint() + "/health",
                Duration.ofMillis(500))).isInstanceOf(HttpTimeoutException.class);
        // the other two keep serving
        assertThat(Http.v3Put(leader.clientEndpoint(), "p", "v").statusCode())
                .isEqualTo(200);

        member.resume();
        assertThat(member.isPaused()).isFalse();
        HttpResponse<String> after =
                Http.get(member.clientEndpoint() + "/version", Duration.ofSeconds(5));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("etcdserver");
    }

    @Test
    void stopTerminatesAndRestartServesAgain() throws Exception {
        EtcdMember member = cluster.member(0);
        member.stop();
        assertThat(member.isRunning()).isFalse();
        assertThat(Files.readString(member.logFile())).contains("received signal; shutting down");
        assertThat(Http.v3Put(cluster.member(1).clientEndpoint(), "k", "v").statusCode())
                .isEqualTo(200);
        member.restart();
        assertThat(Http.v3Get(member.clientEndpoint(), "k").body()).contains(value("v"));
    }

    private static String value(String plain) {
        return "\"value\":\"" + Http.b64(plain) + "\"";
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
