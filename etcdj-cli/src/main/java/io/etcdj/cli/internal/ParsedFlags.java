package io.etcdj.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flag values and positional arguments of one command line. Flags not given hold their
 * defaults; {@link #changed(String)} tells which were given.
 */
public final class ParsedFlags {
    private final Map<String, FlagSpec> specs = new LinkedHashMap<>();
    private final Map<String, Object> values = new HashMap<>();
    private final Set<String> changed = new HashSet<>();
    private final List<String> args = new ArrayList<>();
    private int argsLenAtDash = -1;

    ParsedFlags(Iterable<FlagSpec> flags) {
        for (FlagSpec spec : flags) {
            specs.put(spec.name(), spec);
            try {
                values.put(spec.name(), convert(spec, spec.defaultValue(), null));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bad default for --" + spec.name(), e);
            }
        }
    }

    /**
     * Sets a flag from text, as if given on the command line.
     *
     * @param name the flag's long name
     * @param text the value
     * @throws FlagException when the flag is unknown or the text is not a valid value
     */
    public void set(String name, String text) throws FlagException {
        FlagSpec spec = specs.get(name);
        if (spec == null) {
            throw new FlagException("no such flag -" + name);
        }
        try {
            values.put(name, convert(spec, text, changed.contains(name) ? values.get(name) : null));
        } catch (IllegalArgumentException e) {
            throw new FlagException("invalid argument " + GoText.quote(text) + " for "
                    + GoText.quote(spec.displayName()) + " flag: " + e.getMessage());
        }
        changed.add(name);
    }

    /**
     * Sets a flag from an environment variable as pflag's {@code Set} does: like {@link #set}, but
     * when a boolean or duration value does not parse, the flag still takes its type's zero value
     * (false, 0s) and is not marked as given.
     *
     * @param name the flag's long name
     * @param text the value
     * @throws FlagException when the text is not a valid value
     */
    void setFromEnv(String name, String text) throws FlagException {
        try {
            set(name, text);
        } catch (FlagException e) {
            FlagSpec spec = specs.get(name);
            if (spec != null && spec.kind() == FlagSpec.Kind.BOOL) {
                values.put(name, Boolean.FALSE);
            } else if (spec != null && spec.kind() == FlagSpec.Kind.DURATION) {
                values.put(name, Duration.ZERO);
            }
            throw e;
        }
    }

    private static Object convert(FlagSpec spec, String text, Object previous) {
        switch (spec.kind()) {
            case BOOL:
                return GoText.parseBool(text);
            case INT64:
                return GoText.parseInt(text, 0);
            case DURATION:
                return GoDuration.parse(text);
            case STRING_SLICE: {
                List<String> list = new ArrayList<>();
                if (previous != null) {
                    @SuppressWarnings("unchecked")
                    List<String> old = (List<String>) previous;
                    list.addAll(old);
                }
                list.addAll(CsvLine.parse(text));
                return Collections.unmodifiableList(list);
            }
            default:
                return text;
        }
    }

    void addArg(String arg) {
        args.add(arg);
    }

    /**
     * Replaces a positional argument, as when a subcommand prefix is resolved to its full name.
     *
     * @param index the argument's index
     * @param value its new text
     */
    public void setArg(int index, String value) {
        args.set(index, value);
    }

    void markDash() {
        argsLenAtDash = args.size();
    }

    /**
     * Where {@code --} ended the flags, as cobra's {@code ArgsLenAtDash}.
     *
     * @return how many positional arguments came before {@code --}, or -1 when there was none
     */
    public int argsLenAtDash() {
        return argsLenAtDash;
    }

    /** @return the positional arguments, in order */
    public List<String> args() {
        return Collections.unmodifiableList(args);
    }

    /**
     * @param name a flag's long name
     * @return true when the flag was given (on the command line, or from the environment)
     */
    public boolean changed(String name) {
        return changed.contains(name);
    }

    /** @param name a flag's long name @return true when the flag is declared */
    public boolean has(String name) {
        return specs.containsKey(name);
    }

    /** @return the declared flags in declaration order */
    public Iterable<FlagSpec> specs() {
        return specs.values();
    }

    /** @param name a boolean flag @return its value */
    public boolean bool(String name) {
        return (Boolean) value(name);
    }

    /** @param name a string flag @return its value */
    public String string(String name) {
        return (String) value(name);
    }

    /** @param name an int64 flag @return its value */
    public long int64(String name) {
        return (Long) value(name);
    }

    /** @param name a duration flag @return its value */
    public Duration duration(String name) {
        return (Duration) value(name);
    }

    /** @param name a list flag @return its value */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return (List<String>) value(name);
    }

    private Object value(String name) {
        if (!specs.containsKey(name)) {
            throw new IllegalArgumentException("undeclared flag --" + name);
        }
        return values.get(name);
    }
}
