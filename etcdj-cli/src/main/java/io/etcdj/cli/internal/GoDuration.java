package io.etcdj.cli.internal;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

/**
 * Parses durations written as Go's {@code time.ParseDuration} reads them, as etcdctl's
 * {@code --dial-timeout} and {@code --command-timeout} do: a signed sequence of decimal numbers,
 * each with an optional fraction and a unit ({@code ns}, {@code us}, {@code µs}, {@code ms},
 * {@code s}, {@code m}, {@code h}), such as {@code 2s}, {@code 500ms}, {@code 1m30s}, {@code 1.5h}.
 */
public final class GoDuration {
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(63);
    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {
    }

    /**
     * @param orig the text
     * @return the duration (may be zero or negative)
     * @throws IllegalArgumentException with Go's error text, such as
     *     {@code time: invalid duration "zz"} or {@code time: missing unit in duration "5"}
     */
    public static Duration parse(String orig) {
        String s = orig;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        BigInteger total = BigInteger.ZERO;
        while (!s.isEmpty()) {
            char c0 = s.charAt(0);
            if (!(c0 == '.' || isDigit(c0))) {
                throw invalid(orig);
            }
            int i = 0;
            BigInteger v = BigInteger.ZERO;
            while (i < s.length() && isDigit(s.charAt(i))) {
                v = v.multiply(BigInteger.TEN).add(BigInteger.valueOf(s.charAt(i) - '0'));
                if (v.compareTo(MAX) > 0) {
                    throw invalid(orig);
                }
                i++;
            }
            boolean pre = i > 0;
            s = s.substring(i);
            boolean post = false;
            long fraction = 0;
            double scale = 1;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int j = 0;
                boolean overflow = false;
                while (j < s.length() && isDigit(s.charAt(j))) {
                    if (!overflow) {
                        if (fraction > (Long.MAX_VALUE) / 10) {
                            overflow = true;
                        } else {
                            fraction = fraction * 10 + (s.charAt(j) - '0');
                            scale *= 10;
                        }
                    }
                    j++;
                }
                post = j > 0;
                s = s.substring(j);
            }
            if (!pre && !post) {
                throw invalid(orig);
            }
            int u = 0;
            while (u < s.length() && s.charAt(u) != '.' && !isDigit(s.charAt(u))) {
                u++;
            }
            if (u == 0) {
                throw new IllegalArgumentException("time: missing unit in duration " + GoText.timeQuote(orig));
            }
            String unitName = s.substring(0, u);
            s = s.substring(u);
            Long unit = UNITS.get(unitName);
            if (unit == null) {
                throw new IllegalArgumentException("time: unknown unit " + GoText.timeQuote(unitName)
                        + " in duration " + GoText.timeQuote(orig));
            }
            BigInteger unitBig = BigInteger.valueOf(unit);
            if (v.compareTo(MAX.divide(unitBig)) > 0) {
                throw invalid(orig);
            }
            v = v.multiply(unitBig);
            if (fraction > 0) {
                v = v.add(BigInteger.valueOf((long) (fraction * (unit / scale))));
                if (v.compareTo(MAX) > 0) {
                    throw invalid(orig);
                }
            }
            total = total.add(v);
            if (total.compareTo(MAX) > 0) {
                throw invalid(orig);
            }
        }
        if (negative) {
            return Duration.ofNanos(total.negate().longValue());
        }
        if (total.compareTo(MAX) >= 0) {
            throw invalid(orig);
        }
        return Duration.ofNanos(total.longValue());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException invalid(String orig) {
        return new IllegalArgumentException("time: invalid duration " + GoText.timeQuote(orig));
    }
}
