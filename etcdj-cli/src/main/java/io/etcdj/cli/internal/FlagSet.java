package io.etcdj.cli.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a command line the way etcdctl's flag library (pflag) does, so that the same command
 * lines are accepted and the same ones rejected with the same words: flags may come before, among
 * or after the arguments; {@code --name=value}, {@code --name value}, {@code -x value},
 * {@code -xvalue} and {@code -x=value}; boolean flags take no separate value ({@code --prefix},
 * {@code --prefix=false}); {@code --} ends the flags; a lone {@code -} is an argument.
 */
public final class FlagSet {
    private final Map<String, FlagSpec> byName = new LinkedHashMap<>();
    private final Map<Character, FlagSpec> byShorthand = new LinkedHashMap<>();

    /** @param flags the flags this command line accepts */
    public FlagSet(Collection<FlagSpec> flags) {
        for (FlagSpec f : flags) {
            byName.put(f.name(), f);
            if (f.hasShorthand()) {
                byShorthand.put(f.shorthand(), f);
            }
        }
    }

    /** @return the accepted flags, in declaration order */
    public Collection<FlagSpec> flags() {
        return byName.values();
    }

    /** @param name a long name @return the flag, or null */
    public FlagSpec lookup(String name) {
        return byName.get(name);
    }

    /** @param c a shorthand @return the flag, or null */
    public FlagSpec lookupShorthand(char c) {
        return byShorthand.get(c);
    }

    /** @return fresh values: every flag at its default, no arguments */
    public ParsedFlags defaults() {
        return new ParsedFlags(byName.values());
    }

    /**
     * @param arguments the command line after the command name
     * @return the flag values and positional arguments
     * @throws FlagException at the first flag that does not parse, with pflag's message
     */
    public ParsedFlags parse(List<String> arguments) throws FlagException {
        ParsedFlags parsed = defaults();
        Deque<String> args = new ArrayDeque<>(arguments);
        while (!args.isEmpty()) {
            String s = args.removeFirst();
            if (s.length() < 2 || s.charAt(0) != '-') {
                parsed.addArg(s);
                continue;
            }
            if (s.charAt(1) == '-') {
                if (s.length() == 2) {
                    parsed.markDash();
                    args.forEach(parsed::addArg);
                    break;
                }
                parseLong(s, args, parsed);
            } else {
                String shorthands = s.substring(1);
                while (!shorthands.isEmpty()) {
                    shorthands = parseShort(shorthands, args, parsed);
                }
            }
        }
        return parsed;
    }

    private void parseLong(String s, Deque<String> args, ParsedFlags parsed) throws FlagException {
        String name = s.substring(2);
        if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == '=') {
            throw new FlagException("bad flag syntax: " + s);
        }
        int eq = name.indexOf('=');
        String value = null;
        if (eq >= 0) {
            value = name.substring(eq + 1);
            name = name.substring(0, eq);
        }
        FlagSpec flag = byName.get(name);
        if (flag == null) {
            throw new FlagException("unknown flag: --" + name);
        }
        if (value == null) {
            if (flag.kind() == FlagSpec.Kind.BOOL) {
                value = "true";
            } else if (!args.isEmpty()) {
                value = args.removeFirst();
            } else {
                throw new FlagException("flag needs an argument: " + s);
            }
        }
        parsed.set(flag.name(), value);
    }

    private String parseShort(String shorthands, Deque<String> args, ParsedFlags parsed) throws FlagException {
        char c = shorthands.charAt(0);
        FlagSpec flag = byShorthand.get(c);
        if (flag == null) {
            throw new FlagException("unknown shorthand flag: " + GoText.quoteRune(c) + " in -" + shorthands);
        }
        String value;
        String rest;
        if (shorthands.length() > 2 && shorthands.charAt(1) == '=') {
            value = shorthands.substring(2);
            rest = "";
        } else if (flag.kind() == FlagSpec.Kind.BOOL) {
            value = "true";
            rest = shorthands.substring(1);
        } else if (shorthands.length() > 1) {
            value = shorthands.substring(1);
            rest = "";
        } else if (!args.isEmpty()) {
            value = args.removeFirst();
            rest = "";
        } else {
            throw new FlagException("flag needs an argument: " + GoText.quoteRune(c) + " in -" + shorthands);
        }
        parsed.set(flag.name(), value);
        return rest;
    }

    /**
     * Finds the command name in a full command line the way cobra does before any flag is parsed:
     * the first word that is not a flag, skipping the value that follows a flag given as
     * {@code --name} or {@code -x} without {@code =} unless it is a known boolean flag.
     *
     * @param arguments the whole command line
     * @return the index of the command name, or -1 when there is none
     */
    public int findCommand(List<String> arguments) {
        List<String> args = new ArrayList<>(arguments);
        int i = 0;
        while (i < args.size()) {
            String s = args.get(i);
            i++;
            if (s.equals("--")) {
                return -1;
            }
            boolean longNeedsValue = s.startsWith("--") && !s.contains("=") && !isBool(byName.get(s.substring(2)));
            boolean shortNeedsValue = s.startsWith("-") && !s.startsWith("--") && !s.contains("=")
                    && s.length() == 2 && !isBool(byShorthand.get(s.charAt(1)));
            if (longNeedsValue || shortNeedsValue) {
                if (args.size() - i <= 1) {
                    return -1;
                }
                i++;
                continue;
            }
            if (!s.isEmpty() && !s.startsWith("-")) {
                return i - 1;
            }
        }
        return -1;
    }

    private static boolean isBool(FlagSpec f) {
        return f != null && f.kind() == FlagSpec.Kind.BOOL;
    }
}
