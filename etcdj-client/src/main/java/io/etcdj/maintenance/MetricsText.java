package io.etcdj.maintenance;

import io.etcdj.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Prometheus text exposition format (version 0.0.4) that an etcd member serves on
 * {@code /metrics} (see {@link Maintenance#metrics(String)}) into samples for a caller's code.
 * Comment lines ({@code # HELP}, {@code # TYPE}) and blank lines are skipped; timestamps after a
 * value are ignored.
 */
public final class MetricsText {
    private MetricsText() {
    }

    /**
     * Parses a metrics text.
     *
     * @param text the text; not null
     * @return the samples in the order written; empty for an empty text
     * @throws io.etcdj.exception.InvalidArgumentException when a line is not a valid sample, naming
     *     the line
     */
    public static List<MetricSample> parse(String text) {
        Checks.notNull(text, "text");
        List<MetricSample> samples = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            samples.add(sample(l, lineNo));
        }
        return samples;
    }

    /**
     * Finds the first sample with a name and no labels, such as {@code etcd_server_has_leader}.
     *
     * @param samples parsed samples; not null
     * @param name the metric name; not null
     * @return the value of the first sample with that name, or empty when there is none
     */
    public static Optional<Double> value(List<MetricSample> samples, String name) {
        for (MetricSample s : samples) {
            if (s.name().equals(name)) {
                return Optional.of(s.value());
            }
        }
        return Optional.empty();
    }

    private static MetricSample sample(String l, int lineNo) {
        int i = 0;
        while (i < l.length() && isNameChar(l.charAt(i), i == 0)) {
            i++;
        }
        if (i == 0) {
            throw bad(lineNo, l, "no metric name");
        }
        String name = l.substring(0, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < l.length() && l.charAt(i) == '{') {
            i = labels(l, i + 1, labels, lineNo);
        }
        String rest = l.substring(i).strip();
        if (rest.isEmpty()) {
            throw bad(lineNo, l, "no value");
        }
        String number = rest.split("[ \t]+")[0];
        return new MetricSample(name, labels, number(number, lineNo, l));
    }

    /** Reads {@code a="x",b="y"}} from just after the brace; returns the index after the closing brace. */
    private static int labels(String l, int i, Map<String, String> labels, int lineNo) {
        while (true) {
            while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == ',')) {
                i++;
            }
            if (i < l.length() && l.charAt(i) == '}') {
                return i + 1;
            }
            int start = i;
            while (i < l.length() && isNameChar(l.charAt(i), i == start) && l.charAt(i) != ':') {
                i++;
            }
            if (i == start || i >= l.length() || l.charAt(i) != '=' || i + 1 >= l.length() || l.charAt(i + 1) != '"') {
                throw bad(lineNo, l, "malformed label");
            }
            String label = l.substring(start, i);
            i += 2;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (i >= l.length()) {
                    throw bad(lineNo, l, "unterminated label value");
                }
                char c = l.charAt(i++);
                if (c == '"') {
                    break;
                }
                if (c == '\\' && i < l.length()) {
                    char e = l.charAt(i++);
                    value.append(e == 'n' ? '\n' : e);
                } else {
                    value.append(c);
                }
            }
            labels.put(label, value.toString());
        }
    }

    private static double number(String s, int lineNo, String l) {
        switch (s) {
            case "+Inf":
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw bad(lineNo, l, "not a number: " + s);
                }
        }
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
    }

    private static RuntimeException bad(int lineNo, String line, String why) {
        return Checks.invalid("metrics line " + lineNo + " is not a sample (" + why + "): " + line);
    }
}
