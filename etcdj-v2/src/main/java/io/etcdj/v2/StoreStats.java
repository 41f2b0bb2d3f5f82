package io.etcdj.v2;

import java.util.Map;

/**
 * The v2 store's operation counters, from {@code /v2/stats/store}: {@code getsSuccess},
 * {@code getsFail}, {@code setsSuccess}, {@code setsFail}, {@code deleteSuccess},
 * {@code deleteFail}, {@code updateSuccess}, {@code updateFail}, {@code createSuccess},
 * {@code createFail}, {@code compareAndSwapSuccess}, {@code compareAndSwapFail},
 * {@code compareAndDeleteSuccess}, {@code compareAndDeleteFail}, {@code expireCount},
 * {@code watchers}. Immutable.
 *
 * @param counters each counter by etcd's name
 */
public record StoreStats(Map<String, Long> counters) {
    /**
     * Statistics; the map is copied.
     *
     * @param counters the counters; null means none
     */
    public StoreStats {
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }

    /**
     * One counter.
     *
     * @param name etcd's name for it, for example {@code setsSuccess}
     * @return its value, 0 when etcd did not report it
     */
    public long get(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
