package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Kv;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Every blocking facet is derived from its async twin by {@link Blocking}; this checks, for every
 * pair, that each method of one has a twin in the other with the same name and parameters and
 * the matching result ({@code T} for {@code CompletableFuture<T>}, the same type for a handle).
 */
class FacetTwinsTest {
    /** Blocking facet to async facet; every new facet adds its pair here. */
    private static final Map<Class<?>, Class<?>> PAIRS = Map.of(Kv.class, AsyncKv.class,
            io.etcdj.cluster.Cluster.class, io.etcdj.cluster.AsyncCluster.class,
            io.etcdj.maintenance.Maintenance.class, io.etcdj.maintenance.AsyncMaintenance.class,
            io.etcdj.auth.Auth.class, io.etcdj.auth.AsyncAuth.class,
            io.etcdj.watch.Watch.class, io.etcdj.watch.AsyncWatch.class,
            io.etcdj.lease.Leases.class, io.etcdj.lease.AsyncLeases.class,
            io.etcdj.lock.Locks.class, io.etcdj.lock.AsyncLocks.class,
            io.etcdj.election.Elections.class, io.etcdj.election.AsyncElections.class);

    @Test
    void everyBlockingFacetMatchesItsAsyncTwinBothWays() {
        List<String> problems = new ArrayList<>();
        PAIRS.forEach((blocking, async) -> {
            for (Method m : blocking.getMethods()) {
                check(m, async, problems);
            }
            for (Method m : async.getMethods()) {
                try {
                    Method b = blocking.getMethod(m.getName(), m.getParameterTypes());
                    check(b, async, problems);
                } catch (NoSuchMethodException e) {
                    problems.add(async.getSimpleName() + "." + m.getName() + " has no blocking twin");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void check(Method blocking, Class<?> async, List<String> problems) {
        Method twin;
        try {
            twin = async.getMethod(blocking.getName(), blocking.getParameterTypes());
        } catch (NoSuchMethodException e) {
            problems.add(blocking.getDeclaringClass().getSimpleName() + "." + blocking.getName() + " has no async twin");
            return;
        }
        Type expected = box(blocking.getGenericReturnType());
        Type actual = twin.getGenericReturnType();
        if (actual instanceof ParameterizedType p && p.getRawType() == CompletableFuture.class) {
            actual = p.getActualTypeArguments()[0];
        }
        if (!expected.equals(actual)) {
            problems.add(blocking + " returns " + expected + " but its twin gives " + twin.getGenericReturnType());
        }
    }

    private static Type box(Type t) {
        if (t == boolean.class) {
            return Boolean.class;
        }
        if (t == long.class) {
            return Long.class;
        }
        if (t == int.class) {
            return Integer.class;
        }
        if (t == void.class) {
            return Void.class;
        }
        return t;
    }
}
