package io.etcdj.bench.fault;

import io.etcdj.bench.fault.WriteHistory.Status;
import io.etcdj.bench.fault.WriteHistory.Write;
import io.etcdj.watch.WatchEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The fault run's checks of what it recorded against the store's history (every event under the
 * run's prefix, read back with a fresh watch once the cluster is whole). Pure code: each violated
 * property is reported as one line.
 */
final class HistoryChecks {
    private final WriteHistory history;
    private final Consumer<String> violation;

    /**
     * @param history what the client said about each write
     * @param violation told of each violated property
     */
    HistoryChecks(WriteHistory history, Consumer<String> violation) {
        this.history = history;
        this.violation = violation;
    }

    private void violation(String what) {
        violation.accept(what);
    }

    static String describe(WatchEvent e) {
        return e.type() + " " + e.keyValue().keyAsString() + "@" + e.revision();
    }

    /**
     * Exactly once, in order: the live watch's events, up to the final revision, are the history.
     *
     * @param seen what the live watch delivered, in delivery order
     * @param full the history read back after the run
     * @param finalRevision the run's last revision
     */
    void watch(List<WatchEvent> seen, List<WatchEvent> full, long finalRevision) {
        Set<String> unique = new HashSet<>();
        long last = 0;
        for (WatchEvent e : seen) {
            if (!unique.add(e.keyValue().keyAsString() + "@" + e.revision())) {
                violation("watch: event delivered twice: " + describe(e));
            }
            if (e.revision() < last) {
                violation("watch: event out of order: " + describe(e) + " after revision " + last);
            }
            last = Math.max(last, e.revision());
        }
        List<WatchEvent> upTo = seen.stream().filter(e -> e.revision() <= finalRevision).toList();
        if (upTo.size() != full.size()) {
            violation("watch: saw " + upTo.size() + " events up to revision " + finalRevision + ", the history has "
                    + full.size());
        }
        for (int i = 0; i < Math.min(upTo.size(), full.size()); i++) {
            WatchEvent a = upTo.get(i);
            WatchEvent b = full.get(i);
            if (a.revision() != b.revision() || a.type() != b.type() || !a.keyValue().keyAsString().equals(
                    b.keyValue().keyAsString()) || !a.keyValue().valueAsString().equals(b.keyValue().valueAsString())) {
                violation("watch: event " + i + " is " + describe(a) + ", the history has " + describe(b));
                break;
            }
        }
    }

    /**
     * Each write's tag against the history: applied ones there once at their revision, definite
     * failures absent, none twice, none unknown to the run.
     *
     * @param full the history
     */
    void writes(List<WatchEvent> full) {
        Map<String, List<WatchEvent>> byTag = new HashMap<>();
        for (WatchEvent e : full) {
            if (e.type() != WatchEvent.Type.PUT) {
                continue;
            }
            String tag = WriteHistory.tagOf(e.keyValue().valueAsString());
            if (tag == null) {
                violation("history: a value without a tag: " + describe(e));
                continue;
            }
            byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(e);
        }
        byTag.forEach((tag, events) -> {
            if (events.size() > 1) {
                violation("history: write " + tag + " applied " + events.size() + " times: "
                        + events.stream().map(HistoryChecks::describe).toList());
            }
            if (history.get(tag) == null && !tag.equals("start") && !tag.equals("end")) {
                violation("history: write " + tag + " is in the store but was never made: " + describe(events.get(0)));
            }
        });
        for (Write w : history.all()) {
            List<WatchEvent> events = byTag.getOrDefault(w.tag(), List.of());
            switch (w.status()) {
                case APPLIED -> {
                    if (events.isEmpty()) {
                        violation("history: write " + w.tag() + " to " + w.key() + " returned success at revision "
                                + w.revision() + " but is not in the store");
                    } else if (events.get(0).revision() != w.revision() || !events.get(0).keyValue().keyAsString()
                            .equals(w.key())) {
                        violation("history: write " + w.tag() + " returned revision " + w.revision() + " of " + w.key()
                                + ", the store has " + describe(events.get(0)));
                    }
                }
                case NOT_APPLIED -> {
                    if (!events.isEmpty()) {
                        violation("history: write " + w.tag() + " failed with a definite outcome (" + w.error()
                                + ") but is in the store: " + describe(events.get(0)));
                    }
                }
                case UNKNOWN -> {
                    // may or may not be there, once at most (checked above)
                }
            }
        }
    }

    /**
     * The counter's values are 1, 2, 3, ... and its final value lies between the successful
     * increments and those plus the unknown ones.
     *
     * @param full the history
     * @param counter the counter's key
     */
    void counter(List<WatchEvent> full, String counter) {
        long expected = 1;
        for (WatchEvent e : full) {
            if (!e.keyValue().keyAsString().equals(counter)) {
                continue;
            }
            String v = e.keyValue().valueAsString();
            long n = Long.parseLong(v.substring(0, v.indexOf('|')));
            if (n != expected) {
                violation("counter: value " + n + " at revision " + e.revision() + ", expected " + expected
                        + " (an increment lost or applied twice)");
            }
            expected = n + 1;
        }
        long finalValue = expected - 1;
        long applied = history.count(counter, Status.APPLIED);
        long unknown = history.count(counter, Status.UNKNOWN);
        if (finalValue < applied || finalValue > applied + unknown) {
            violation("counter: final value " + finalValue + ", but " + applied + " increments succeeded and " + unknown
                    + " had an unknown outcome");
        }
    }

    /**
     * The lock log's fencing tokens never go back.
     *
     * @param full the history
     * @param logPrefix the log entries' key prefix
     */
    void lockLog(List<WatchEvent> full, String logPrefix) {
        long lastToken = 0;
        String lastTag = null;
        for (WatchEvent e : full) {
            if (!e.keyValue().keyAsString().startsWith(logPrefix) || e.type() != WatchEvent.Type.PUT) {
                continue;
            }
            String v = e.keyValue().valueAsString();
            long token = Long.parseLong(v.substring(0, v.indexOf(':')));
            if (token < lastToken) {
                violation("lock: log entry " + v + " with fencing token " + token + " after " + lastTag + " with token "
                        + lastToken + " (two holders overlapped)");
            }
            lastToken = Math.max(lastToken, token);
            lastTag = v;
        }
    }
}
