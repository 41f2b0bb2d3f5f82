package io.etcdj.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's quoting and number, boolean and duration syntax, as etcdctl's output and flags use them. */
class GoTextTest {
    @Test
    void quotesLikeStrconvQuote() {
        assertThat(GoText.quote("plain")).isEqualTo("\"plain\"");
        assertThat(GoText.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(GoText.quote("\u0007\b\f\n\r\t\u000b")).isEqualTo("\"\\a\\b\\f\\n\\r\\t\\v\"");
        assertThat(GoText.quote("\u0001\u007f")).isEqualTo("\"\\x01\\x7f\"");
        assertThat(GoText.quote("é€😀")).isEqualTo("\"é€😀\"");
        assertThat(GoText.quote("\u00a0\u200b\u00ad")).isEqualTo("\"\\u00a0\\u200b\\u00ad\"");
        assertThat(GoText.quote(new byte[] {(byte) 0xff, (byte) 0xc3, 'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80}))
                .isEqualTo("\"\\xff\\xc3a\\xed\\xa0\\x80\"");
        assertThat(GoText.quote("\uDB40\uDC01".getBytes(StandardCharsets.UTF_8))).isEqualTo("\"\\U000e0001\"");
        assertThat(GoText.quoteRune('z')).isEqualTo("'z'");
        assertThat(GoText.quoteRune('\'')).isEqualTo("'\\''");
    }

    @Test
    void parsesIntegersLikeParseInt() {
        assertThat(GoText.parseInt("42", 0)).isEqualTo(42);
        assertThat(GoText.parseInt("-0x10", 0)).isEqualTo(-16);
        assertThat(GoText.parseInt("0b101", 0)).isEqualTo(5);
        assertThat(GoText.parseInt("0o17", 0)).isEqualTo(15);
        assertThat(GoText.parseInt("017", 0)).isEqualTo(15);
        assertThat(GoText.parseInt("1_000", 0)).isEqualTo(1000);
        assertThat(GoText.parseInt("+7fffffffffffffff", 16)).isEqualTo(Long.MAX_VALUE);
        assertThat(GoText.parseInt("-8000000000000000", 16)).isEqualTo(Long.MIN_VALUE);
        for (String bad : List.of("", "x", "1_", "_1", "0x", "1__0", "12a", "0x1")) {
            int base = bad.equals("0x1") ? 10 : 0;
            assertThatThrownBy(() -> GoText.parseInt(bad, base))
                    .hasMessage("strconv.ParseInt: parsing " + GoText.quote(bad) + ": invalid syntax");
        }
        assertThatThrownBy(() -> GoText.parseInt("8000000000000000", 16))
                .hasMessage("strconv.ParseInt: parsing \"8000000000000000\": value out of range");
        assertThatThrownBy(() -> GoText.parseInt("99999999999999999999999", 10))
                .hasMessage("strconv.ParseInt: parsing \"99999999999999999999999\": value out of range");
    }

    @Test
    void parsesBooleansLikeParseBool() {
        for (String t : List.of("1", "t", "T", "TRUE", "true", "True")) {
            assertThat(GoText.parseBool(t)).isTrue();
        }
        for (String f : List.of("0", "f", "F", "FALSE", "false", "False")) {
            assertThat(GoText.parseBool(f)).isFalse();
        }
        assertThatThrownBy(() -> GoText.parseBool("yes")).hasMessage("strconv.ParseBool: parsing \"yes\": invalid syntax");
    }

    @Test
    void parsesDurationsLikeParseDuration() {
        assertThat(GoDuration.parse("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(GoDuration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(GoDuration.parse("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(GoDuration.parse("1h2m3.5s")).isEqualTo(Duration.ofMillis(3_723_500));
        assertThat(GoDuration.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("-1.5us")).isEqualTo(Duration.ofNanos(-1500));
        assertThat(GoDuration.parse("10µs")).isEqualTo(Duration.ofNanos(10_000));
        assertThat(GoDuration.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(GoDuration.parse(".5s")).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> GoDuration.parse("5")).hasMessage("time: missing unit in duration \"5\"");
        assertThatThrownBy(() -> GoDuration.parse("5x")).hasMessage("time: unknown unit \"x\" in duration \"5x\"");
        assertThatThrownBy(() -> GoDuration.parse("")).hasMessage("time: invalid duration \"\"");
        assertThatThrownBy(() -> GoDuration.parse("s")).hasMessage("time: invalid duration \"s\"");
        assertThatThrownBy(() -> GoDuration.parse(".s")).hasMessage("time: invalid duration \".s\"");
        assertThatThrownBy(() -> GoDuration.parse("3000000h")).hasMessage("time: invalid duration \"3000000h\"");
        assertThatThrownBy(() -> GoDuration.parse("1é")).hasMessage("time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\"");
    }
}
