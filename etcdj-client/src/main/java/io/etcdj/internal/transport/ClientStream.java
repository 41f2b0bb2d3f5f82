package io.etcdj.internal.transport;

/**
 * The sending side of a stream opened by {@link Connection#openStream}. Thread-safe.
 *
 * @param <Q> the request message type
 */
public interface ClientStream<Q> {
    /** @param message the next request; dropped when the stream has ended */
    void send(Q message);

    /** Tells the server no more requests follow. */
    void halfClose();

    /**
     * Ends the stream; the listener is closed with {@link StatusCode#CANCELLED} unless it ended
     * already.
     *
     * @param reason why, for diagnostics
     */
    void cancel(String reason);
}
