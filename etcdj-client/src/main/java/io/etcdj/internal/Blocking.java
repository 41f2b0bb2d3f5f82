package io.etcdj.internal;

import io.etcdj.CallOptions;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.InternalException;
import io.etcdj.exception.Outcome;
import io.grpc.netty.shaded.io.netty.util.concurrent.FastThreadLocalThread;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Derives every blocking facet from its async twin: each blocking method calls the async method of
 * the same name and parameters, then waits for the future with the call's deadline, unwraps the
 * failure and rethrows it as the typed {@link EtcdException}.
 */
public final class Blocking {
    /** Time past the call's own deadline to wait; the call itself fails at its deadline. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private Blocking() {
    }

    /**
     * @param blockingType the blocking facet interface
     * @param asyncType the async facet interface: for every method of the blocking one, a method
     *     of the same name and parameters returning a CompletableFuture
     * @param async the async facet
     * @param defaultTimeout the client's request timeout, for calls without a per-call timeout
     * @param <T> the blocking facet type
     * @param <A> the async facet type
     * @return the blocking facet
     */
    public static <T, A> T of(Class<T> blockingType, Class<A> asyncType, A async, Duration defaultTimeout) {
        Map<Method, Method> targets = new HashMap<>();
        for (Method m : blockingType.getMethods()) {
            try {
                targets.put(m, asyncType.getMethod(m.getName(), m.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException("no async twin for " + m, e);
            }
        }
        long defaultNanos = defaultTimeout.toNanos();
        InvocationHandler handler = (proxy, method, args) -> {
            Method target = targets.get(method);
            if (target == null) {
                return objectMethod(proxy, method, args, blockingType);
            }
            CompletableFuture<?> future;
            try {
                future = (CompletableFuture<?>) target.invoke(async, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return await(future, timeoutNanos(args, defaultNanos));
        };
        return blockingType.cast(Proxy.newProxyInstance(blockingType.getClassLoader(),
                new Class<?>[] {blockingType}, handler));
    }

    private static long timeoutNanos(Object[] args, long defaultNanos) {
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof CallOptions o && o.timeout() != null) {
                    return o.timeout().toNanos();
                }
            }
        }
        return defaultNanos;
    }

    /**
     * Waits for a call's future.
     *
     * @param future the call
     * @param timeoutNanos the call's deadline from now
     * @param <R> the result type
     * @return the result
     * @throws EtcdException the call's failure
     * @throws IllegalStateException when called on an etcdj I/O thread, where waiting would
     *     deadlock
     */
    public static <R> R await(CompletableFuture<R> future, long timeoutNanos) {
        if (!future.isDone() && Thread.currentThread() instanceof FastThreadLocalThread) {
            throw new IllegalStateException("a blocking etcdj call was made on an etcdj I/O thread "
                    + "(inside a dependent stage of an async call); use thenApplyAsync/thenComposeAsync "
                    + "with an executor of your own, or the async API");
        }
        try {
            return future.get(timeoutNanos + GRACE_NANOS, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED, Outcome.UNKNOWN,
                    "no answer within the call's deadline", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new EtcdException(ErrorCode.CANCELLED, Outcome.UNKNOWN, "interrupted while waiting for etcd", e);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof EtcdException e) {
            return e;
        }
        if (cause instanceof RuntimeException e) {
            return e;
        }
        return new InternalException(ErrorCode.INTERNAL, Outcome.UNKNOWN, String.valueOf(cause), cause);
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Class<?> type) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "blocking " + type.getSimpleName();
            default:
                throw new UnsupportedOperationException(method.toString());
        }
    }
}
