package io.etcdj.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's formatting rules behind etcdctl's cluster and maintenance output (pure code, no server). */
class GoFormatTest {
    @Test
    void bytesAsHumanizeWritesThem() {
        assertThat(GoFormat.bytes(0)).isEqualTo("0 B");
        assertThat(GoFormat.bytes(9)).isEqualTo("9 B");
        assertThat(GoFormat.bytes(10)).isEqualTo("10 B");
        assertThat(GoFormat.bytes(999)).isEqualTo("999 B");
        assertThat(GoFormat.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(GoFormat.bytes(1500)).isEqualTo("1.5 kB");
        assertThat(GoFormat.bytes(20480)).isEqualTo("20 kB");
        assertThat(GoFormat.bytes(20500)).isEqualTo("20 kB"); // 20.5 rounds half to even, as Go's %.0f
        assertThat(GoFormat.bytes(21500)).isEqualTo("22 kB");
        assertThat(GoFormat.bytes(24576)).isEqualTo("25 kB");
        assertThat(GoFormat.bytes(2_147_483_648L)).isEqualTo("2.1 GB");
        assertThat(GoFormat.bytes(-1L)).isEqualTo("18 EB");
    }

    @Test
    void durationsAsGoPrintsThem() {
        assertThat(GoFormat.duration(Duration.ZERO)).isEqualTo("0s");
        assertThat(GoFormat.duration(Duration.ofNanos(850))).isEqualTo("850ns");
        assertThat(GoFormat.duration(Duration.ofNanos(1_000))).isEqualTo("1µs");
        assertThat(GoFormat.duration(Duration.ofNanos(1_500))).isEqualTo("1.5µs");
        assertThat(GoFormat.duration(Duration.ofNanos(2_193_708))).isEqualTo("2.193708ms");
        assertThat(GoFormat.duration(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(GoFormat.duration(Duration.ofSeconds(120))).isEqualTo("2m0s");
        assertThat(GoFormat.duration(Duration.ofMillis(61_500))).isEqualTo("1m1.5s");
        assertThat(GoFormat.duration(Duration.ofHours(1))).isEqualTo("1h0m0s");
        assertThat(GoFormat.duration(Duration.ofMillis(-5))).isEqualTo("-5ms");
    }

    @Test
    void hexMemberIdsAsParseUint() {
        assertThat(GoFormat.parseHexUint64("8e9e05c52164694d")).isEqualTo(0x8e9e05c52164694dL);
        assertThat(GoFormat.parseHexUint64("FFFFFFFFFFFFFFFF")).isEqualTo(-1L);
        assertThatThrownBy(() -> GoFormat.parseHexUint64("zz"))
                .hasMessage("strconv.ParseUint: parsing \"zz\": invalid syntax");
        assertThatThrownBy(() -> GoFormat.parseHexUint64("0x12"))
                .hasMessage("strconv.ParseUint: parsing \"0x12\": invalid syntax");
        assertThatThrownBy(() -> GoFormat.parseHexUint64(""))
                .hasMessage("strconv.ParseUint: parsing \"\": invalid syntax");
        assertThatThrownBy(() -> GoFormat.parseHexUint64("1ffffffffffffffff"))
                .hasMessage("strconv.ParseUint: parsing \"1ffffffffffffffff\": value out of range");
    }

    @Test
    void tableWrapsLongCellsAtSpacesAndTakesTheWholeWrappingWidth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TableWriter(List.of("endpoint", "errors"))
                .row(List.of("a:1", "memberID:16836890364615874500 alarm:NOSPACE "))
                .row(List.of("b:2", ""))
                .render(new Out(bytes));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(""
                + "+----------+--------------------------------+\n"
                + "| ENDPOINT |             ERRORS             |\n"
                + "+----------+--------------------------------+\n"
                + "|      a:1 |  memberID:16836890364615874500 |\n"
                + "|          |                 alarm:NOSPACE  |\n"
                + "|      b:2 |                                |\n"
                + "+----------+--------------------------------+\n");
        assertThat(TableWriter.wrap("short")).containsExactly("short");
        assertThat(TableWriter.wrap("a-single-word-that-is-longer-than-thirty-columns"))
                .containsExactly("a-single-word-that-is-longer-than-thirty-columns");
    }
}
