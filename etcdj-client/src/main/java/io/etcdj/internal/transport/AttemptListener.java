package io.etcdj.internal.transport;

/**
 * What one attempt of a unary call reports, in order: {@link #onSent()} at most once, then
 * {@link #onMessage} at most once, then {@link #onClose} exactly once. Called on a transport
 * thread; implementations must not block.
 *
 * @param <R> the response message type
 */
public interface AttemptListener<R> {
    /**
     * The request may have reached the server from now on: the transport has a stream for it on a
     * live connection. An attempt that closes without this call provably never reached a server.
     */
    void onSent();

    /**
     * @param response the server's response message
     */
    void onMessage(R response);

    /**
     * The attempt ended.
     *
     * @param code how it ended; {@link StatusCode#OK} with the response delivered before
     * @param message the status message (etcd's error text), or null
     * @param cause the transport's own exception, for diagnostics, or null
     */
    void onClose(StatusCode code, String message, Throwable cause);
}
