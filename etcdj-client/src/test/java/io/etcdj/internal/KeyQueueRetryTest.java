package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.etcdj.grpc.DeleteRangeResponse;
import io.etcdj.grpc.KeyValue;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.grpc.ResponseHeader;
import io.etcdj.grpc.ResponseOp;
import io.etcdj.grpc.TxnResponse;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.lock.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A lock or election entry's create txn and its own-key deletes are safe to repeat, so an attempt
 * whose outcome is unknown (the member died after the request reached it) is retried instead of
 * failing the acquire and leaving a key of a live session in everyone's way. Scripted transport:
 * the connection breaks after the request was sent, which real etcd cannot be made to do on cue.
 */
class KeyQueueRetryTest {
    private static final EndpointAddress A = EndpointAddress.parse("http://10.255.0.1:1");
    private static final EndpointAddress B = EndpointAddress.parse("http://10.255.0.2:1");
    private static final long LEASE = 0x1234abcdL;

    private final FakeTransport transport = new FakeTransport();
    private ClientRuntime runtime;

    private ClientRuntime runtime() {
        runtime = new ClientRuntime(new ClientConfig(List.of(A, B), Duration.ofSeconds(5), Duration.ofSeconds(2),
                StandardCharsets.UTF_8, "test", Integer.MAX_VALUE, Map.of(), null, Duration.ofSeconds(30),
                Duration.ofSeconds(10), null, TlsConfig.DEFAULT), transport, MetadataProvider.NONE);
        return runtime;
    }

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /** The else branch of the entry's txn: the key the lost first attempt created, first in line. */
    private static TxnResponse keyExists(String key, long createRevision) {
        KeyValue kv = KeyValue.newBuilder().setKey(ByteString.copyFromUtf8(key)).setCreateRevision(createRevision)
                .setModRevision(createRevision).setVersion(1).setLease(LEASE).build();
        RangeResponse range = RangeResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(createRevision))
                .addKvs(kv).setCount(1).build();
        return TxnResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(createRevision))
                .setSucceeded(false)
                .addResponses(ResponseOp.newBuilder().setResponseRange(range))
                .addResponses(ResponseOp.newBuilder().setResponseRange(range)).build();
    }

    private static Session session() {
        return new Session() {
            @Override
            public long leaseId() {
                return LEASE;
            }

            @Override
            public boolean isAlive() {
                return true;
            }

            @Override
            public CompletableFuture<Void> done() {
                return new CompletableFuture<>();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void anEntryTxnWhoseOutcomeIsUnknownIsRetriedAndFindsItsOwnKey() throws Exception {
        AtomicInteger n = new AtomicInteger();
        FakeTransport.Script script = a -> {
            if (n.incrementAndGet() == 1) {
                a.sent(); // reached the member, which then died: the txn may have been applied
                a.close(StatusCode.UNAVAILABLE, "connection reset");
            } else {
                a.sent();
                a.ok(keyExists("locks/x/" + Long.toHexString(LEASE), 7));
            }
        };
        transport.scripts.put(A, script);
        transport.scripts.put(B, script);
        ClientRuntime rt = runtime();
        KeyQueue queue = new KeyQueue(rt.asyncKv(), rt.asyncWatch(), rt.scheduler());

        Optional<KeyQueue.Entry> entry = queue.join("lock", "locks/x", "", session(), Duration.ofSeconds(5), false)
                .get(10, TimeUnit.SECONDS);

        assertThat(n.get()).isEqualTo(2);
        assertThat(entry).isPresent();
        assertThat(entry.get().revision()).as("the fencing token is the create revision of the first attempt's key")
                .isEqualTo(7);
        assertThat(entry.get().key()).isEqualTo("locks/x/" + Long.toHexString(LEASE));
    }

    @Test
    void releasingALockRepeatsADeleteWhoseOutcomeIsUnknown() throws Exception {
        AtomicInteger n = new AtomicInteger();
        FakeTransport.Script script = a -> {
            if (n.incrementAndGet() == 1) {
                a.sent();
                a.close(StatusCode.UNAVAILABLE, "connection reset");
            } else {
                a.sent();
                a.ok(DeleteRangeResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(9)).build());
            }
        };
        transport.scripts.put(A, script);
        transport.scripts.put(B, script);
        ClientRuntime rt = runtime();
        MutexImpl mutex = new MutexImpl("locks/x", "locks/x/" + Long.toHexString(LEASE), 7, session(), rt.asyncKv(),
                Duration.ofSeconds(5));

        mutex.release(); // before: a ConnectionException with outcome UNKNOWN, and the key possibly left behind

        assertThat(n.get()).isEqualTo(2);
        assertThat(mutex.isHeld()).isFalse();
    }

    @Test
    void aKeyMadeByACreateTxnAnsweredAfterTheDeadlineIsDeleted() throws Exception {
        String key = "locks/x/" + Long.toHexString(LEASE);
        AtomicInteger n = new AtomicInteger();
        CountDownLatch deleted = new CountDownLatch(1);
        FakeTransport.Script script = a -> {
            if (n.incrementAndGet() == 1) { // the create txn: applied, but its answer comes after the join's deadline
                a.sent();
                KeyValue kv = KeyValue.newBuilder().setKey(ByteString.copyFromUtf8(key)).setCreateRevision(5)
                        .setModRevision(5).setVersion(1).setLease(LEASE).build();
                RangeResponse range = RangeResponse.newBuilder().addKvs(kv).setCount(2).build();
                TxnResponse made = TxnResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(5))
                        .setSucceeded(true)
                        .addResponses(ResponseOp.newBuilder().setResponsePut(io.etcdj.grpc.PutResponse.getDefaultInstance()))
                        .addResponses(ResponseOp.newBuilder().setResponseRange(range)).build();
                new Thread(() -> {
                    try {
                        Thread.sleep(600);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    a.ok(made);
                }).start();
            } else { // the delete of the key it made
                a.sent();
                a.ok(DeleteRangeResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(6)).build());
                deleted.countDown();
            }
        };
        transport.scripts.put(A, script);
        transport.scripts.put(B, script);
        ClientRuntime rt = runtime();
        KeyQueue queue = new KeyQueue(rt.asyncKv(), rt.asyncWatch(), rt.scheduler());

        CompletableFuture<Optional<KeyQueue.Entry>> join = queue.join("lock", "locks/x", "", session(),
                Duration.ofMillis(200), false);

        assertThatThrownBy(() -> join.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(EtcdTimeoutException.class);
        assertThat(deleted.await(10, TimeUnit.SECONDS)).as("the key the late txn made is deleted").isTrue();
        assertThat(n.get()).isEqualTo(2);
    }

    @Test
    void onlyTheEntrysOwnKeyDeletesAreDeclaredRepeatable() {
        assertThat(KeyQueue.OWN_KEY.idempotent()).isTrue();
        assertThat(io.etcdj.kv.DeleteOptions.DEFAULT.idempotent()).isFalse();
    }
}
