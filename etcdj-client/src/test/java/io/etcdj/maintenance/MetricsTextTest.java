package io.etcdj.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.exception.InvalidArgumentException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Prometheus text parser on its own (pure code, no server). */
class MetricsTextTest {
    @Test
    void parsesNamesLabelsValuesAndSkipsComments() {
        String text = """
                # HELP etcd_server_has_leader Whether or not a leader exists. 1 is existence, 0 is not.
                # TYPE etcd_server_has_leader gauge
                etcd_server_has_leader 1

                etcd_disk_wal_fsync_duration_seconds_bucket{le="0.001"} 12
                etcd_disk_wal_fsync_duration_seconds_bucket{le="+Inf"} 40
                weird{a="x\\"y",b="line\\nbreak", c="back\\\\slash"} -2.5e-3 1700000000000
                up_nan NaN
                up_inf +Inf
                """;
        List<MetricSample> s = MetricsText.parse(text);
        assertThat(s).hasSize(6);
        assertThat(s.get(0)).isEqualTo(new MetricSample("etcd_server_has_leader", Map.of(), 1.0));
        assertThat(s.get(1).label("le")).isEqualTo("0.001");
        assertThat(s.get(1).value()).isEqualTo(12.0);
        assertThat(s.get(2).label("le")).isEqualTo("+Inf");
        assertThat(s.get(3).labels()).containsExactly(Map.entry("a", "x\"y"), Map.entry("b", "line\nbreak"),
                Map.entry("c", "back\\slash"));
        assertThat(s.get(3).value()).isEqualTo(-0.0025);
        assertThat(s.get(4).value()).isNaN();
        assertThat(s.get(5).value()).isInfinite().isPositive();
        assertThat(MetricsText.value(s, "etcd_server_has_leader")).contains(1.0);
        assertThat(MetricsText.value(s, "absent")).isEmpty();
        assertThat(MetricsText.parse("")).isEmpty();
    }

    @Test
    void malformedLinesAreRejectedWithTheirNumber() {
        for (String bad : List.of("no_value", "x{a=\"1\"", "x{a=1} 2", "x abc", "{a=\"1\"} 1")) {
            assertThatThrownBy(() -> MetricsText.parse("ok 1\n" + bad)).as(bad)
                    .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("line 2");
        }
        assertThatThrownBy(() -> MetricsText.parse(null)).isInstanceOf(InvalidArgumentException.class);
    }
}
