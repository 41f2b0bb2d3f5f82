package io.etcdj.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Command lines parsed the way pflag parses them. */
class FlagSetTest {
    private final FlagSet flags = new FlagSet(List.of(
            FlagSpec.bool("prefix", ""),
            FlagSpec.int64("limit", 0, ""),
            new FlagSpec("write-out", 'w', FlagSpec.Kind.STRING, "simple", ""),
            FlagSpec.bool("interactive", "").withShorthand('i'),
            new FlagSpec("endpoints", (char) 0, FlagSpec.Kind.STRING_SLICE, "127.0.0.1:2379", ""),
            new FlagSpec("dial-timeout", (char) 0, FlagSpec.Kind.DURATION, "2s", "")));

    @Test
    void flagsMayComeAnywhereInAnyForm() throws Exception {
        ParsedFlags f = flags.parse(List.of("a", "--prefix", "-w", "json", "b", "--limit=0x10", "-i", "--", "--x", "-"));
        assertThat(f.args()).containsExactly("a", "b", "--x", "-");
        assertThat(f.bool("prefix")).isTrue();
        assertThat(f.string("write-out")).isEqualTo("json");
        assertThat(f.int64("limit")).isEqualTo(16);
        assertThat(f.bool("interactive")).isTrue();
        assertThat(f.duration("dial-timeout")).isEqualTo(Duration.ofSeconds(2));
        assertThat(f.list("endpoints")).containsExactly("127.0.0.1:2379");
        assertThat(f.changed("prefix")).isTrue();
        assertThat(f.changed("endpoints")).isFalse();
    }

    @Test
    void shorthandsCombineAndTakeAttachedValues() throws Exception {
        assertThat(flags.parse(List.of("-iwfields")).string("write-out")).isEqualTo("fields");
        assertThat(flags.parse(List.of("-w=json")).string("write-out")).isEqualTo("json");
        assertThat(flags.parse(List.of("--prefix=false", "x")).bool("prefix")).isFalse();
        assertThat(flags.parse(List.of("--prefix", "false")).args()).containsExactly("false");
    }

    @Test
    void listFlagsReplaceTheDefaultThenAppend() throws Exception {
        assertThat(flags.parse(List.of("--endpoints", "a,b", "--endpoints=c")).list("endpoints"))
                .containsExactly("a", "b", "c");
        assertThat(flags.parse(List.of("--endpoints=")).list("endpoints")).isEmpty();
    }

    @Test
    void errorsAreWordedAsPflagWordsThem() {
        assertThatThrownBy(() -> flags.parse(List.of("--bogus"))).hasMessage("unknown flag: --bogus");
        assertThatThrownBy(() -> flags.parse(List.of("--bogus=1"))).hasMessage("unknown flag: --bogus");
        assertThatThrownBy(() -> flags.parse(List.of("-z"))).hasMessage("unknown shorthand flag: 'z' in -z");
        assertThatThrownBy(() -> flags.parse(List.of("-iz"))).hasMessage("unknown shorthand flag: 'z' in -z");
        assertThatThrownBy(() -> flags.parse(List.of("--limit"))).hasMessage("flag needs an argument: --limit");
        assertThatThrownBy(() -> flags.parse(List.of("-w"))).hasMessage("flag needs an argument: 'w' in -w");
        assertThatThrownBy(() -> flags.parse(List.of("--limit", "x")))
                .hasMessage("invalid argument \"x\" for \"--limit\" flag: strconv.ParseInt: parsing \"x\": invalid syntax");
        assertThatThrownBy(() -> flags.parse(List.of("-i=maybe")))
                .hasMessage("invalid argument \"maybe\" for \"-i, --interactive\" flag: "
                        + "strconv.ParseBool: parsing \"maybe\": invalid syntax");
        assertThatThrownBy(() -> flags.parse(List.of("---x"))).hasMessage("bad flag syntax: ---x");
    }

    @Test
    void findsTheCommandAsCobraDoes() {
        assertThat(flags.findCommand(List.of("get", "a"))).isZero();
        assertThat(flags.findCommand(List.of("-w", "json", "get"))).isEqualTo(2);
        assertThat(flags.findCommand(List.of("--prefix", "get"))).isEqualTo(1);
        assertThat(flags.findCommand(List.of("--bogus", "get", "a"))).isEqualTo(2);
        assertThat(flags.findCommand(List.of("--endpoints", "get"))).isEqualTo(-1);
        assertThat(flags.findCommand(List.of("--endpoints=x", "get"))).isEqualTo(1);
        assertThat(flags.findCommand(List.of("--", "get"))).isEqualTo(-1);
    }
}
