package io.etcdj.bench.fault;

import io.etcdj.exception.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every write the fault run attempted, by its unique tag (each written value ends in {@code |tag}),
 * with what the client said about it: applied at a revision, not applied (a definite failure, or
 * a txn whose compare failed), or unknown. Thread-safe.
 */
final class WriteHistory {
    /** What the client said about one write. */
    enum Status {
        /** The call returned success, at {@link Write#revision}. */
        APPLIED,
        /** The call failed with outcome {@link Outcome#NOT_APPLIED}, or the txn's compare failed. */
        NOT_APPLIED,
        /** The call failed with outcome {@link Outcome#UNKNOWN}. */
        UNKNOWN
    }

    /**
     * One write.
     *
     * @param tag its unique tag
     * @param key the key it wrote
     * @param status what the client said
     * @param revision the revision it was applied at, for {@link Status#APPLIED}; else 0
     * @param error the failure's message, or null
     */
    record Write(String tag, String key, Status status, long revision, String error) {
    }

    private final Map<String, Write> writes = new ConcurrentHashMap<>();

    void applied(String tag, String key, long revision) {
        put(new Write(tag, key, Status.APPLIED, revision, null));
    }

    void notApplied(String tag, String key, String why) {
        put(new Write(tag, key, Status.NOT_APPLIED, 0, why));
    }

    void failed(String tag, String key, Outcome outcome, String why) {
        put(new Write(tag, key, outcome == Outcome.UNKNOWN ? Status.UNKNOWN : Status.NOT_APPLIED, 0, why));
    }

    private void put(Write w) {
        if (writes.putIfAbsent(w.tag(), w) != null) {
            throw new IllegalStateException("tag used twice: " + w.tag());
        }
    }

    Write get(String tag) {
        return writes.get(tag);
    }

    List<Write> all() {
        return new ArrayList<>(writes.values());
    }

    long count(Status status) {
        return writes.values().stream().filter(w -> w.status() == status).count();
    }

    long count(String keyPrefix, Status status) {
        return writes.values().stream().filter(w -> w.status() == status && w.key().startsWith(keyPrefix)).count();
    }

    /**
     * @param value a value the run wrote
     * @return its tag: what follows the last {@code |}, or null when there is none
     */
    static String tagOf(String value) {
        int bar = value.lastIndexOf('|');
        return bar < 0 ? null : value.substring(bar + 1);
    }
}
