package io.etcdj.lease;

import io.etcdj.TestClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdClient;
import io.etcdj.SharedEtcd;
import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.DuplicateLeaseException;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.LeaseNotFoundException;
import io.etcdj.kv.PutOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The lease facet against a real etcd: grant, revoke, time-to-live, list, keep-alive and its failures. */
class LeaseTest extends SharedEtcd {
    /** Records what a kept-alive lease's listener hears. */
    static final class Events implements LeaseListener {
        final CompletableFuture<EtcdException> lost = new CompletableFuture<>();
        final AtomicInteger refreshed = new AtomicInteger();

        @Override
        public void onLost(Lease lease, EtcdException cause) {
            lost.complete(cause);
        }

        @Override
        public void onRefreshed(Lease lease, long ttlSeconds) {
            refreshed.incrementAndGet();
        }
    }

    @Test
    void grantAttachTimeToLiveListAndRevoke() {
        LeaseGrant g = etcd.lease().grant(30);
        assertThat(g.id()).isPositive();
        assertThat(g.ttlSeconds()).isEqualTo(30);
        assertThat(g.idHex()).isEqualTo(Long.toHexString(g.id()));
        etcd.kv().put(p + "leased", "v", PutOptions.builder().leaseId(g.id()).build());
        LeaseTimeToLive ttl = etcd.lease().timeToLive(g.id(), true);
        assertThat(ttl.exists()).isTrue();
        assertThat(ttl.grantedTtlSeconds()).isEqualTo(30);
        assertThat(ttl.ttlSeconds()).isBetween(1L, 30L);
        assertThat(ttl.keysAsStrings()).containsExactly(p + "leased");
        assertThat(etcd.lease().timeToLive(g.id(), false).keys()).isEmpty();
        assertThat(etcd.lease().leases().ids()).contains(g.id());
        assertThat(etcd.lease().revoke(g.id()).revision()).isPositive();
        assertThat(etcd.kv().get(p + "leased").kvs()).isEmpty();
        LeaseTimeToLive gone = etcd.lease().timeToLive(g.id(), false);
        assertThat(gone.exists()).isFalse();
        assertThat(gone.ttlSeconds()).isEqualTo(-1);
        assertThatThrownBy(() -> etcd.lease().revoke(g.id())).isInstanceOf(LeaseNotFoundException.class);
    }

    @Test
    void aChosenIdIsGrantedOnceAndBadInputIsRejectedLocally() {
        long id = 0x7e57_0000_0000L + System.nanoTime() % 100_000;
        assertThat(etcd.lease().grant(30, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> etcd.lease().grant(30, id)).isInstanceOf(DuplicateLeaseException.class);
        assertThatThrownBy(() -> etcd.lease().grant(0)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.lease().grant(10, -5)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.lease().revoke(0)).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> etcd.lease().keepAlive(id, null)).isInstanceOf(InvalidArgumentException.class);
        etcd.lease().revoke(id);
    }

    @Test
    void keepAliveOnceRefreshesOrSaysTheLeaseIsGone() {
        LeaseGrant g = etcd.lease().grant(20);
        LeaseKeepAliveResponse r = etcd.lease().keepAliveOnce(g.id());
        assertThat(r.id()).isEqualTo(g.id());
        assertThat(r.ttlSeconds()).isEqualTo(20);
        etcd.lease().revoke(g.id());
        assertThatThrownBy(() -> etcd.lease().keepAliveOnce(g.id())).isInstanceOf(LeaseNotFoundException.class);
    }

    @Test
    void aKeptAliveLeaseOutlivesItsTtlAndStopsWhenAsked() throws Exception {
        Events events = new Events();
        Lease lease = etcd.lease().grantAndKeepAlive(2, events);
        etcd.kv().put(p + "alive", "v", PutOptions.builder().leaseId(lease.id()).build());
        Thread.sleep(5000);
        assertThat(lease.state()).isEqualTo(LeaseState.KEPT_ALIVE);
        assertThat(etcd.lease().timeToLive(lease.id(), false).exists()).isTrue();
        assertThat(etcd.kv().get(p + "alive").kvs()).hasSize(1);
        assertThat(events.refreshed.get()).isGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> etcd.lease().keepAlive(lease.id(), new Events()))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("kept alive already");
        lease.stopKeepAlive();
        assertThat(lease.state()).isEqualTo(LeaseState.STOPPED);
        Thread.sleep(3500);
        assertThat(etcd.lease().timeToLive(lease.id(), false).exists()).isFalse();
        assertThat(etcd.kv().get(p + "alive").kvs()).isEmpty();
        assertThat(events.lost).isNotDone();
    }

    @Test
    void aLeaseRevokedElsewhereIsReportedGoneWithinASecondOrSo() throws Exception {
        Events events = new Events();
        LeaseGrant g = etcd.lease().grant(3);
        Lease lease = etcd.lease().keepAlive(g.id(), events);
        Thread.sleep(300);
        try (EtcdClient other = TestClients.builder().endpoints(ETCD.endpoints()).build()) {
            other.lease().revoke(g.id());
        }
        long start = System.nanoTime();
        assertThat(events.lost.get(5, TimeUnit.SECONDS)).isInstanceOf(LeaseNotFoundException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(lease.state()).isEqualTo(LeaseState.GONE);
    }

    @Test
    void closingALeaseRevokesIt() {
        Lease lease = etcd.lease().grantAndKeepAlive(30, new Events());
        etcd.kv().put(p + "closing", "v", PutOptions.builder().leaseId(lease.id()).build());
        lease.close();
        assertThat(etcd.kv().get(p + "closing").kvs()).isEmpty();
        lease.close(); // gone already: not an error
    }

    @Test
    void aThousandLeasesAreKeptAliveOnOneClient() throws Exception {
        // the grants are a burst of 1,000 calls: over the gateway, on a loaded machine, the last
        // ones wait longer than the default 5 s deadline for their turn; keep-alive is under test here
        try (EtcdClient own = TestClients.builder().endpoints(ETCD.endpoints()).requestTimeout(Duration.ofSeconds(30))
                .build()) {
            List<CompletableFuture<Lease>> granted = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                granted.add(own.async().lease().grantAndKeepAlive(2, new Events()));
            }
            CompletableFuture.allOf(granted.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            Thread.sleep(4000);
            for (CompletableFuture<Lease> f : granted) {
                assertThat(f.get().state()).isEqualTo(LeaseState.KEPT_ALIVE);
            }
            assertThat(own.lease().timeToLive(granted.get(999).get().id(), false).exists()).isTrue();
            for (CompletableFuture<Lease> f : granted) {
                own.async().lease().revoke(f.get().id());
            }
        }
    }

    @Test
    void closingTheClientStopsItsKeepAlives() throws Exception {
        EtcdClient own = TestClients.builder().endpoints(ETCD.endpoints()).build();
        Events events = new Events();
        Lease lease = own.lease().grantAndKeepAlive(30, events);
        own.close();
        assertThat(events.lost.get(5, TimeUnit.SECONDS)).isInstanceOf(ClientClosedException.class);
        assertThat(lease.state()).isEqualTo(LeaseState.STOPPED);
        assertThatThrownBy(() -> own.lease().keepAlive(lease.id(), new Events())).isInstanceOf(ClientClosedException.class);
        etcd.lease().revoke(lease.id());
    }
}
