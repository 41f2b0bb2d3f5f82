package io.etcdj.internal.grpc;

import com.google.protobuf.Message;
import io.etcdj.internal.transport.Attempt;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.ClientStream;
import io.etcdj.internal.transport.StreamListener;
import io.etcdj.internal.transport.Connection;
import io.etcdj.internal.transport.Rpc;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ClientStreamTracer;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A gRPC channel to one endpoint, built without gRPC's retry layer (see {@link GrpcTransport}):
 * etcdj retries unary calls in its call pipeline and reopens broken streams itself. A unary
 * attempt whose stream the server refused, which gRPC's layer used to replay, is reported as never
 * sent by {@link GrpcAttempt}, so that the pipeline may send it again; a long-lived stream the
 * server refused ends like any broken stream and is reopened by the stream layer.
 */
final class GrpcConnection implements Connection {
    /** Tells the shared stream tracer factory which attempt a new stream belongs to. */
    private static final CallOptions.Key<GrpcAttempt<?>> ATTEMPT = CallOptions.Key.create("etcdj-attempt");

    private static final ClientStreamTracer NOOP = new ClientStreamTracer() {
    };

    /** One factory for every attempt: hands gRPC the attempt's own tracer. */
    private static final ClientStreamTracer.Factory SENT_TRACKER = new ClientStreamTracer.Factory() {
        @Override
        public ClientStreamTracer newClientStreamTracer(ClientStreamTracer.StreamInfo info, Metadata headers) {
            GrpcAttempt<?> attempt = info.getCallOptions().getOption(ATTEMPT);
            return attempt != null ? attempt.tracer : NOOP;
        }
    };

    /** The options every attempt starts from, made once. */
    private static final CallOptions BASE_OPTIONS = CallOptions.DEFAULT.withStreamTracerFactory(SENT_TRACKER);

    private final ManagedChannel channel;

    GrpcConnection(ManagedChannel channel) {
        this.channel = channel;
    }

    @Override
    public <Q extends Message, R extends Message> Attempt start(Rpc<Q, R> rpc, Q request, long timeoutNanos,
            Map<String, String> metadata, AttemptListener<R> listener) {
        GrpcAttempt<R> attempt = new GrpcAttempt<>(listener);
        CallOptions options = BASE_OPTIONS.withDeadlineAfter(timeoutNanos, TimeUnit.NANOSECONDS)
                .withOption(ATTEMPT, attempt);
        ClientCall<Q, R> call = channel.newCall(GrpcMethods.of(rpc), options);
        attempt.call = call;
        try {
            call.start(attempt, headers(metadata));
            call.request(2);
            call.sendMessage(request);
            call.halfClose();
        } catch (RuntimeException e) {
            call.cancel("failed to send", e);
            throw e;
        }
        return attempt;
    }

    @Override
    public <Q extends Message, R extends Message> ClientStream<Q> openStream(Rpc<Q, R> rpc,
            Map<String, String> metadata, StreamListener<R> listener) {
        GrpcStream<Q, R> stream = new GrpcStream<>(channel.newCall(GrpcMethods.of(rpc), CallOptions.DEFAULT), listener);
        stream.start(headers(metadata));
        return stream;
    }

    private static Metadata headers(Map<String, String> metadata) {
        Metadata headers = new Metadata();
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            headers.put(Metadata.Key.of(e.getKey(), Metadata.ASCII_STRING_MARSHALLER), e.getValue());
        }
        return headers;
    }

    @Override
    public boolean isReady() {
        return channel.getState(false) == ConnectivityState.READY;
    }

    @Override
    public void connect() {
        channel.getState(true);
    }

    @Override
    public boolean isConnecting() {
        ConnectivityState s = channel.getState(false);
        return s == ConnectivityState.IDLE || s == ConnectivityState.CONNECTING;
    }

    @Override
    public void whenStateChanges(Runnable action, java.util.concurrent.Executor executor) {
        ConnectivityState s = channel.getState(false);
        if (s != ConnectivityState.SHUTDOWN) {
            channel.notifyWhenStateChanged(s, () -> {
                try {
                    executor.execute(action);
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    // the client is closing: nobody waits any more
                }
            });
        }
    }

    @Override
    public void reconnectNow() {
        if (channel.getState(false) == ConnectivityState.TRANSIENT_FAILURE) {
            channel.resetConnectBackoff();
        }
    }

    @Override
    public void shutdown() {
        channel.shutdown();
    }

    @Override
    public void shutdownNow() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
