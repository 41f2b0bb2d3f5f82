package io.etcdj.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.testing.internal.PortAllocator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PortConflictRetryTest {

    @Test
    void retriesWithNewPortsWhenAPortIsTaken() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int taken = squatter.getLocalPort();
            AtomicInteger calls = new AtomicInteger();
            PortAllocator firstCallCollides = new PortAllocator() {
                @Override
                public List<Integer> allocate(int count) {
                    List<Integer> ports = new ArrayList<>(PortAllocator.loopback().allocate(count));
                    if (calls.getAndIncrement() == 0) {
                        ports.set(0, taken); // the client port of member 0 is already in use
                    }
                    return ports;
                }

                @Override
                public void release(Collection<Integer> ports) {
                    PortAllocator.loopback().release(ports);
                }
            };

            try (EtcdCluster cluster = EtcdCluster.builder().portAllocator(firstCallCollides)
                    .start()) {
                assertThat(calls.get()).isEqualTo(2);
                assertThat(cluster.member(0).clientPort()).isNotEqualTo(taken);
                assertThat(Http.get(cluster.member(0).clientEndpoint() + "/health").body())
                        .contains("\"health\":\"true\"");
            }
        }
    }
}
