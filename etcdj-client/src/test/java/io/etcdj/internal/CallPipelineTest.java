package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.InternalException;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.UnauthenticatedException;
import io.etcdj.grpc.PutRequest;
import io.etcdj.grpc.PutResponse;
import io.etcdj.grpc.RangeRequest;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.grpc.ResponseHeader;
import io.etcdj.internal.FakeTransport.FakeAttempt;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.internal.transport.StatusCode;
import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call pipeline's rules (retries, outcomes, deadlines, cancellation, credentials, endpoint
 * choice) over a scripted transport, where each failure can be made to happen exactly when the
 * rule is about. The same pipeline runs against real etcd in the other tests.
 */
class CallPipelineTest {
    private static final EndpointAddress A = EndpointAddress.parse("http://10.255.0.1:1");
    private static final EndpointAddress B = EndpointAddress.parse("http://10.255.0.2:1");
    private static final RangeResponse RANGE_OK = RangeResponse.newBuilder()
            .setHeader(ResponseHeader.newBuilder().setRevision(1)).build();
    private static final PutResponse PUT_OK = PutResponse.newBuilder()
            .setHeader(ResponseHeader.newBuilder().setRevision(2)).build();
    private static final PutRequest PUT = PutRequest.newBuilder().setKey(ByteString.copyFromUtf8("k")).build();
    private static final RangeRequest GET = RangeRequest.newBuilder().setKey(ByteString.copyFromUtf8("k")).build();

    private final FakeTransport transport = new FakeTransport();
    private ClientRuntime runtime;

    private ClientRuntime runtime(Duration timeout, Duration connectTimeout, MetadataProvider metadata,
            java.util.concurrent.Executor executor, EndpointAddress... endpoints) {
        runtime = new ClientRuntime(new ClientConfig(List.of(endpoints), timeout, connectTimeout,
                StandardCharsets.UTF_8, "test", Integer.MAX_VALUE, Map.of(), executor, Duration.ofSeconds(30),
                Duration.ofSeconds(10), null, TlsConfig.DEFAULT), transport, metadata);
        return runtime;
    }

