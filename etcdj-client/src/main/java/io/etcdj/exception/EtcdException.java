package io.etcdj.exception;

import java.util.Objects;

/**
 * The root of every error etcdj raises. Unchecked.
 *
 * <p>Each exception names its {@link ErrorCode} and its {@link Outcome}: whether the request is
 * known not to have taken effect, or may have. The client stays usable after any of them.
 */
public class EtcdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    private final ErrorCode code;
    /** Whether the request may have taken effect. */
    private final Outcome outcome;

    /**
     * @param code what went wrong; not null
     * @param outcome whether the request may have taken effect; not null
     * @param message a description for people; not null
     * @param cause the underlying error, or null
     */
    public EtcdException(ErrorCode code, Outcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    /** @return what went wrong */
    public ErrorCode code() {
        return code;
    }

    /** @return whether the request is known not to have taken effect, or may have */
    public Outcome outcome() {
        return outcome;
    }

    /** @return true when the request may have taken effect on the server */
    public boolean isOutcomeUnknown() {
        return outcome == Outcome.UNKNOWN;
    }
}
