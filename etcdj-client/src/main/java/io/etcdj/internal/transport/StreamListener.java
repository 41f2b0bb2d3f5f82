package io.etcdj.internal.transport;

/**
 * What a stream reports: messages in order, then exactly one {@link #onClose}. Called on a
 * transport thread, one call at a time; implementations must not block.
 *
 * @param <R> the response message type
 */
public interface StreamListener<R> {
    /**
     * @param message the next message from the server; the transport asks for the one after it
     *     when this returns
     */
    void onMessage(R message);

    /**
     * The stream ended.
     *
     * @param code how: {@link StatusCode#OK} when the server ended it normally
     * @param message the status message (etcd's error text), or null
     * @param cause the transport's own exception, for diagnostics, or null
     */
    void onClose(StatusCode code, String message, Throwable cause);
}
