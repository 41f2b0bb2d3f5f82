package io.etcdj.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One log line in the JSON shape etcdctl's logger writes to stderr during
 * {@code snapshot save}: level, timestamp, caller, message, then fields in order. Two timestamp
 * styles occur there: seconds since the epoch as a decimal (the snapshot manager's lines) and
 * ISO 8601 local time with milliseconds (the Go client's lines).
 */
final class ZapLine {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX", Locale.ROOT);

    private final StringBuilder sb = new StringBuilder();

    private ZapLine(String level, String ts, String caller, String msg) {
        sb.append("{\"level\":").append(quote(level)).append(",\"ts\":").append(ts)
                .append(",\"caller\":").append(quote(caller)).append(",\"msg\":").append(quote(msg));
    }

    /** A line stamped with epoch seconds, as a decimal number. */
    static ZapLine epoch(String level, String caller, String msg) {
        Instant now = Instant.now();
        BigDecimal seconds = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9));
        return new ZapLine(level, decimal(seconds.doubleValue()), caller, msg);
    }

    /** A line stamped with ISO 8601 local time, as a string. */
    static ZapLine iso(String level, String caller, String msg) {
        return new ZapLine(level, quote(ISO.format(Instant.now().atZone(ZoneId.systemDefault()))), caller, msg);
    }

    ZapLine field(String name, String value) {
        sb.append(',').append(quote(name)).append(':').append(quote(value));
        return this;
    }

    /** A number field, written as Go writes a float64: shortest form, no exponent. */
    ZapLine field(String name, double value) {
        sb.append(',').append(quote(name)).append(':').append(decimal(value));
        return this;
    }

    @Override
    public String toString() {
        return sb + "}";
    }

    static String decimal(double d) {
        String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return s;
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    /**
     * A byte count in SI units as etcdctl prints sizes ({@code 20 kB}, {@code 2.1 MB}): whole
     * numbers from 10 of a unit up, one decimal below.
     */
    static String bytes(long n) {
        if (n < 10) {
            return n + " B";
        }
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        int e = (int) Math.floor(Math.log(n) / Math.log(1000));
        double val = Math.floor(n / Math.pow(1000, e) * 10 + 0.5) / 10;
        // Go's %f rounds the exact binary value half to even
        return new BigDecimal(val).setScale(val < 10 ? 1 : 0, java.math.RoundingMode.HALF_EVEN).toPlainString()
                + " " + units[e];
    }
}
