package io.etcdj.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a list flag's value as one CSV record, as pflag's string-slice flags do. */
final class CsvLine {
    private CsvLine() {
    }

    /**
     * @param text the flag's value
     * @return its fields; none for ""
     * @throws IllegalArgumentException with Go's {@code csv} message for a misplaced quote, such
     *     as {@code parse error on line 1, column 3: extraneous or missing " in quoted-field}
     */
    static List<String> parse(String text) {
        List<String> fields = new ArrayList<>();
        if (text.isEmpty()) {
            return fields;
        }
        int end = text.length();
        int nl = text.indexOf('\n');
        if (nl >= 0) {
            end = nl > 0 && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
        }
        int i = 0;
        while (true) {
            StringBuilder field = new StringBuilder();
            if (i < end && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= end) {
                        throw error(end + 1, "extraneous or missing \" in quoted-field");
                    }
                    char c = text.charAt(i);
                    if (c != '"') {
                        field.append(c);
                        i++;
                    } else if (i + 1 < end && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (i + 1 >= end || text.charAt(i + 1) == ',') {
                        i++;
                        break;
                    } else {
                        throw error(i + 1, "extraneous or missing \" in quoted-field");
                    }
                }
            } else {
                while (i < end && text.charAt(i) != ',') {
                    if (text.charAt(i) == '"') {
                        throw error(i + 1, "bare \" in non-quoted-field");
                    }
                    field.append(text.charAt(i));
                    i++;
                }
            }
            fields.add(field.toString());
            if (i >= end) {
                return fields;
            }
            i++; // the comma
        }
    }

    private static IllegalArgumentException error(int column, String what) {
        return new IllegalArgumentException("parse error on line 1, column " + column + ": " + what);
    }

    /**
     * Writes a list as one CSV record, as Go's {@code csv.Writer} does for pflag's string slices:
     * a field is quoted (its quotes doubled) when it holds a comma, quote, carriage return or
     * newline, or starts with a space or tab, or is {@code \.}.
     *
     * @param fields the list
     * @return the record, without a line end
     */
    static String format(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            boolean quote = f.equals("\\.") || f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0
                    || f.indexOf('\n') >= 0 || !f.isEmpty() && (f.charAt(0) == ' ' || f.charAt(0) == '\t');
            sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        return sb.toString();
    }
}
