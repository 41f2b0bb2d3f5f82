package io.etcdj.bench.fault;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code etcdj-bench fault}: the fault suite's long form on a three-member cluster of its own.
 *
 * <pre>
 * bin/etcdj-bench fault --duration 10m [--down 3s] [--quiet 2s] [--timeout 5s] [--slack 1s] [--ttl 10]
 * </pre>
 *
 * Prints the faults, the calls per kind with their longest duration, the writes by outcome, and
 * every violated property; exits 0 when all held, 1 when one did not, 2 for a bad command line.
 */
public final class FaultCommand {
    private FaultCommand() {
    }

    /**
     * @param args the arguments after {@code fault}
     * @param out where the report goes
     * @param err where progress and errors go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        FaultOptions d = FaultOptions.of(Duration.ofMinutes(10));
        Duration duration = d.duration();
        Duration down = d.downTime();
        Duration quiet = d.quietTime();
        Duration timeout = d.requestTimeout();
        Duration slack = d.slack();
        long ttl = d.leaseTtlSeconds();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    out.println("usage: etcdj-bench fault [--duration 10m] [--down 3s] [--quiet 2s] [--timeout 5s]"
                            + " [--slack 1s] [--ttl 10]");
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--duration" -> duration = duration(v);
                    case "--down" -> down = duration(v);
                    case "--quiet" -> quiet = duration(v);
                    case "--timeout" -> timeout = duration(v);
                    case "--slack" -> slack = duration(v);
                    case "--ttl" -> ttl = Long.parseLong(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            FaultOptions options = new FaultOptions(duration, timeout, slack, down, quiet, ttl, d.writers(), d.counters(),
                    d.lockers());
            FaultReport report = FaultRun.runOnNewCluster(options, err);
            out.print(report);
            return report.passed() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println("etcdj-bench fault: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("etcdj-bench fault: the run could not be carried out: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    /**
     * @param text a number with a unit: ms, s, m or h ({@code 90s}, {@code 10m})
     * @return the duration
     */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException("not a duration: " + text + " (use ms, s, m or h)");
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a duration: " + text + " (use ms, s, m or h)");
        }
    }
}
