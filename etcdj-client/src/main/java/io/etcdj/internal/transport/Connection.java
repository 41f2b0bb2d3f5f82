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

    /** Skips any reconnect backoff, so that a member that came back is tried at once. */
    void reconnectNow();

    /** Stops taking new attempts; attempts in flight finish on their own. */
    void shutdown();

    /** Fails attempts in flight and closes the connection, waiting up to a few seconds. */
    void shutdownNow();
}
