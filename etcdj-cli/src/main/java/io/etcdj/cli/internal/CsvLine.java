package io.etcdj.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a list flag's value as one CSV record, as pflag's string-slice flags do. */
final class CsvLine {
    private CsvLine() {
    }

    static List<String> parse(String text) {
        List<String> fields = new ArrayList<>();
        if (text.isEmpty()) {
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean startOfField = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                startOfField = true;
                continue;
            } else if (c == '"' && startOfField) {
                quoted = true;
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                field.append(c);
            }
            startOfField = false;
        }
        fields.add(field.toString());
        return fields;
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
