package io.etcdj.internal.transport;

import java.util.Map;

/**
 * The client's connection to one etcd endpoint, made by a {@link Transport}. Starts attempts; knows
 * nothing of retries, deadlines across attempts or etcd's errors, which the call pipeline owns.
 */
public interface Connection {
    /**
     * Starts one attempt of a unary call.
     *
     * @param rpc the RPC; {@link Rpc.Kind#UNARY}
     * @param request the request message
     * @param timeoutNanos the attempt's deadline from now, in nanoseconds; positive
     * @param metadata headers to send with the request (auth token, user headers); not null
     * @param listener told what happens to the attempt
     * @param <Q> the request type
     * @param <R> the response type
     * @return a handle to cancel the attempt
     */
    <Q extends com.google.protobuf.Message, R extends com.google.protobuf.Message> Attempt start(Rpc<Q, R> rpc,
            Q request, long timeoutNanos, Map<String, String> metadata, AttemptListener<R> listener);

    /**
     * Opens a long-lived stream (watch, lease keep-alive, election observe, snapshot). It has no
     * deadline: it lives until either side ends it or the connection breaks.
     *
     * @param rpc the RPC; a streaming one
     * @param metadata headers to send when the stream opens; not null
     * @param listener told of every message and of the end
     * @param <Q> the request type
     * @param <R> the response type
     * @return the stream, to send requests on
     */
    <Q extends com.google.protobuf.Message, R extends com.google.protobuf.Message> ClientStream<Q> openStream(
            Rpc<Q, R> rpc, Map<String, String> metadata, StreamListener<R> listener);

    /** @return true when the connection is established and ready for requests now */
    boolean isReady();

    /**
     * Starts setting up the connection when it is idle (not yet connected, or idle since), so that
     * it may be ready by the time a call wants it. Does nothing otherwise.
     */
    default void connect() {
    }

    /**
     * @return true while the connection is idle or being set up (TCP connect, TLS and HTTP/2
     *     handshakes), so that it may yet become ready; false when it is ready, failed or closed
     */
    default boolean isConnecting() {
        return false;
    }

    /**
     * Runs the action once, on the executor, when the connection's state next changes (say from
     * connecting to ready or failed). A connection that never changes state never runs it.
     *
     * @param action what to run
     * @param executor where to run it
     */
    default void whenStateChanges(Runnable action, java.util.concurrent.Executor executor) {
    }

    /** Skips any reconnect backoff, so that a member that came back is tried at once. */
    void reconnectNow();

    /** Stops taking new attempts; attempts in flight finish on their own. */
    void shutdown();

    /** Fails attempts in flight and closes the connection, waiting up to a few seconds. */
    void shutdownNow();
}
