package io.etcdj.v2.internal;

import io.etcdj.v2.EtcdV2Exception;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one helper that turns an async call into a blocking one. */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits for the future and returns its value, rethrowing its failure unwrapped: an
     * {@link EtcdV2Exception} or a runtime exception as it was thrown; anything else wrapped in an
     * {@link EtcdV2Exception}. The calls below always end (each request has a timeout, or the
     * caller chose none for a wait).
     *
     * @param <T> the value's type
     * @param future the call
     * @return its value
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new EtcdV2Exception("interrupted while waiting for etcd", true, e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (CancellationException e) {
            throw new EtcdV2Exception("the call was cancelled", true, e);
        }
    }

    /**
     * The failure without the wrappers of {@link CompletableFuture}.
     *
     * @param t a failure
     * @return the innermost failure that is not a completion or execution wrapper
     */
    public static Throwable strip(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * The exception a failure stands for, without the wrappers of {@link CompletableFuture}.
     *
     * @param t a failure
     * @return the runtime exception to throw
     */
    public static RuntimeException unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof RuntimeException r) {
            return r;
        }
        if (c instanceof Error err) {
            throw err;
        }
        return new EtcdV2Exception(String.valueOf(c.getMessage()), true, c);
    }
}
