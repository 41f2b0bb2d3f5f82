package io.etcdj.bench;

import java.util.concurrent.CompletableFuture;

/**
 * One kind of request of a workload, bound to one client instance: sends request number
 * {@code seq} and returns at once. The future fails when the request failed or its response does
 * not look right (for example a read that found no key), which the load loop counts as an error.
 */
@FunctionalInterface
public interface Request {
    /**
     * @param seq the request's number in its run, from 0
     * @return the future of the response
     */
    CompletableFuture<?> send(long seq);
}
