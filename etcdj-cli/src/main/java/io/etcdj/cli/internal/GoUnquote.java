package io.etcdj.cli.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads Go string literals as {@code fmt}'s {@code %q} scanning does: a double-quoted string with
 * Go's escapes ({@code \n}, {@code \t}, {@code \xNN}, octal {@code \NNN}, {@code \\uNNNN},
 * {@code \UNNNNNNNN}, ...) or a back-quoted raw string. The result is bytes, since {@code \xNN}
 * may produce any byte.
 */
final class GoUnquote {
    /** A literal found at the start of a text. */
    record Literal(byte[] value, int end) {
    }

    private GoUnquote() {
    }

    /**
     * @param s the text
     * @param start where the literal's opening quote is
     * @return the literal's value and the index just after its closing quote
     * @throws IllegalArgumentException with Go's reason ({@code invalid syntax},
     *     {@code unexpected EOF}, {@code expected quoted string})
     */
    static Literal read(String s, int start) {
        if (start >= s.length()) {
            throw new IllegalArgumentException("unexpected EOF");
        }
        char q = s.charAt(start);
        if (q == '`') {
            int end = s.indexOf('`', start + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unexpected EOF");
            }
            return new Literal(s.substring(start + 1, end).getBytes(StandardCharsets.UTF_8), end + 1);
        }
        if (q != '"') {
            throw new IllegalArgumentException("expected quoted string");
        }
        int i = start + 1;
        while (true) {
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected EOF");
            }
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw new IllegalArgumentException("unexpected EOF");
                }
                i += 2;
            } else if (c == '"') {
                break;
            } else {
                i++;
            }
        }
        return new Literal(unquote(s.substring(start + 1, i)), i + 1);
    }

    /** Decodes the body of a double-quoted Go string literal. */
    static byte[] unquote(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            int cp = body.codePointAt(i);
            if (cp == '"' || cp == '\n') {
                throw invalid();
            }
            if (cp != '\\') {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= body.length()) {
                throw invalid();
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case 'x' -> {
                    out.write(hex(body, i, 2));
                    i += 2;
                }
                case 'u', 'U' -> {
                    int n = e == 'u' ? 4 : 8;
                    int r = hex(body, i, n);
                    i += n;
                    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
                        throw invalid();
                    }
                    out.writeBytes(new String(Character.toChars(r)).getBytes(StandardCharsets.UTF_8));
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    if (i + 2 > body.length()) {
                        throw invalid();
                    }
                    int v = e - '0';
                    for (int k = 0; k < 2; k++) {
                        int d = body.charAt(i + k) - '0';
                        if (d < 0 || d > 7) {
                            throw invalid();
                        }
                        v = v * 8 + d;
                    }
                    if (v > 255) {
                        throw invalid();
                    }
                    out.write(v);
                    i += 2;
                }
                default -> throw invalid();
            }
        }
        return out.toByteArray();
    }

    private static int hex(String s, int at, int n) {
        if (at + n > s.length()) {
            throw invalid();
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = Character.digit(s.charAt(at + k), 16);
            if (d < 0 || s.charAt(at + k) > 0x7F) {
                throw invalid();
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("invalid syntax");
    }
}
