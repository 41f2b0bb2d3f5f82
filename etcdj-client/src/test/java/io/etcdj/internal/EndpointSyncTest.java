package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.ResponseHeader;
import io.etcdj.cluster.AsyncCluster;
import io.etcdj.cluster.Member;
import io.etcdj.cluster.MemberListResponse;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.Outcome;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Which member URLs a sync keeps, and that a failed sync changes nothing (pure code; the sync
 * against a real cluster is in EndpointDiscoveryTest).
 */
class EndpointSyncTest {
    private final EndpointAddress given = EndpointAddress.parse("http://10.255.0.1:2379");
    private final EndpointPool pool = new EndpointPool(new FakeTransport(), List.of(given));
    private final AtomicReference<CompletableFuture<MemberListResponse>> answer = new AtomicReference<>();
    private final AsyncCluster cluster = (AsyncCluster) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {AsyncCluster.class}, (proxy, method, args) -> {
                if (method.getName().equals("memberList") && method.getParameterCount() == 0) {
                    return answer.get();
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final EndpointSync sync = new EndpointSync(cluster, pool);

    private static Member member(long id, List<String> clientUrls, boolean learner) {
        return new Member(id, "m" + id, List.of("http://10.255.1." + id + ":2380"), clientUrls, learner);
    }

    private void members(Member... members) {
        answer.set(CompletableFuture.completedFuture(
                new MemberListResponse(new ResponseHeader(1, 1, 1, 1), List.of(members))));
    }

    @Test
    void startedVotingMembersBecomeTheEndpointsWithTheirOwnSchemes() throws Exception {
        members(member(1, List.of("http://10.255.0.1:2379"), false),
                member(2, List.of("https://10.255.0.2:2379", "http://10.255.0.2:22379"), false),
                member(3, List.of(), false), // added, not started
                member(4, List.of("http://10.255.0.4:2379"), true), // learner
                member(5, List.of("unix://nowhere", "http://10.255.0.1:2379"), false)); // bad URL, duplicate
        List<EndpointAddress> set = sync.sync().get();
        assertThat(set).extracting(EndpointAddress::toString).containsExactly("http://10.255.0.1:2379",
                "https://10.255.0.2:2379", "http://10.255.0.2:22379");
        assertThat(pool.addresses()).isEqualTo(set);
        members(member(2, List.of("https://10.255.0.2:2379"), false));
        assertThat(sync.sync().get()).extracting(EndpointAddress::toString).containsExactly("https://10.255.0.2:2379");
        assertThat(pool.addresses()).extracting(EndpointAddress::toString).containsExactly("https://10.255.0.2:2379");
    }

    @Test
    void aFailedSyncKeepsTheEndpoints() {
        answer.set(CompletableFuture.failedFuture(
                new ConnectionException(ErrorCode.UNAVAILABLE, Outcome.NOT_APPLIED, "no member answered", null)));
        assertThatThrownBy(() -> sync.sync().get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ConnectionException.class);
        assertThat(pool.addresses()).containsExactly(given);
    }

    @Test
    void aMemberListWithoutUsableUrlsKeepsTheEndpoints() {
        members(member(3, List.of(), false), member(4, List.of("http://10.255.0.4:2379"), true));
        assertThatThrownBy(() -> sync.sync().get()).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("no started member");
        assertThat(pool.addresses()).containsExactly(given);
    }
}
