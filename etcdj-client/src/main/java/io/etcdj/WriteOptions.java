package io.etcdj;

/**
 * Options of a call that changes state on the server.
 *
 * <p>etcdj retries a write only when the request provably never reached a server. A caller whose
 * write is safe to apply twice may set {@link #idempotent()}; the write is then retried like a
 * read on transient errors, even when its first attempt may have taken effect.
 */
public interface WriteOptions extends CallOptions {
    /** @return true when the caller declared the write safe to repeat */
    boolean idempotent();
}
