package io.etcdj.cli.internal;

import java.util.Objects;

/**
 * One command-line flag, declared the way etcdctl's (pflag) flags are: a long name, an optional
 * one-letter shorthand, a value type, a default and a one-line description.
 *
 * @param name the long name, used as {@code --name}
 * @param shorthand the one-letter form used as {@code -x}, or {@code 0} for none
 * @param kind the value type
 * @param defaultValue the default, written as it would be given on the command line ({@code ""}
 *     for an empty string or list)
 * @param usage a one-line description for the help text
 */
public record FlagSpec(String name, char shorthand, Kind kind, String defaultValue, String usage) {
    /** The value types etcdctl's flags use. */
    public enum Kind {
        /** true/false; {@code --flag} alone means true. */
        BOOL,
        /** Any text. */
        STRING,
        /** A signed 64-bit integer, in Go's syntax (base prefixes allowed). */
        INT64,
        /** A Go duration such as {@code 2s} or {@code 500ms}. */
        DURATION,
        /** A comma-separated list; repeating the flag appends. */
        STRING_SLICE
    }

    /** Validates the record. */
    public FlagSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * @param name long name
     * @param usage description
     * @return a boolean flag, false by default
     */
    public static FlagSpec bool(String name, String usage) {
        return new FlagSpec(name, (char) 0, Kind.BOOL, "false", usage);
    }

    /**
     * @param name long name
     * @param defaultValue default
     * @param usage description
     * @return a string flag
     */
    public static FlagSpec string(String name, String defaultValue, String usage) {
        return new FlagSpec(name, (char) 0, Kind.STRING, defaultValue, usage);
    }

    /**
     * @param name long name
     * @param defaultValue default
     * @param usage description
     * @return an int64 flag
     */
    public static FlagSpec int64(String name, long defaultValue, String usage) {
        return new FlagSpec(name, (char) 0, Kind.INT64, Long.toString(defaultValue), usage);
    }

    /**
     * @param shorthand the one-letter form
     * @return a copy of this flag with that shorthand
     */
    public FlagSpec withShorthand(char shorthand) {
        return new FlagSpec(name, shorthand, kind, defaultValue, usage);
    }

    /** @return true when the flag has a one-letter form */
    public boolean hasShorthand() {
        return shorthand != 0;
    }

    /**
     * @return how pflag names the flag in a value error: {@code -w, --write-out} or
     *     {@code --limit}
     */
    public String displayName() {
        return hasShorthand() ? "-" + shorthand + ", --" + name : "--" + name;
    }
}
