package io.etcdj.bench.fault;

import java.util.List;

/**
 * What a fault run found.
 *
 * @param violations every property that did not hold, one line each; empty when all held
 * @param summary what ran: faults, calls per kind with their longest duration, writes by outcome
 */
public record FaultReport(List<String> violations, String summary) {
    /** Copies the list. */
    public FaultReport {
        violations = List.copyOf(violations);
    }

    /** @return true when every checked property held */
    public boolean passed() {
        return violations.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(summary);
        if (violations.isEmpty()) {
            b.append("all properties held\n");
        } else {
            b.append(violations.size()).append(" violations:\n");
            violations.stream().limit(50).forEach(v -> b.append("  ").append(v).append('\n'));
            if (violations.size() > 50) {
                b.append("  ... and ").append(violations.size() - 50).append(" more\n");
            }
        }
        return b.toString();
    }
}
