package io.etcdj.internal.grpc;

import io.etcdj.internal.transport.Attempt;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.StatusCode;
import io.grpc.Attributes;
import io.grpc.ClientCall;
import io.grpc.ClientStreamTracer;
import io.grpc.Metadata;
import io.grpc.Status;

/**
 * One gRPC call made for one attempt: turns gRPC's callbacks into the transport-neutral ones.
 *
 * <p>Unary attempts run on a channel without gRPC's retry layer, so gRPC no longer replays a
 * stream the server refused. This class tells such a stream apart instead, and then closes the
 * attempt without {@link AttemptListener#onSent()}, so that the call pipeline knows the request
 * never took effect and may send it again (the outcome rules: only an attempt that provably never
 * reached the server counts as not sent). It waits until the attempt ends before it reports
 * {@code onSent} (the pipeline reads that flag only then), and reports it unless one of these
 * holds:
 * <ul>
 *   <li>gRPC never had a stream for it on a live connection ({@code streamCreated} never came);
 *   <li>the request's HTTP/2 HEADERS frame never reached the socket (gRPC's
 *       {@code outboundHeaders} never came): the server cannot have begun a request it never
 *       received, and a unary request is complete only with the DATA frame sent after it;
 *   <li>the server refused the stream: RST_STREAM with REFUSED_STREAM, or a GOAWAY without error
 *       whose last stream id is below this stream's. HTTP/2 (RFC 9113, 8.7) guarantees that such
 *       a stream was not processed; these are the two cases in which gRPC's own transparent retry
 *       replays a stream it had sent ({@code RpcProgress.REFUSED}). gRPC does not pass that
 *       progress to callers, so they are recognised by the status gRPC's Netty transport gives
 *       them ({@link #refused}); a status worded otherwise counts as sent, the safe side.
 * </ul>
 */
final class GrpcAttempt<R> extends ClientCall.Listener<R> implements Attempt {
    private static final StatusCode[] CODES = new StatusCode[Status.Code.values().length];

    /** gRPC-Netty's status for a stream closed by RST_STREAM(REFUSED_STREAM). */
    static final String REFUSED_BY_RESET = "RST_STREAM closed stream. HTTP/2 error code: REFUSED_STREAM";
    /**
     * gRPC-Netty's status for a sent stream above a GOAWAY's last stream id; only with NO_ERROR
     * does gRPC itself count it as refused (with another code it assumes it may have been processed).
     */
    static final String REFUSED_BY_GOAWAY = "Abrupt GOAWAY closed sent stream. HTTP/2 error code: NO_ERROR";
    /** What gRPC-Netty appends when the GOAWAY frame carried debug data. */
    private static final String DEBUG_DATA = ", debug data: ";

    static {
        for (Status.Code c : Status.Code.values()) {
            CODES[c.ordinal()] = StatusCode.valueOf(c.name());
        }
    }

    private final AttemptListener<R> listener;
    /** gRPC gave the attempt a stream on a real transport. */
    private volatile boolean streamCreated;
    /** The request's HEADERS frame was written to the socket. */
    private volatile boolean headersWritten;
    /** onSent was reported (touched on gRPC's serialized callback thread only). */
    private boolean sentReported;
    /** Records what gRPC did with the attempt's stream (gRPC creates tracers before it picks a transport). */
    final ClientStreamTracer tracer = new ClientStreamTracer() {
        @Override
        public void streamCreated(Attributes transportAttrs, Metadata headers) {
            streamCreated = true;
        }

        @Override
        public void outboundHeaders() {
            headersWritten = true;
        }
    };
    volatile ClientCall<?, R> call;

    GrpcAttempt(AttemptListener<R> listener) {
        this.listener = listener;
    }

    @Override
    public void onMessage(R message) {
        reportSent();
        listener.onMessage(message);
    }

    @Override
    public void onClose(Status status, Metadata trailers) {
        if (streamCreated && headersWritten && !refused(status)) {
            reportSent();
        }
        listener.onClose(code(status), status.getDescription(), status.getCause());
    }

    private void reportSent() {
        if (!sentReported) {
            sentReported = true;
            listener.onSent();
        }
    }

    /**
     * @param status how a stream ended
     * @return true when gRPC's Netty transport reports that the server refused the stream, so
     *     that it provably did not process it
     */
    static boolean refused(Status status) {
        if (status.getCode() != Status.Code.UNAVAILABLE) {
            return false;
        }
        String d = status.getDescription();
        return d != null && (exactly(d, REFUSED_BY_RESET) || exactly(d, REFUSED_BY_GOAWAY));
    }

    private static boolean exactly(String description, String text) {
        return description.startsWith(text) && (description.length() == text.length()
                || description.startsWith(DEBUG_DATA, text.length()));
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
