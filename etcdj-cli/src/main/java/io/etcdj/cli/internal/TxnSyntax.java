package io.etcdj.cli.internal;

import io.etcdj.kv.Cmp;
import io.etcdj.kv.NumberSubject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text format of etcdctl's {@code txn} command: lines read from standard input, compares
 * such as {@code mod("key1") > "0"} or {@code value("k") = "v"}, and requests written as
 * {@code get}, {@code put} and {@code del} command lines with their flags.
 *
 * <p>Compares name a target ({@code ver}/{@code version}, {@code c}/{@code create},
 * {@code m}/{@code mod}, {@code val}/{@code value}, {@code lease}), a Go-quoted key, an operator
 * ({@code =}, {@code !=}, {@code >}, {@code <}) and a Go-quoted operand (a number for the
 * numeric targets, hexadecimal for a lease).
 */
public final class TxnSyntax {
    /** etcdctl's tokenizer: double-quoted, single-quoted, or bare words. */
    private static final Pattern WORD = Pattern.compile(
            "(?d)\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^'\"\\t\\n\\f\\r ][^\\t\\n\\f\\r ]*[^'\"\\t\\n\\f\\r ]?");

    private TxnSyntax() {
    }

    /**
     * Reads one line as Go's {@code bufio.Reader.ReadString('\n')} does.
     *
     * @param in the input
     * @return the line without its newline
     * @throws CliExit exit 3 with {@code EOF} when the input ends before a newline
     */
    public static String readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new CliExit(ExitCodes.INVALID_INPUT, "EOF");
                }
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Go's {@code strings.TrimSpace}.
     *
     * @param s text
     * @return the text without leading and trailing Unicode white space
     */
    public static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /**
     * Splits a request line into words as etcdctl does: double-quoted words are Go string
     * literals, single-quoted words are taken as they are, without their quotes.
     *
     * @param line the request line
     * @return the words
     * @throws CliExit exit 3 when a double-quoted word is not a valid Go literal
     */
    public static List<String> argify(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String w = m.group();
            if (w.startsWith("'")) {
                w = w.substring(1, w.length() - 1);
            } else if (w.startsWith("\"")) {
                try {
                    w = new String(GoUnquote.read(w, 0).value(), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new CliExit(ExitCodes.INVALID_INPUT, e.getMessage());
                }
            }
            words.add(w);
        }
        return words;
    }

    /**
     * Parses one compare line.
     *
     * @param line the line, trimmed
     * @return the compare
     * @throws CliExit exit 3 with etcdctl's message when the line is malformed
     */
    public static Cmp parseCompare(String line) {
        int paren = line.indexOf('(');
        if (paren < 0) {
            throw invalidInput("malformed comparison: " + line);
        }
        String target = line.substring(0, paren);
        Scan scan = new Scan(line.substring(paren + 1));
        if (scan.n != 3) {
            throw invalidInput("malformed comparison: " + line + "; got " + target + "("
                    + GoText.quote(scan.key) + ") " + scan.op + " " + GoText.quote(scan.val));
        }
        String val = new String(scan.val, StandardCharsets.UTF_8);
        Cmp.Operator operator = switch (scan.op) {
            case "=" -> Cmp.Operator.EQUAL;
            case "!=" -> Cmp.Operator.NOT_EQUAL;
            case ">" -> Cmp.Operator.GREATER;
            case "<" -> Cmp.Operator.LESS;
            default -> null;
        };
        NumberSubject subject;
        int base = 10;
        switch (target) {
            case "ver", "version" -> subject = Cmp.version(scan.key);
            case "c", "create" -> subject = Cmp.createRevision(scan.key);
            case "m", "mod" -> subject = Cmp.modRevision(scan.key);
            case "val", "value" -> {
                return Cmp.value(scan.key).compare(operator(operator, scan.op, line), scan.val);
            }
            case "lease" -> {
                subject = Cmp.lease(scan.key);
                base = 16;
            }
            default -> throw invalidInput("malformed comparison: " + line + " (unknown target " + target + ")");
        }
        long number;
        try {
            number = GoText.parseInt(val, base);
        } catch (IllegalArgumentException e) {
            throw invalidInput("invalid txn compare request: " + line);
        }
        return subject.compare(operator(operator, scan.op, line), number);
    }

    private static Cmp.Operator operator(Cmp.Operator operator, String op, String line) {
        if (operator == null) {
            throw invalidInput("malformed comparison: " + line + " (unknown operator " + op
                    + "; use =, !=, > or <)");
        }
        return operator;
    }

    private static CliExit invalidInput(String message) {
        return new CliExit(ExitCodes.INVALID_INPUT, message);
    }

    /**
     * Scans {@code "key") op "value"} as Go's {@code fmt.Sscanf(s, "%q) %s %q", ...)} does,
     * counting the values it assigned before the first mismatch.
     */
    private static final class Scan {
        private final String s;
        private int pos;
        int n;
        byte[] key = new byte[0];
        String op = "";
        byte[] val = new byte[0];

        Scan(String s) {
            this.s = s;
            try {
                key = quoted();
                n++;
                literal(')');
                spaces();
                op = word();
                n++;
                spaces();
                val = quoted();
                n++;
            } catch (IllegalArgumentException stop) {
                // n tells how far it got
            }
        }

        private byte[] quoted() {
            skipSpace();
            GoUnquote.Literal lit = GoUnquote.read(s, pos);
            pos = lit.end();
            return lit.value();
        }

        private String word() {
            skipSpace();
            if (pos >= s.length()) {
                throw new IllegalArgumentException("unexpected EOF");
            }
            int start = pos;
            while (pos < s.length() && !isSpace(s.charAt(pos))) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private void literal(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("input does not match format");
            }
            pos++;
        }

        /** A space in the format: one or more spaces in the input, or its end. */
        private void spaces() {
            if (pos < s.length() && !isSpace(s.charAt(pos))) {
                throw new IllegalArgumentException("expected space in input to match format");
            }
            skipSpace();
        }

        private void skipSpace() {
            while (pos < s.length() && isSpace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
