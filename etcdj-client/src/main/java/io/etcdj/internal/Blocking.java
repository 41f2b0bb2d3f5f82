package io.etcdj.internal;

import io.etcdj.CallOptions;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.Outcome;
import io.grpc.netty.shaded.io.netty.util.concurrent.FastThreadLocalThread;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Derives every blocking facet from its async twin. A blocking method whose twin (same name and
 * parameters) returns a {@link CompletableFuture} calls it, waits for the future with the call's
 * deadline (a {@link Duration} parameter of the method, where null means no deadline; else the
 * {@link CallOptions} timeout; else the client's, unless the method is marked
 * {@link NoDefaultDeadline}), unwraps the failure and rethrows it as the typed {@link EtcdException}. A method whose
 * twin returns anything else (a handle such as a watch or a lease) is passed through.
 *
 * <p>Every failure a blocking call throws is an {@link EtcdException}; only a blocking call made on
 * an etcdj I/O thread throws {@link IllegalStateException}, since it would deadlock. That each
 * blocking facet matches its twin is checked by a test, not at run time.
 */
public final class Blocking {
    /** Time past the call's own deadline to wait; the call itself fails at its deadline. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private Blocking() {
    }

    /**
     * @param blockingType the blocking facet interface
     * @param async the async facet; for every method of the blocking interface it has a public
     *     method of the same name and parameters
     * @param defaultTimeout the client's request timeout, for calls without a per-call timeout
     * @param <T> the blocking facet type
     * @return the blocking facet
     */
    public static <T> T of(Class<T> blockingType, Object async, Duration defaultTimeout) {
        Map<Method, Method> targets = new ConcurrentHashMap<>();
        long defaultNanos = defaultTimeout.toNanos();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, blockingType);
            }
            Method target = targets.computeIfAbsent(method, m -> twin(async, m));
            Object result;
            try {
                result = target.invoke(async, args);
            } catch (InvocationTargetException e) {
                throw ErrorMapper.wrap(e.getCause(), Outcome.NOT_APPLIED);
            }
            if (result instanceof CompletableFuture<?> future && method.getReturnType() != CompletableFuture.class) {
                return await(future, timeoutNanos(method, args, defaultNanos));
            }
            return result;
        };
        return blockingType.cast(Proxy.newProxyInstance(blockingType.getClassLoader(),
                new Class<?>[] {blockingType}, handler));
    }

    private static Method twin(Object async, Method m) {
        for (Class<?> type : async.getClass().getInterfaces()) {
            try {
                return type.getMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                // try the next interface
            }
        }
        throw new IllegalStateException("no async twin for " + m);
    }

    private static long timeoutNanos(Method method, Object[] args, long defaultNanos) {
        if (method.isAnnotationPresent(NoDefaultDeadline.class)) {
            defaultNanos = -1; // waits as long as the call's options allow, without the client's timeout
        }
        if (args != null) {
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                if (types[i] == Duration.class) { // a wait of the method's own (watch-once, lock acquire)
                    return args[i] == null ? -1 : ((Duration) args[i]).toNanos();
                }
            }
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
     * @param timeoutNanos the call's deadline from now, in nanoseconds; negative to wait without one
     * @param <R> the result type
     * @return the result
     * @throws EtcdException the call's failure; any other failure is wrapped in an
     *     {@link io.etcdj.exception.InternalException}
     * @throws IllegalStateException when called on an etcdj I/O thread, where waiting would
     *     deadlock
     */
    public static <R> R await(CompletableFuture<R> future, long timeoutNanos) {
        if (!future.isDone() && (Thread.currentThread() instanceof FastThreadLocalThread
                || Thread.currentThread() instanceof io.etcdj.internal.http.GatewayThread)) {
            throw new IllegalStateException("a blocking etcdj call was made on an etcdj I/O thread "
                    + "(inside a dependent stage of an async call); use thenApplyAsync/thenComposeAsync "
                    + "with an executor of your own, or the async API");
        }
        try {
            return timeoutNanos < 0 ? future.get() : future.get(timeoutNanos + GRACE_NANOS, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw ErrorMapper.wrap(e.getCause(), Outcome.UNKNOWN);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED, Outcome.UNKNOWN,
                    "no answer within the call's deadline", e);
        } catch (java.util.concurrent.CancellationException e) {
            throw new EtcdException(ErrorCode.CANCELLED, Outcome.UNKNOWN, "the call was cancelled", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new EtcdException(ErrorCode.CANCELLED, Outcome.UNKNOWN, "interrupted while waiting for etcd", e);
        }
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
