package io.etcdj.bench.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's short form, run in CI: about a minute on a three-member cluster of its own,
 * a follower killed and restarted, the leader paused and resumed, the leader killed and restarted,
 * while workers write, count, read, watch, keep a lease alive and take a lock. Every property of
 * docs/guarantees.md must hold. The system property {@code etcdj.fault.seconds} lengthens it; the
 * long form is {@code bin/etcdj-bench fault --duration 10m}.
 */
class FaultSuiteTest {
    @Test
    void everyGuaranteeHoldsWhileMembersAreKilledPausedAndRestarted() throws Exception {
        long seconds = Long.getLong("etcdj.fault.seconds", FaultOptions.ci().duration().toSeconds());
        FaultReport report = FaultRun.runOnNewCluster(FaultOptions.of(Duration.ofSeconds(seconds)), System.out);
        System.out.print(report);
        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(report.summary()).contains("kill follower", "pause leader", "kill leader");
    }

    @Test
    void durationsOnTheCommandLine() {
        assertThat(FaultCommand.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(FaultCommand.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(FaultCommand.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(FaultCommand.duration("1h")).isEqualTo(Duration.ofHours(1));
    }
}
