package io.etcdj.internal.grpc;

import io.etcdj.internal.transport.Attempt;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.StatusCode;
import io.grpc.Attributes;
import io.grpc.ClientCall;
import io.grpc.ClientStreamTracer;
import io.grpc.Metadata;
import io.grpc.Status;

/** One gRPC call made for one attempt: turns gRPC's callbacks into the transport-neutral ones. */
final class GrpcAttempt<R> extends ClientCall.Listener<R> implements Attempt {
    private static final StatusCode[] CODES = new StatusCode[Status.Code.values().length];

    static {
        for (Status.Code c : Status.Code.values()) {
            CODES[c.ordinal()] = StatusCode.valueOf(c.name());
        }
    }

    private final AttemptListener<R> listener;
    /**
     * Reports the attempt as sent once gRPC gave it a stream on a real transport, after which the
     * request may have reached the server (gRPC creates tracers before it picks a transport, so
     * only {@code streamCreated} counts).
     */
    final ClientStreamTracer tracer = new ClientStreamTracer() {
        @Override
        public void streamCreated(Attributes transportAttrs, Metadata headers) {
            listener.onSent();
        }
    };
    volatile ClientCall<?, R> call;

    GrpcAttempt(AttemptListener<R> listener) {
        this.listener = listener;
    }

    @Override
    public void onMessage(R message) {
        listener.onMessage(message);
    }

    @Override
    public void onClose(Status status, Metadata trailers) {
        listener.onClose(code(status), status.getDescription(), status.getCause());
    }

    /** @return the transport-neutral code of a gRPC status */
    static StatusCode code(Status status) {
        return CODES[status.getCode().ordinal()];
    }

    @Override
    public void cancel(String reason) {
        ClientCall<?, R> c = call;
        if (c != null) {
            c.cancel(reason, null);
        }
    }
}
