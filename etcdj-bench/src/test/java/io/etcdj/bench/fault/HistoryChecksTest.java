package io.etcdj.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.KeyValue;
import io.etcdj.exception.Outcome;
import io.etcdj.watch.WatchEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault run's checks catch what they are there for: each fabricated history below breaks one
 * property, and the checks name it; a clean history passes. Pure code, no etcd.
 */
class HistoryChecksTest {
    private final WriteHistory history = new WriteHistory();
    private final List<String> violations = new ArrayList<>();
    private final HistoryChecks checks = new HistoryChecks(history, violations::add);

    private static WatchEvent put(String key, String value, long revision) {
        return new WatchEvent(WatchEvent.Type.PUT, new KeyValue(key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8), revision, revision, 1, 0, StandardCharsets.UTF_8), null);
    }

    @Test
    void aCleanHistoryPasses() {
        history.applied("a", "k", 2);
        history.failed("b", "k", Outcome.NOT_APPLIED, "refused");
        history.failed("c", "k", Outcome.UNKNOWN, "lost");
        history.applied("x1", "counter", 4);
        List<WatchEvent> full = List.of(put("k", "v|a", 2), put("k", "v|c", 3), put("counter", "1|x1", 4));
        checks.watch(full, full, 4);
        checks.writes(full);
        checks.counter(full, "counter");
        assertThat(violations).isEmpty();
    }

    @Test
    void aWriteAppliedTwiceIsCaught() {
        history.failed("a", "k", Outcome.UNKNOWN, "lost");
        checks.writes(List.of(put("k", "v|a", 2), put("k", "v|a", 3)));
        assertThat(violations).singleElement().asString().contains("applied 2 times");
    }

    @Test
    void aSuccessfulWriteMissingFromTheStoreIsCaught() {
        history.applied("a", "k", 2);
        checks.writes(List.of());
        assertThat(violations).singleElement().asString().contains("returned success").contains("not in the store");
    }

    @Test
    void aDefiniteFailureFoundInTheStoreIsCaught() {
        history.failed("a", "k", Outcome.NOT_APPLIED, "refused");
        checks.writes(List.of(put("k", "v|a", 2)));
        assertThat(violations).singleElement().asString().contains("definite outcome");
    }

    @Test
    void aWriteAtAnotherRevisionThanReportedIsCaught() {
        history.applied("a", "k", 2);
        checks.writes(List.of(put("k", "v|a", 3)));
        assertThat(violations).singleElement().asString().contains("returned revision 2");
    }

    @Test
    void aWriteNoOneMadeIsCaught() {
        checks.writes(List.of(put("k", "v|ghost", 2)));
        assertThat(violations).singleElement().asString().contains("never made");
    }

    @Test
    void aLostOrDoubledIncrementIsCaught() {
        history.applied("x1", "counter", 2);
        history.applied("x2", "counter", 3);
        checks.counter(List.of(put("counter", "1|x1", 2), put("counter", "3|x2", 3)), "counter");
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("value 3").contains("expected 2"));
    }

    @Test
    void aCounterBelowItsSuccessfulIncrementsIsCaught() {
        history.applied("x1", "counter", 2);
        history.applied("x2", "counter", 3);
        checks.counter(List.of(put("counter", "1|x1", 2)), "counter");
        assertThat(violations).singleElement().asString().contains("final value 1").contains("2 increments succeeded");
    }

    @Test
    void aWatchThatMissesDuplicatesOrReordersIsCaught() {
        List<WatchEvent> full = List.of(put("k", "v|a", 2), put("k", "v|b", 3), put("k", "v|c", 4));
        checks.watch(List.of(full.get(0), full.get(2)), full, 4);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("saw 2 events"));
        violations.clear();
        checks.watch(List.of(full.get(0), full.get(1), full.get(1), full.get(2)), full, 4);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("delivered twice"));
        violations.clear();
        checks.watch(List.of(full.get(0), full.get(2), full.get(1)), full, 4);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("out of order"));
    }

    @Test
    void aFencingTokenGoingBackIsCaught() {
        checks.lockLog(List.of(put("log/a", "10:enter|a", 11), put("log/b", "7:enter|b", 12)), "log/");
        assertThat(violations).singleElement().asString().contains("fencing token 7");
    }
}
