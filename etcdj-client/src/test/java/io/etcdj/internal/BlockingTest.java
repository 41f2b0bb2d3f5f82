package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InternalException;
import io.etcdj.exception.NoLeaderException;
import io.etcdj.exception.Outcome;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The blocking proxy: awaits futures, passes handles through, and only ever throws etcdj's exceptions. */
class BlockingTest {
    /** A handle a facet may return as it is (a watch, a lease). */
    public interface Handle {
        String name();
    }

    public interface AsyncThing {
        CompletableFuture<String> hello(String who);

        CompletableFuture<Boolean> flag();

        Handle handle(String name);

        CompletableFuture<String> broken();
    }

    public interface Thing {
        String hello(String who);

        boolean flag();

        Handle handle(String name);

        String broken();
    }

    private RuntimeException failure;
    private CompletableFuture<String> brokenFuture;

    private final AsyncThing async = new AsyncThing() {
        @Override
        public CompletableFuture<String> hello(String who) {
            if (failure != null) {
                throw failure;
            }
            return CompletableFuture.completedFuture("hello " + who);
        }

        @Override
        public CompletableFuture<Boolean> flag() {
            return CompletableFuture.completedFuture(true);
        }

        @Override
        public Handle handle(String name) {
            return () -> name;
        }

        @Override
        public CompletableFuture<String> broken() {
            return brokenFuture;
        }
    };

    private final Thing blocking = Blocking.of(Thing.class, async, Duration.ofSeconds(5));

    @Test
    void futuresAreAwaitedAndHandlesPassedThrough() {
        assertThat(blocking.hello("etcd")).isEqualTo("hello etcd");
        assertThat(blocking.flag()).isTrue();
        assertThat(blocking.handle("w1").name()).isEqualTo("w1");
        assertThat(blocking.toString()).isEqualTo("blocking Thing");
    }

    @Test
    void aForeignExceptionThrownByTheFacetBecomesAnInternalError() {
        failure = new NullPointerException("bug");
        assertThatThrownBy(() -> blocking.hello("x")).isInstanceOfSatisfying(InternalException.class,
                e -> assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED)).hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void aFutureFailedWithAForeignExceptionBecomesAnInternalErrorWithAnUnknownOutcome() {
        brokenFuture = CompletableFuture.failedFuture(new IllegalStateException("broken"));
        assertThatThrownBy(blocking::broken).isInstanceOfSatisfying(InternalException.class,
                e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN));
    }

    @Test
    void etcdExceptionsArePassedAsTheyAre() {
        NoLeaderException noLeader = new NoLeaderException(ErrorCode.NO_LEADER, Outcome.NOT_APPLIED, "x", null);
        brokenFuture = CompletableFuture.failedFuture(noLeader);
        assertThatThrownBy(blocking::broken).isSameAs(noLeader);
        failure = noLeader;
        assertThatThrownBy(() -> blocking.hello("x")).isSameAs(noLeader);
    }

    @Test
    void aCancelledFutureIsAnEtcdException() {
        brokenFuture = new CompletableFuture<>();
        brokenFuture.cancel(true);
        assertThatThrownBy(blocking::broken).isInstanceOfSatisfying(io.etcdj.exception.EtcdException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
    }
}
