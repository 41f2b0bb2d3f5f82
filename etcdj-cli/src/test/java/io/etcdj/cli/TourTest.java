package io.etcdj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdj.EtcdClient;
import io.etcdj.kv.GetOptions;
import io.etcdj.testing.EtcdCluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tour runs to completion and shows every step. */
class TourTest {
    @Test
    void tourAgainstAThrowawayEtcdShowsEveryStep() {
        CliResult r = Runner.etcdj("tour");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        String out = r.outText();
        assertThat(out)
                .contains("Starting a throwaway etcd")
                .contains("1. put:", "etcd.kv().put(\"tour/greeting\", \"hello\")", "written at revision 2")
                .contains("2. get:", "tour/greeting = \"hello\" (created at revision 2, modified at 2, version 1")
                .contains("3. A prefix range", "2 of count=3 keys, more=true: apple=red, banana=yellow")
                .contains("4. txn:", "succeeded=true: the then-branch ran",
                        "succeeded=false: the else-branch ran; its get saw \"hello, etcd\"")
                .contains("5. replace():", "< true", "< false")
                .contains("6. A point-in-time read", "at revision 2: \"hello\"; now (revision")
                .contains("7. watch:", "history: PUT \"hello\" @2, PUT \"hello, etcd\" @", "; live: PUT \"hallo\" @")
                .contains("8. compact:", "compacted; revisions before")
                .contains("9. Reading the compacted revision",
                        "io.etcdj.exception.RevisionCompactedException: etcdserver: mvcc: required revision has been compacted")
                .contains("10. lease:", "after the revoke the key is gone")
                .contains("11. lock:", "fencing token", "the guarded write succeeded=true")
                .contains("12. cluster and maintenance:", "member(s): ", "runs etcd 3.4", "13. auth:", "holds [tour-reader]; auth enabled: false",
                        "14. transports: the same calls over etcd's HTTP/JSON gateway", "as over GRPC")
                .endsWith("Tour complete: 14 steps, every response as expected.\n");
        assertThat(out.indexOf("1. put:")).isLessThan(out.indexOf("2. get:"));
        assertThat(out.indexOf("7. watch:")).isLessThan(out.indexOf("8. compact:"));
        assertThat(out.indexOf("8. compact:")).isLessThan(out.indexOf("9. Reading"));
    }

    @Test
    void tourAgainstGivenEndpointsCleansUpItsKeys() {
        try (EtcdCluster cluster = EtcdCluster.builder().namePrefix("tour").start()) {
            CliResult r = Runner.etcdj(List.of("--endpoints", cluster.clientEndpointsCsv(), "tour"), new byte[0], Map.of());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.outText()).contains("Using " + cluster.clientEndpointsCsv())
                    .doesNotContain("throwaway etcd")
                    .contains("Tour complete");
            try (EtcdClient etcd = EtcdClient.builder().endpoints(cluster.clientEndpoints()).build()) {
                assertThat(etcd.kv().get("etcdj-tour/", GetOptions.builder().prefix().countOnly().build()).count())
                        .isZero();
            }
        }
    }

    @Test
    void tourFailsCleanlyWhenEtcdIsUnreachable() {
        CliResult r = Runner.etcdj(List.of("--endpoints", "http://127.0.0.1:1", "--dial-timeout", "300ms",
                "--command-timeout", "1s", "tour"), new byte[0], Map.of());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: tour failed: ");
    }
}
