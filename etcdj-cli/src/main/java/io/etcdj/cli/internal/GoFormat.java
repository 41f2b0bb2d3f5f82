package io.etcdj.cli.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Go formatting rules that etcdctl's cluster and maintenance output depends on: byte sizes as
 * {@code humanize.Bytes} writes them (powers of 1000, {@code 20 kB}), durations as Go's
 * {@code time.Duration} prints them ({@code 1.5ms}, {@code 2m3s}), and {@code strconv.ParseUint}
 * of a hex member id with Go's error texts.
 */
public final class GoFormat {
    private static final String[] SIZES = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private GoFormat() {
    }

    /**
     * Formats a size in bytes as etcdctl's {@code endpoint status} shows the database size.
     *
     * @param bytes the size, unsigned
     * @return such as {@code 9 B}, {@code 20 kB}, {@code 1.2 MB}
     */
    public static String bytes(long bytes) {
        double s = new BigInteger(Long.toUnsignedString(bytes)).doubleValue();
        if (Long.compareUnsigned(bytes, 10) < 0) {
            return bytes + " B";
        }
        int e = (int) Math.floor(Math.log(s) / Math.log(1000));
        double val = Math.floor(s / Math.pow(1000, e) * 10 + 0.5) / 10;
        // Go's %.Nf rounds the exact binary value half to even
        BigDecimal exact = new BigDecimal(val);
        String number = val < 10 ? exact.setScale(1, RoundingMode.HALF_EVEN).toPlainString()
                : exact.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
        return number + " " + SIZES[e];
    }

    /**
     * Formats a duration as Go's {@code time.Duration.String} does.
     *
     * @param d the duration
     * @return such as {@code 0s}, {@code 850ns}, {@code 1.234567ms}, {@code 2.5s}, {@code 1m0s}
     */
    public static String duration(Duration d) {
        long ns = d.toNanos();
        if (ns == 0) {
            return "0s";
        }
        boolean negative = ns < 0;
        long u = Math.abs(ns);
        String text;
        if (u < 1_000) {
            text = u + "ns";
        } else if (u < 1_000_000) {
            text = fraction(u, 3) + "µs";
        } else if (u < 1_000_000_000) {
            text = fraction(u, 6) + "ms";
        } else {
            StringBuilder sb = new StringBuilder();
            long hours = u / 3_600_000_000_000L;
            long minutes = u / 60_000_000_000L % 60;
            long secNanos = u % 60_000_000_000L;
            if (hours > 0) {
                sb.append(hours).append('h');
            }
            if (hours > 0 || minutes > 0) {
                sb.append(minutes).append('m');
            }
            sb.append(fraction(secNanos, 9)).append('s');
            text = sb.toString();
        }
        return negative ? "-" + text : text;
    }

    /** value / 10^digits with the fraction's trailing zeros (and a bare point) removed. */
    private static String fraction(long value, int digits) {
        long pow = (long) Math.pow(10, digits);
        long whole = value / pow;
        long frac = value % pow;
        if (frac == 0) {
            return Long.toString(whole);
        }
        String f = String.format("%0" + digits + "d", frac).replaceAll("0+$", "");
        return whole + "." + f;
    }

    /**
     * Parses an unsigned 64-bit number in hex as Go's {@code strconv.ParseUint(s, 16, 64)}.
     *
     * @param s the text
     * @return the number
     * @throws IllegalArgumentException with Go's message, such as
     *     {@code strconv.ParseUint: parsing "zz": invalid syntax}
     */
    public static long parseHexUint64(String s) {
        if (s.isEmpty() || !s.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("strconv.ParseUint: parsing " + GoText.quote(s) + ": invalid syntax");
        }
        BigInteger v = new BigInteger(s, 16);
        if (v.bitLength() > 64) {
            throw new IllegalArgumentException("strconv.ParseUint: parsing " + GoText.quote(s) + ": value out of range");
        }
        return v.longValue();
    }
}