    private ClientRuntime runtime(Duration timeout, EndpointAddress... endpoints) {
        return runtime(timeout, Duration.ofSeconds(2), MetadataProvider.NONE, null, endpoints);
    }

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private static EtcdException failure(CompletableFuture<?> f) {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return (EtcdException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the call succeeded");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aCancelBetweenTheDoneCheckAndTheStartStillCancelsTheAttempt() throws Exception {
        AtomicReference<CompletableFuture<?>> call = new AtomicReference<>();
        AtomicInteger n = new AtomicInteger();
        transport.scripts.put(A, a -> {
            if (n.incrementAndGet() == 1) {
                a.close(StatusCode.UNAVAILABLE, "connection refused"); // never sent: retried
            } else {
                call.get().cancel(true); // the caller cancels while this attempt is being started
                a.sent();
            }
        });
        ClientRuntime rt = runtime(Duration.ofSeconds(5), A);
        CompletableFuture<PutResponse> f = rt.pipeline().unary(Rpcs.KV_PUT, PUT, null, false, r -> r);
        call.set(f);
        await(() -> transport.attempts.size() == 2 && transport.attempts.get(1).closed);
        assertThat(f).isCancelled();
        assertThat(transport.attempts.get(1).cancelled).as("the write's attempt was cancelled").isTrue();
    }

    @Test
    void anOkAnswerWithoutAResponseIsAnInternalErrorWithAnUnknownOutcome() {
        transport.scripts.put(A, a -> {
            a.sent();
            a.ok(null);
        });
        EtcdException e = failure(runtime(Duration.ofSeconds(5), A).pipeline().unary(Rpcs.KV_PUT, PUT, null, false, r -> r));
        assertThat(e).isInstanceOf(InternalException.class);
        assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void aResponseThatCannotBeMappedIsAnInternalError() {
        transport.scripts.put(A, a -> {
            a.sent();
            a.ok(RANGE_OK);
        });
        EtcdException e = failure(runtime(Duration.ofSeconds(5), A).pipeline().unary(Rpcs.KV_RANGE, GET, null, true,
                r -> {
                    throw new ClassCastException("broken mapper");
                }));
        assertThat(e).isInstanceOf(InternalException.class).hasCauseInstanceOf(ClassCastException.class);
    }

    @Test
    void aRepeatableWriteWhoseFirstAttemptWasSentIsUnknownWhateverTheRetrySaw() {
        AtomicInteger n = new AtomicInteger();
        transport.scripts.put(A, a -> {
            if (n.incrementAndGet() == 1) {
                a.sent(); // reached the member, which then died
            }
            a.close(StatusCode.UNAVAILABLE, "connection refused");
        });
        EtcdException e = failure(runtime(Duration.ofMillis(400), Duration.ofMillis(100), MetadataProvider.NONE, null, A)
                .pipeline().unary(Rpcs.KV_PUT, PUT, null, true, r -> r));
        assertThat(n.get()).isGreaterThan(1);
        assertThat(e).isInstanceOf(ConnectionException.class);
        assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void aDeadlineThatPassesBeforeTheRetryIsSentIsUnknownAfterASentAttempt() {
        AtomicInteger asked = new AtomicInteger();
        ScheduledDelay delay = new ScheduledDelay();
        MetadataProvider slowSecondTime = () -> asked.incrementAndGet() == 1
                ? CompletableFuture.completedFuture(Map.of())
                : delay.after(Duration.ofMillis(600), Map.of());
        transport.scripts.put(A, a -> {
            a.sent();
            a.close(StatusCode.UNAVAILABLE, "connection reset");
        });
        EtcdException e = failure(runtime(Duration.ofMillis(300), Duration.ofSeconds(2), slowSecondTime, null, A)
                .pipeline().unary(Rpcs.KV_PUT, PUT, null, true, r -> r));
        delay.close();
        assertThat(e).isInstanceOf(EtcdTimeoutException.class);
        assertThat(e.getMessage()).contains("before the request could be sent");
        assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void statusUnknownChannelClosedIsRetriedForAReadOnAnotherMember() throws Exception {
        transport.scripts.put(A, a -> {
            a.sent();
            a.close(StatusCode.UNKNOWN, "channel closed");
        });
        transport.scripts.put(B, a -> {
            a.sent();
            a.ok(RANGE_OK);
        });
        long start = System.nanoTime();
        RangeResponse r = runtime(Duration.ofSeconds(5), A, B).pipeline()
                .unary(Rpcs.KV_RANGE, GET, null, true, x -> x).get(5, TimeUnit.SECONDS);
        assertThat(r.getHeader().getRevision()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aReadUsesItsWholeDeadlineWhileTheMemberAnswers() throws Exception {
        long start = System.nanoTime();
        long okAfter = TimeUnit.MILLISECONDS.toNanos(880);
        transport.scripts.put(A, a -> {
            a.sent();
            if (System.nanoTime() - start < okAfter) {
                a.close(StatusCode.UNAVAILABLE, ErrorCode.TIMEOUT.serverMessage());
            } else {
                a.ok(RANGE_OK);
            }
        });
        RangeResponse r = runtime(Duration.ofSeconds(1), A).pipeline()
                .unary(Rpcs.KV_RANGE, GET, null, true, x -> x).get(5, TimeUnit.SECONDS);
        assertThat(r).isEqualTo(RANGE_OK);
    }

    @Test
    void aRefusedAttemptDoesNotEndACallWhileAnotherMemberIsConnected() throws Exception {
        long start = System.nanoTime();
        transport.scripts.put(A, a -> a.close(StatusCode.UNAVAILABLE, "connection refused"));
        transport.ready.put(B, true);
        transport.scripts.put(B, a -> {
            a.sent();
            if (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(400)) {
                a.close(StatusCode.UNAVAILABLE, ErrorCode.NO_LEADER.serverMessage());
            } else {
                a.ok(RANGE_OK);
            }
        });
        RangeResponse r = runtime(Duration.ofSeconds(3), Duration.ofMillis(50), MetadataProvider.NONE, null, A, B)
                .pipeline().unary(Rpcs.KV_RANGE, GET, null, true, x -> x).get(5, TimeUnit.SECONDS);
        assertThat(r).isEqualTo(RANGE_OK);
        assertThat(transport.attempts.stream().filter(a -> a.endpoint.equals(A))).isNotEmpty();
    }

    @Test
    void withNoMemberConnectedARefusedCallEndsAtTheConnectTimeout() {
        transport.scripts.put(A, a -> a.close(StatusCode.UNAVAILABLE, "connection refused"));
        long start = System.nanoTime();
        EtcdException e = failure(runtime(Duration.ofSeconds(10), Duration.ofMillis(200), MetadataProvider.NONE, null, A)
                .pipeline().unary(Rpcs.KV_RANGE, GET, null, true, x -> x));
        assertThat(e).isInstanceOf(ConnectionException.class);
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void etcdsOwnTimeoutAnswerDoesNotMarkTheMemberFailedButARefusalDoes() throws Exception {
        AtomicInteger n = new AtomicInteger();
        transport.scripts.put(A, a -> {
            a.sent();
            if (n.incrementAndGet() == 1) {
                a.close(StatusCode.UNAVAILABLE, ErrorCode.TIMEOUT.serverMessage());
            } else {
                a.ok(RANGE_OK);
            }
        });
        ClientRuntime rt = runtime(Duration.ofSeconds(5), A, B);
        transport.scripts.put(B, a -> a.close(StatusCode.UNAVAILABLE, ErrorCode.TIMEOUT.serverMessage()));
        rt.pipeline().unary(Rpcs.KV_RANGE, GET, null, true, CallTarget.endpoint(A), x -> x).get(5, TimeUnit.SECONDS);
        Endpoint a = rt.pool().find(A);
        assertThat(a.isSuspect(System.nanoTime())).isFalse();
        transport.scripts.put(B, x -> x.close(StatusCode.UNAVAILABLE, "connection refused"));
        failure(rt.pipeline().unary(Rpcs.KV_PUT, PUT, Duration.ofMillis(100), false, CallTarget.endpoint(B), x -> x));
        assertThat(rt.pool().find(B).isSuspect(System.nanoTime())).isTrue();
    }

    @Test
    void rejectedCredentialsAreRefreshedAndTheWriteTriedOnceMore() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        AtomicReference<String> token = new AtomicReference<>("old");
        MetadataProvider auth = new MetadataProvider() {
            @Override
            public CompletableFuture<Map<String, String>> metadata() {
                return CompletableFuture.completedFuture(Map.of("token", token.get()));
            }

            @Override
            public boolean refresh(Map<String, String> rejected) {
                refreshes.incrementAndGet();
                token.set("new");
                return true;
            }
        };
        transport.scripts.put(A, a -> {
            a.sent();
            if (a.metadata.get("token").equals("old")) {
                a.close(StatusCode.UNAUTHENTICATED, ErrorCode.INVALID_AUTH_TOKEN.serverMessage());
            } else {
                a.ok(PUT_OK);
            }
        });
        PutResponse r = runtime(Duration.ofSeconds(5), Duration.ofSeconds(2), auth, null, A).pipeline()
                .unary(Rpcs.KV_PUT, PUT, null, false, x -> x).get(5, TimeUnit.SECONDS);
        assertThat(r).isEqualTo(PUT_OK);
        assertThat(refreshes.get()).isEqualTo(1);
        assertThat(transport.attempts).hasSize(2);
    }

    @Test
    void credentialsRejectedAgainAfterARefreshFailTheCallAsNotApplied() {
        AtomicInteger refreshes = new AtomicInteger();
        MetadataProvider auth = new MetadataProvider() {
            @Override
            public CompletableFuture<Map<String, String>> metadata() {
                return CompletableFuture.completedFuture(Map.of("token", "bad"));
            }

            @Override
            public boolean refresh(Map<String, String> rejected) {
                refreshes.incrementAndGet();
                return true;
            }
        };
        transport.scripts.put(A, a -> {
            a.sent();
            a.close(StatusCode.UNAUTHENTICATED, ErrorCode.INVALID_AUTH_TOKEN.serverMessage());
        });
        EtcdException e = failure(runtime(Duration.ofSeconds(5), Duration.ofSeconds(2), auth, null, A).pipeline()
                .unary(Rpcs.KV_PUT, PUT, null, false, x -> x));
        assertThat(e).isInstanceOf(UnauthenticatedException.class);
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(refreshes.get()).isEqualTo(1);
        assertThat(transport.attempts).hasSize(2);
    }

    @Test
    void aFailingMetadataProviderFailsTheCallWithItsError() {
        MetadataProvider broken = () -> CompletableFuture.failedFuture(new IllegalStateException("no token"));
        EtcdException e = failure(runtime(Duration.ofSeconds(5), Duration.ofSeconds(2), broken, null, A).pipeline()
                .unary(Rpcs.KV_PUT, PUT, null, false, x -> x));
        assertThat(e).isInstanceOf(InternalException.class);
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(transport.attempts).isEmpty();
    }

    @Test
    void closingTheClientReportsASentWriteAsUnknownAndAnUnsentOneAsNotApplied() throws Exception {
        transport.scripts.put(A, FakeAttempt::sent); // reaches the server, no answer
        ClientRuntime rt = runtime(Duration.ofSeconds(30), A);
        CompletableFuture<PutResponse> sent = rt.pipeline().unary(Rpcs.KV_PUT, PUT, null, false, x -> x);
        transport.scripts.put(B, x -> x.close(StatusCode.UNAVAILABLE, "connection refused"));
        rt.updateEndpoints(List.of(A, B));
        CompletableFuture<RangeResponse> waiting = rt.pipeline()
                .unary(Rpcs.KV_RANGE, GET, null, true, CallTarget.endpoint(B), x -> x);
        await(() -> transport.attempts.stream().anyMatch(a -> a.endpoint.equals(B)));
        rt.close();
        EtcdException e = failure(sent);
        assertThat(e).isInstanceOf(ClientClosedException.class);
        assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
        EtcdException w = failure(waiting);
        assertThat(w).isInstanceOf(ClientClosedException.class);
        assertThat(w.outcome()).isEqualTo(Outcome.NOT_APPLIED);
    }

    @Test
    void aPinnedCallGoesOnlyToItsEndpointAndAnUnknownOneIsRejected() throws Exception {
        AtomicInteger n = new AtomicInteger();
        transport.scripts.put(A, a -> a.close(StatusCode.UNAVAILABLE, "refused"));
        transport.scripts.put(B, a -> {
            a.sent();
            if (n.incrementAndGet() < 3) {
                a.close(StatusCode.UNAVAILABLE, ErrorCode.TIMEOUT.serverMessage());
            } else {
                a.ok(RANGE_OK);
            }
        });
        ClientRuntime rt = runtime(Duration.ofSeconds(5), A, B);
        rt.pipeline().unary(Rpcs.KV_RANGE, GET, null, true, CallTarget.endpoint(B), x -> x).get(5, TimeUnit.SECONDS);
        assertThat(transport.attempts).hasSize(3).allMatch(a -> a.endpoint.equals(B));
        EtcdException e = failure(rt.pipeline().unary(Rpcs.KV_RANGE, GET, null, true,
                CallTarget.endpoint(EndpointAddress.parse("http://10.255.0.9:1")), x -> x));
        assertThat(e).isInstanceOf(InvalidArgumentException.class).hasMessageContaining("not one of the client's endpoints");
    }

    @Test
    void aCallInFlightOnARemovedEndpointFinishesAndNewCallsUseTheNewSet() throws Exception {
        AtomicReference<FakeAttempt> inFlight = new AtomicReference<>();
        transport.scripts.put(A, a -> {
            a.sent();
            inFlight.set(a);
        });
        transport.scripts.put(B, a -> {
            a.sent();
            a.ok(RANGE_OK);
        });
        ClientRuntime rt = runtime(Duration.ofSeconds(5), A);
        CompletableFuture<RangeResponse> first = rt.pipeline().unary(Rpcs.KV_RANGE, GET, null, true, x -> x);
        rt.updateEndpoints(List.of(B));
        assertThat(rt.endpoints()).containsExactly(B);
        inFlight.get().ok(RANGE_OK);
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(RANGE_OK);
        rt.pipeline().unary(Rpcs.KV_RANGE, GET, null, true, x -> x).get(5, TimeUnit.SECONDS);
        assertThat(transport.attempts.get(1).endpoint).isEqualTo(B);
        assertThatThrownBy(() -> rt.updateEndpoints(List.of())).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void futuresCompleteOnTheCallbackExecutor() throws Exception {
        ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-callbacks"));
        try {
            transport.scripts.put(A, a -> {
                a.sent();
                new Thread(() -> { // the answer comes on a transport thread, after the caller attached its stage
                    sleep(100);
                    a.ok(RANGE_OK);
                }, "transport").start();
            });
            String thread = runtime(Duration.ofSeconds(5), Duration.ofSeconds(2), MetadataProvider.NONE, callbacks, A)
                    .pipeline().unary(Rpcs.KV_RANGE, GET, null, true, x -> x)
                    .thenApply(x -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
            assertThat(thread).isEqualTo("my-callbacks");
        } finally {
            callbacks.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Completes futures after a delay, on a thread of its own. */
    private static final class ScheduledDelay implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor();

        <T> CompletableFuture<T> after(Duration delay, T value) {
            CompletableFuture<T> f = new CompletableFuture<>();
            exec.schedule(() -> f.complete(value), delay.toMillis(), TimeUnit.MILLISECONDS);
            return f;
        }

        @Override
        public void close() {
            exec.shutdownNow();
        }
    }

    @Test
    void completionExceptionsAreUnwrapped() {
        MetadataProvider broken = () -> CompletableFuture.failedFuture(
                new CompletionException(new ConnectionException(ErrorCode.UNAVAILABLE, Outcome.NOT_APPLIED, "x", null)));
        EtcdException e = failure(runtime(Duration.ofSeconds(5), Duration.ofSeconds(2), broken, null, A).pipeline()
                .unary(Rpcs.KV_PUT, PUT, null, false, x -> x));
        assertThat(e).isInstanceOf(ConnectionException.class);
    }
}
