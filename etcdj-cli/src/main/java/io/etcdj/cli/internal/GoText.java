package io.etcdj.cli.internal;

import java.nio.charset.StandardCharsets;

/**
 * Text conversions that etcdctl's output depends on, reproduced from the documented behaviour
 * of Go's {@code strconv} package: {@code %q} quoting of byte strings and the error texts of
 * {@code ParseInt} and {@code ParseBool}.
 */
public final class GoText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int RUNE_ERROR = 0xFFFD;

    private GoText() {
    }

    /**
     * Quotes a byte string as Go's {@code strconv.Quote} (and so {@code fmt}'s {@code %q}) does:
     * the bytes are read as UTF-8; printable characters stay, the usual C escapes are used for
     * control characters, {@code \xNN} for bytes that are not valid UTF-8 and for other control
     * characters below U+0080, {@code \\uNNNN} / {@code \\UNNNNNNNN} for other unprintable ones.
     *
     * @param bytes the string's bytes
     * @return the quoted form, with its double quotes
     */
    public static String quote(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length + 2).append('"');
        int i = 0;
        while (i < bytes.length) {
            long decoded = decodeRune(bytes, i);
            int rune = (int) (decoded >>> 32);
            int width = (int) decoded;
            if (width == 1 && rune == RUNE_ERROR) {
                sb.append("\\x").append(HEX[(bytes[i] >> 4) & 0xF]).append(HEX[bytes[i] & 0xF]);
            } else {
                appendEscapedRune(sb, rune);
            }
            i += width;
        }
        return sb.append('"').toString();
    }

    /**
     * @param s a string, taken as its UTF-8 bytes
     * @return the string quoted as by Go's {@code strconv.Quote}
     */
    public static String quote(String s) {
        return quote(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param c one character
     * @return the character quoted as by Go's {@code strconv.QuoteRune}, as in {@code 'z'}
     */
    public static String quoteRune(int c) {
        StringBuilder sb = new StringBuilder("'");
        if (c == '\'') {
            sb.append("\\'");
        } else if (c == '"') {
            sb.append('"');
        } else {
            appendEscapedRune(sb, c);
        }
        return sb.append('\'').toString();
    }

    private static void appendEscapedRune(StringBuilder sb, int r) {
        if (r == '"' || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (isPrint(r)) {
            sb.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    sb.append("\\x").append(HEX[(r >> 4) & 0xF]).append(HEX[r & 0xF]);
                } else if (r < 0x10000) {
                    sb.append("\\u");
                    appendHex(sb, r, 4);
                } else {
                    sb.append("\\U");
                    appendHex(sb, r, 8);
                }
            }
        }
    }

    private static void appendHex(StringBuilder sb, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >> shift) & 0xF]);
        }
    }

    /**
     * Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
     * space.
     */
    static boolean isPrint(int r) {
        if (r <= 0xFF) {
            return (r >= 0x20 && r < 0x7F) || (r >= 0xA1 && r != 0xAD);
        }
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    /**
     * Decodes one UTF-8 sequence with Go's rules (no surrogates, no overlong forms).
     *
     * @return the rune in the high 32 bits and its width in bytes in the low 32; an invalid byte
     *     gives U+FFFD with width 1
     */
    static long decodeRune(byte[] b, int i) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        int rune;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            rune = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            rune = b0 & 0x0F;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            rune = b0 & 0x07;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (i + need >= b.length) {
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (c < min || c > max) {
                return pack(RUNE_ERROR, 1);
            }
            rune = (rune << 6) | (c & 0x3F);
        }
        return pack(rune, need + 1);
    }

    private static long pack(int rune, int width) {
        return ((long) rune << 32) | width;
    }

    /**
     * Go's {@code strconv.ParseInt(s, base, 64)}.
     *
     * @param s the text
     * @param base 2..36, or 0 to take the base from a {@code 0x}, {@code 0o}, {@code 0b} or
     *     {@code 0} prefix (and allow underscores between digits)
     * @return the value
     * @throws IllegalArgumentException with Go's error text, such as
     *     {@code strconv.ParseInt: parsing "x": invalid syntax}
     */
    public static long parseInt(String s, int base) {
        String fn = "strconv.ParseInt";
        if (s.isEmpty()) {
            throw syntaxError(fn, s);
        }
        String body = s;
        boolean negative = false;
        if (body.charAt(0) == '+' || body.charAt(0) == '-') {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        java.math.BigInteger magnitude = parseUnsigned(body, base, fn, s);
        java.math.BigInteger value = negative ? magnitude.negate() : magnitude;
        if (value.bitLength() > 63) {
            throw new IllegalArgumentException(fn + ": parsing " + quote(s) + ": value out of range");
        }
        return value.longValue();
    }

    private static java.math.BigInteger parseUnsigned(String s, int base, String fn, String orig) {
        if (s.isEmpty()) {
            throw syntaxError(fn, orig);
        }
        boolean base0 = base == 0;
        String digits = s;
        if (base0) {
            base = 10;
            if (s.charAt(0) == '0') {
                if (s.length() >= 3 && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
                    base = 16;
                    digits = s.substring(2);
                } else if (s.length() >= 3 && (s.charAt(1) == 'o' || s.charAt(1) == 'O')) {
                    base = 8;
                    digits = s.substring(2);
                } else if (s.length() >= 3 && (s.charAt(1) == 'b' || s.charAt(1) == 'B')) {
                    base = 2;
                    digits = s.substring(2);
                } else {
                    base = 8;
                    digits = s.substring(1);
                }
            }
        }
        java.math.BigInteger value = java.math.BigInteger.ZERO;
        java.math.BigInteger bigBase = java.math.BigInteger.valueOf(base);
        boolean underscores = false;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '_' && base0) {
                underscores = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0 || c > 0x7F) {
                throw syntaxError(fn, orig);
            }
            value = value.multiply(bigBase).add(java.math.BigInteger.valueOf(d));
            if (value.bitLength() > 64) {
                throw new IllegalArgumentException(fn + ": parsing " + quote(orig) + ": value out of range");
            }
        }
        if (underscores && !underscoreOk(s)) {
            throw syntaxError(fn, orig);
        }
        return value;
    }

    /** Go's rule: underscores only between digits, or between a base prefix and a digit. */
    private static boolean underscoreOk(String s) {
        char saw = '^';
        int i = 0;
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                hex = p == 'x';
                i = 2;
                saw = '0';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && Character.digit(c, 16) >= 0)) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    private static IllegalArgumentException syntaxError(String fn, String s) {
        return new IllegalArgumentException(fn + ": parsing " + quote(s) + ": invalid syntax");
    }

    /**
     * Go's {@code strconv.ParseBool}.
     *
     * @param s one of 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False
     * @return the value
     * @throws IllegalArgumentException with Go's error text for anything else
     */
    public static boolean parseBool(String s) {
        switch (s) {
            case "1", "t", "T", "TRUE", "true", "True":
                return true;
            case "0", "f", "F", "FALSE", "false", "False":
                return false;
            default:
                throw syntaxError("strconv.ParseBool", s);
        }
    }

    /**
     * Quotes as Go's {@code time} package does in its error messages: ASCII stays (with
     * {@code "} and {@code \} escaped), every byte of anything else becomes {@code \xNN}.
     *
     * @param s the text
     * @return the quoted text
     */
    public static String timeQuote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 0x80 || c < ' ') {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append((char) c);
            }
        }
        return sb.append('"').toString();
    }
}
