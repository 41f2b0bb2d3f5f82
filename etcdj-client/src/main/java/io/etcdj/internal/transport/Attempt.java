package io.etcdj.internal.transport;

/** An attempt in flight, as started by {@link Connection#start}. */
public interface Attempt {
    /**
     * Cancels the attempt; its listener is closed with {@link StatusCode#CANCELLED} unless it
     * ended already.
     *
     * @param reason why, for diagnostics
     */
    void cancel(String reason);
}
