package io.etcdj.internal.http;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.StatusCode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * One HTTP exchange of a {@link GatewayStream}: posts one request and reads the answer as a
 * stream of {@code {"result": ..}} and {@code {"error": ..}} objects, a buffer at a time (it asks
 * for the next only when the listener has taken the messages of the last, so a slow listener slows
 * the server down as gRPC's flow control would).
 */
final class StreamExchange<R extends Message> implements Flow.Subscriber<List<ByteBuffer>>,
        GatewayConnection.Cancellable {
    private final GatewayStream<?, R> stream;
    private final Rpc<?, R> rpc;
    private final byte[] body;
    private final JsonFrames frames;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile Flow.Subscription subscription;
    private volatile CompletableFuture<?> inFlight;

    StreamExchange(GatewayStream<?, R> stream, Rpc<?, R> rpc, byte[] body) {
        this.stream = stream;
        this.rpc = rpc;
        this.body = body;
        this.frames = new JsonFrames(stream.connection().maxInboundMessageBytes());
    }

    void start() {
        GatewayConnection c = stream.connection();
        if (rpc.gatewayPath() == null) {
            finish(StatusCode.UNIMPLEMENTED, "etcd's HTTP/JSON gateway does not serve " + rpc.fullName(), null);
            return;
        }
        c.track(this);
        c.prefix().whenComplete((prefix, error) -> {
            if (error != null) {
                Throwable cause = GatewayConnection.unwrap(error);
                finish(StatusCode.UNAVAILABLE, "cannot reach the gateway at " + c.address() + ": " + cause, cause);
                return;
            }
            if (cancelled) {
                finish(StatusCode.CANCELLED, "cancelled", null);
                return;
            }
            HttpRequest request = c.request(prefix, rpc.gatewayPath(), body, stream.metadata(), null,
                    UnaryOperator.identity());
            CompletableFuture<HttpResponse<byte[]>> f = c.http().sendAsync(request, info -> {
                if (info.statusCode() == 200) {
                    c.answered();
                    return HttpResponse.BodySubscribers.fromSubscriber(this, s -> null);
                }
                return HttpResponse.BodySubscribers.ofByteArray();
            });
            inFlight = f;
            f.whenCompleteAsync(this::ended, c.executor());
            if (cancelled) {
                f.cancel(true);
            }
        });
    }

    private void ended(HttpResponse<byte[]> response, Throwable error) {
        if (error != null) {
            Throwable cause = GatewayConnection.unwrap(error);
            StatusCode code = cancelled ? StatusCode.CANCELLED : GatewayConnection.codeOf(cause);
            if (code == StatusCode.UNAVAILABLE) {
                stream.connection().connectionFailed();
            }
            finish(code, String.valueOf(cause), cause);
            return;
        }
        if (response.statusCode() != 200) {
            stream.connection().answered();
            GatewayError e = GatewayError.of(response.statusCode(), response.body());
            finish(e.code(), e.message(), null);
            return;
        }
        if (!frames.atBoundary()) {
            finish(StatusCode.UNAVAILABLE, "the gateway's stream ended in the middle of a message", null);
            return;
        }
        finish(StatusCode.OK, null, null);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        try {
            for (ByteBuffer b : buffers) {
                frames.feed(b, this::frame);
            }
        } catch (JsonFrames.FrameTooLargeException e) {
            fail(StatusCode.RESOURCE_EXHAUSTED, e.getMessage(), null);
            return;
        } catch (IllegalArgumentException e) {
            fail(StatusCode.INTERNAL, "cannot read the gateway's " + rpc.fullName() + " stream: " + e.getMessage(), e);
            return;
        }
        if (!done.get()) {
            subscription.request(1);
        }
    }

    private void frame(String object) {
        if (done.get()) {
            return;
        }
        GatewayFrame f = GatewayFrame.of(object);
        if (f.name().equals("error")) {
            GatewayError e = GatewayError.ofStream(f.value());
            fail(e.code(), e.message(), null);
            return;
        }
        if (!f.name().equals("result")) {
            return; // a member a newer gateway may add
        }
        R message;
        try {
            message = GatewayJson.parse(f.value(), rpc.response());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        stream.deliver(this, message);
    }

    @Override
    public void onError(Throwable throwable) {
        // the response future fails with it: see ended()
    }

    @Override
    public void onComplete() {
        // the response future completes: see ended()
    }

    /** Ends the exchange from inside (an error object, an unreadable stream) and stops reading. */
    private void fail(StatusCode code, String message, Throwable cause) {
        finish(code, message, cause);
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private void finish(StatusCode code, String message, Throwable cause) {
        if (done.compareAndSet(false, true)) {
            stream.connection().untrack(this);
            stream.ended(this, code, message, cause);
        }
    }

    /**
     * The endpoint failed a liveness check: ends the exchange as a broken connection would.
     *
     * @param why for the status message
     */
    void broken(String why) {
        fail(StatusCode.UNAVAILABLE, why, null);
        CompletableFuture<?> f = inFlight;
        if (f != null) {
            f.cancel(true);
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void cancel(String reason) {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        CompletableFuture<?> f = inFlight;
        if (f != null) {
            f.cancel(true);
        }
        finish(StatusCode.CANCELLED, reason, null); // a cancelled body subscription may never complete the future
    }
}
