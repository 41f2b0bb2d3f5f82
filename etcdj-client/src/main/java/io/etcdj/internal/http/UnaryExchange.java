package io.etcdj.internal.http;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.etcdj.internal.transport.Attempt;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.StatusCode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One attempt of a unary call over the gateway: one {@code POST}. The attempt counts as sent once
 * {@code java.net.http} starts sending the body, which it does only on a connected socket; a refused
 * or timed-out connect therefore never reached the server, and the pipeline may retry it anywhere.
 */
final class UnaryExchange<Q extends Message, R extends Message> implements Attempt, GatewayConnection.Cancellable {
    private final GatewayConnection connection;
    private final Rpc<Q, R> rpc;
    private final Q request;
    private final long deadline;
    private final Map<String, String> metadata;
    private final AttemptListener<R> listener;
    private final AtomicBoolean sent = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** 0 before its turn to start, 1 while it holds the connection's permit, 2 once it gave it back. */
    private final java.util.concurrent.atomic.AtomicInteger permit = new java.util.concurrent.atomic.AtomicInteger();
    /** The sender thread waiting for the answer, while one does; guarded by this. */
    private Thread worker;
    /** True once the exchange was handed to a sender thread; guarded by this. */
    private boolean submitted;
    private volatile String cancelReason;

    UnaryExchange(GatewayConnection connection, Rpc<Q, R> rpc, Q request, long timeoutNanos,
            Map<String, String> metadata, AttemptListener<R> listener) {
        this.connection = connection;
        this.rpc = rpc;
        this.request = request;
        this.deadline = System.nanoTime() + timeoutNanos;
        this.metadata = metadata;
        this.listener = listener;
    }

    void start() {
        if (rpc.gatewayPath() == null) {
            close(StatusCode.UNIMPLEMENTED, "etcd's HTTP/JSON gateway does not serve " + rpc.fullName()
                    + "; use the gRPC transport for it", null);
            return;
        }
        connection.track(this);
        connection.whenPermitted(this::permitted);
    }

    private void permitted() {
        permit.set(1);
        if (closed.get()) {
            releasePermit(); // cancelled while it waited
            return;
        }
        connection.prefix().whenComplete((p, error) -> {
            if (error != null) {
                Throwable cause = GatewayConnection.unwrap(error);
                close(StatusCode.UNAVAILABLE, "cannot reach the gateway at " + connection.address() + ": " + cause, cause);
                return;
            }
            send(p);
        });
    }

    private void send(String prefix) {
        long left = deadline - System.nanoTime();
        if (cancelReason != null) {
            close(StatusCode.CANCELLED, cancelReason, null);
            return;
        }
        if (left <= 0) {
            close(StatusCode.DEADLINE_EXCEEDED, "deadline exceeded before the request was sent", null);
            return;
        }
        HttpRequest http = connection.request(prefix, rpc.gatewayPath(), GatewayJson.print(request), metadata,
                Duration.ofNanos(left), this::noticingSend);
        synchronized (this) {
            submitted = true;
        }
        try {
            connection.senders().execute(() -> exchange(http));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            close(StatusCode.CANCELLED, "the client is closed", null);
        }
    }

    /** Sends the request and waits for the answer, on a sender thread; a cancel interrupts the wait. */
    private void exchange(HttpRequest http) {
        boolean cancelled;
        synchronized (this) {
            cancelled = cancelReason != null;
            if (!cancelled) {
                worker = Thread.currentThread();
            }
        }
        if (cancelled) {
            close(StatusCode.CANCELLED, cancelReason, null);
            return;
        }
        HttpResponse<byte[]> response = null;
        Throwable error = null;
        try {
            response = connection.http().send(http, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            error = new java.util.concurrent.CancellationException(cancelReason);
        } catch (java.io.IOException | RuntimeException e) {
            error = e;
        } finally {
            synchronized (this) {
                worker = null;
            }
            Thread.interrupted(); // a cancel that came as the answer did is not the next exchange's
        }
        answered(response, error);
    }

    private void answered(HttpResponse<byte[]> response, Throwable error) {
        if (error != null) {
            Throwable cause = GatewayConnection.unwrap(error);
            StatusCode code = GatewayConnection.codeOf(cause);
            if (code == StatusCode.UNAVAILABLE) {
                connection.connectionFailed();
            }
            String reason = cancelReason;
            close(code, code == StatusCode.CANCELLED && reason != null ? reason
                    : code == StatusCode.DEADLINE_EXCEEDED ? "the gateway at " + connection.address()
                            + " did not answer within the deadline" : String.valueOf(cause), cause);
            return;
        }
        connection.answered();
        byte[] body = response.body();
        if (response.statusCode() != 200) {
            GatewayError e = GatewayError.of(response.statusCode(), body);
            close(e.code(), response.statusCode() == 404 && e.code() == StatusCode.UNIMPLEMENTED
                    ? "the gateway at " + connection.address() + " serves no " + response.uri().getPath() + " for "
                            + rpc.fullName() + " (" + e.message() + ")" : e.message(), null);
            return;
        }
        if (body.length > connection.maxInboundMessageBytes()) {
            close(StatusCode.RESOURCE_EXHAUSTED, "gateway response of " + body.length + " bytes exceeds maximum size "
                    + connection.maxInboundMessageBytes(), null);
            return;
        }
        R message;
        try {
            message = GatewayJson.parse(GatewayConnection.text(body), rpc.response());
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            close(StatusCode.INTERNAL, "cannot read the gateway's answer to " + rpc.fullName() + ": " + e.getMessage(), e);
            return;
        }
        if (closed.get()) {
            return;
        }
        listener.onMessage(message);
        close(StatusCode.OK, null, null);
    }

    /** Tells the listener the attempt was sent when the body starts to go out: the socket is connected then. */
    private HttpRequest.BodyPublisher noticingSend(HttpRequest.BodyPublisher body) {
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                if (sent.compareAndSet(false, true) && !closed.get()) {
                    listener.onSent();
                }
                body.subscribe(subscriber);
            }
        };
    }

    private void close(StatusCode code, String message, Throwable cause) {
        if (closed.compareAndSet(false, true)) {
            connection.untrack(this);
            releasePermit();
            listener.onClose(code, message, cause);
        }
    }

    private void releasePermit() {
        if (permit.compareAndSet(1, 2)) {
            connection.releasePermit();
        }
    }

    @Override
    public void cancel(String reason) {
        cancelReason = reason == null ? "cancelled" : reason;
        synchronized (this) {
            if (worker != null) {
                worker.interrupt(); // java.net.http aborts the exchange; exchange() then closes the attempt
                return;
            }
            if (submitted) {
                return; // the sender thread sees the reason before it sends
            }
        }
        // never sent (it waits for its turn or the prefix): closed on a transport thread, as a cancelled exchange would be
        String why = cancelReason;
        connection.execute(() -> close(StatusCode.CANCELLED, why, null), r -> close(StatusCode.CANCELLED, why, null));
    }
}
