package io.etcdj.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Small helpers for the futures facets return. */
final class Futures {
    private Futures() {
    }

    /**
     * Maps a future's value, keeping cancellation: cancelling the returned future cancels the
     * source, so the work behind it can clean up.
     *
     * @param source the future to map
     * @param map the mapping; a failure in it fails the result
     * @param <S> the source type
     * @param <T> the result type
     * @return the mapped future
     */
    static <S, T> CompletableFuture<T> cancelling(CompletableFuture<S> source, Function<? super S, ? extends T> map) {
        CompletableFuture<T> result = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                source.cancel(mayInterruptIfRunning);
                return super.cancel(mayInterruptIfRunning);
            }
        };
        source.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                result.complete(map.apply(value));
            } catch (RuntimeException e) {
                result.completeExceptionally(ErrorMapper.wrap(e, io.etcdj.exception.Outcome.NOT_APPLIED));
            }
        });
        return result;
    }
}
