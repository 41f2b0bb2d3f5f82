package io.etcdj.internal.http;

import com.google.protobuf.Message;
import io.etcdj.grpc.WatchRequest;
import io.etcdj.internal.transport.ClientStream;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.internal.transport.StreamListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A streaming RPC over the gateway. An HTTP/1.1 request cannot be answered while its body is still
 * being sent (etcd's gateway reads the whole body before it answers), so every request of the stream
 * is one HTTP exchange of its own whose answers all go to the one listener:
 * <ul>
 * <li>a server-streaming RPC (snapshot, election observe) is one exchange;</li>
 * <li>lease keep-alive refreshes sent together (the keep-alive engine sends every due lease at
 * once) go as one exchange whose body holds them all; the server answers each and ends it;</li>
 * <li>a watch create is one exchange that lives as long as the watch; etcd gives the watch the id
 * the client chose, so answers carry the ids the watch engine knows. A cancel request ends that
 * watch's exchange instead of being sent. Progress requests are not sent: they ask about every
 * watch of one server stream, and here each watch has its own (the watch engine refuses them).</li>
 * </ul>
 * Any exchange that fails ends the whole stream, as a broken gRPC stream would, and the stream
 * layer above reopens it and resumes. Listener calls are made one at a time, never on the thread
 * of {@link #send} or {@link #cancel}.
 */
final class GatewayStream<Q extends Message, R extends Message> implements ClientStream<Q> {
    private final GatewayConnection connection;
    private final Rpc<Q, R> rpc;
    private final Map<String, String> metadata;
    private final StreamListener<R> listener;
    private final Object lock = new Object();
    /** Serialises listener calls; never taken while {@link #lock} is held, nor on a sender's thread. */
    private final Object delivery = new Object();
    private final List<StreamExchange<R>> exchanges = new ArrayList<>();
    /** Watch exchanges by watch id. */
    private final Map<Long, StreamExchange<R>> watches = new HashMap<>();
    private boolean started;
    private boolean ended;
    /** Keep-alive refreshes not yet sent, and whether a send of them is scheduled. */
    private final java.io.ByteArrayOutputStream refreshes = new java.io.ByteArrayOutputStream();
    private boolean refreshScheduled;

    GatewayStream(GatewayConnection connection, Rpc<Q, R> rpc, Map<String, String> metadata,
            StreamListener<R> listener) {
        this.connection = connection;
        this.rpc = rpc;
        this.metadata = Map.copyOf(metadata);
        this.listener = listener;
    }

    @Override
    public void send(Q message) {
        StreamExchange<R> exchange;
        synchronized (lock) {
            if (ended || (started && rpc.kind() == Rpc.Kind.SERVER_STREAMING)) {
                return;
            }
            started = true;
            if (rpc == Rpcs.WATCH) {
                WatchRequest w = (WatchRequest) message;
                if (w.hasCancelRequest()) {
                    StreamExchange<R> watch = watches.remove(w.getCancelRequest().getWatchId());
                    if (watch != null) {
                        exchanges.remove(watch);
                        watch.cancel("watch cancelled");
                    }
                    return;
                }
                if (!w.hasCreateRequest()) {
                    return; // a progress request: see the class comment
                }
            }
            if (rpc == Rpcs.LEASE_KEEP_ALIVE) {
                refreshes.writeBytes(GatewayJson.print(message));
                if (refreshScheduled) {
                    return;
                }
                refreshScheduled = true;
                exchange = null;
            } else {
                exchange = new StreamExchange<>(this, rpc, GatewayJson.print(message));
                exchanges.add(exchange);
                if (rpc == Rpcs.WATCH) {
                    watches.put(((WatchRequest) message).getCreateRequest().getWatchId(), exchange);
                }
            }
        }
        if (exchange == null) {
            connection.execute(this::sendRefreshes, this::cancel);
            return;
        }
        connection.execute(exchange::start, exchange);
    }

    /** Sends the keep-alive refreshes gathered since the last send as one exchange. */
    private void sendRefreshes() {
        StreamExchange<R> exchange;
        synchronized (lock) {
            refreshScheduled = false;
            if (ended || refreshes.size() == 0) {
                return;
            }
            exchange = new StreamExchange<>(this, rpc, refreshes.toByteArray());
            refreshes.reset();
            exchanges.add(exchange);
        }
        exchange.start();
    }

    @Override
    public void halfClose() {
        // every exchange's body is complete when it is sent
    }

    @Override
    public void cancel(String reason) {
        end(null, StatusCode.CANCELLED, reason == null ? "cancelled" : reason, null);
    }

    GatewayConnection connection() {
        return connection;
    }

    Map<String, String> metadata() {
        return metadata;
    }

    /** An exchange brought a message. */
    void deliver(StreamExchange<R> from, R message) {
        synchronized (delivery) {
            synchronized (lock) {
                if (ended || from.isCancelled()) {
                    return;
                }
            }
            listener.onMessage(message);
        }
    }

    /**
     * An exchange ended. A keep-alive refresh's exchange ends when it was answered, and ends
     * nothing else; any other end, and any failure, ends the stream.
     */
    void ended(StreamExchange<R> exchange, StatusCode code, String message, Throwable cause) {
        synchronized (lock) {
            exchanges.remove(exchange);
            if (exchange.isCancelled()) {
                return;
            }
            if (code == StatusCode.OK && rpc == Rpcs.LEASE_KEEP_ALIVE) {
                return;
            }
        }
        end(exchange, code, message, cause);
    }

    private void end(StreamExchange<R> from, StatusCode code, String message, Throwable cause) {
        List<StreamExchange<R>> others;
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
            others = new ArrayList<>(exchanges);
            exchanges.clear();
            watches.clear();
        }
        for (StreamExchange<R> e : others) {
            if (e != from) {
                e.cancel("the stream ended");
            }
        }
        Runnable close = () -> {
            synchronized (delivery) {
                listener.onClose(code, message, cause);
            }
        };
        if (from == null) {
            connection.execute(close, r -> close.run()); // cancelled by the caller: not on its thread
        } else {
            close.run();
        }
    }
}
