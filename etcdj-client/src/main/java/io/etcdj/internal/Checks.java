package io.etcdj.internal;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.InvalidArgumentException;
import io.etcdj.exception.Outcome;
import java.time.Duration;

/** Local validation of arguments; failures are typed and nothing is sent. */
public final class Checks {
    private Checks() {
    }

    /**
     * @param value a count or revision
     * @param name the option's name, for the message
     * @return the value
     * @throws InvalidArgumentException when the value is negative
     */
    public static long notNegative(long value, String name) {
        if (value < 0) {
            throw invalid(name + " must not be negative, got " + value);
        }
        return value;
    }

    /**
     * @param timeout a call timeout, or null for the client default
     * @return the timeout
     * @throws InvalidArgumentException when the timeout is zero or negative
     */
    public static Duration timeout(Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw invalid("timeout must be positive, got " + timeout);
        }
        return timeout;
    }

    /**
     * @param argument the argument, for the message
     * @param name its name
     * @param <T> its type
     * @return the argument
     * @throws InvalidArgumentException when it is null
     */
    public static <T> T notNull(T argument, String name) {
        if (argument == null) {
            throw invalid(name + " must not be null");
        }
        return argument;
    }

    /**
     * @param message what is wrong
     * @return an exception for a locally rejected argument
     */
    public static InvalidArgumentException invalid(String message) {
        return new InvalidArgumentException(ErrorCode.INVALID_ARGUMENT, Outcome.NOT_APPLIED, message, null);
    }

    /**
     * @param value a count or id
     * @param name its name, for the message
     * @return the value
     * @throws InvalidArgumentException when it is zero or negative
     */
    public static long positive(long value, String name) {
        if (value <= 0) {
            throw invalid(name + " must be positive, got " + value);
        }
        return value;
    }

    /**
     * @param name a lock or election name
     * @return the name
     * @throws InvalidArgumentException when it is null or empty
     */
    public static String name(String name) {
        if (notNull(name, "name").isEmpty()) {
            throw invalid("a name must not be empty");
        }
        return name;
    }

    /**
     * @param timeout a wait the server holds open (a server-side lock or campaign), or null for none
     * @return the timeout, or ten years for none
     * @throws InvalidArgumentException when zero or negative
     */
    public static Duration timeoutOrForever(Duration timeout) {
        return timeout == null ? Duration.ofDays(3650) : timeout(timeout);
    }
}
