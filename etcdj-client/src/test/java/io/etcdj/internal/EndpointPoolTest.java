package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pool's choice of endpoint: ready connections first, round robin otherwise (pure code). */
class EndpointPoolTest {
    private final EndpointAddress a = EndpointAddress.parse("http://10.255.0.1:2379");
    private final EndpointAddress b = EndpointAddress.parse("http://10.255.0.2:2379");
    private final EndpointAddress c = EndpointAddress.parse("http://10.255.0.3:2379");
    private final FakeTransport transport = new FakeTransport();
    private final EndpointPool pool = new EndpointPool(transport, List.of(a, b, c));

    @Test
    void aReadyEndpointIsPreferredOverRoundRobin() {
        transport.ready.put(c, true);
        for (int i = 0; i < 10; i++) {
            assertThat(pool.pick(null).address).isEqualTo(c);
        }
        assertThat(pool.anyConnecting()).isFalse();
    }

    @Test
    void readyEndpointsShareTheCallsEvenly() {
        transport.ready.put(b, true);
        transport.ready.put(c, true);
        java.util.Map<EndpointAddress, Integer> picked = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            picked.merge(pool.pick(null).address, 1, Integer::sum);
        }
        assertThat(picked).containsOnlyKeys(b, c);
        assertThat(picked.get(b)).isEqualTo(6);
    }

    @Test
    void withNoneReadyEveryEndpointTakesItsTurn() {
        Set<EndpointAddress> picked = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            picked.add(pool.pick(null).address);
        }
        assertThat(picked).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void theEndpointToAvoidIsAvoidedEvenWhenItIsTheOnlyReadyOne() {
        transport.ready.put(a, true);
        Endpoint ready = pool.find(a);
        for (int i = 0; i < 6; i++) {
            assertThat(pool.pick(ready)).isNotSameAs(ready);
        }
    }

    @Test
    void aSuspectReadyEndpointIsPassedOverWhileOthersAreHealthy() {
        transport.ready.put(a, true);
        transport.ready.put(b, true);
        pool.find(a).markFailed();
        for (int i = 0; i < 6; i++) {
            assertThat(pool.pick(null).address).isEqualTo(b);
        }
        pool.find(a).markHealthy();
        Set<EndpointAddress> picked = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            picked.add(pool.pick(null).address);
        }
        assertThat(picked).containsExactlyInAnyOrder(a, b);
    }
}
