package io.etcdj.internal.grpc;

import io.etcdj.internal.transport.ClientStream;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.internal.transport.StreamListener;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.Status;

/** A gRPC call used as a long-lived stream; asks for one message at a time (gRPC flow control). */
final class GrpcStream<Q, R> extends ClientCall.Listener<R> implements ClientStream<Q> {
    private final StreamListener<R> listener;
    private final ClientCall<Q, R> call;

    GrpcStream(ClientCall<Q, R> call, StreamListener<R> listener) {
        this.call = call;
        this.listener = listener;
    }

    void start(Metadata headers) {
        call.start(this, headers);
        call.request(1);
    }

    @Override
    public void onMessage(R message) {
        try {
            listener.onMessage(message);
        } finally {
            call.request(1);
        }
    }

    @Override
    public void onClose(Status status, Metadata trailers) {
        listener.onClose(GrpcAttempt.code(status), status.getDescription(), status.getCause());
    }

    @Override
    public synchronized void send(Q message) {
        try {
            call.sendMessage(message);
        } catch (IllegalStateException e) {
            // the stream has ended or is ending; its listener hears of it through onClose
        }
    }

    @Override
    public synchronized void halfClose() {
        try {
            call.halfClose();
        } catch (IllegalStateException e) {
            // ended already
        }
    }

    @Override
    public void cancel(String reason) {
        call.cancel(reason, null);
    }
}
