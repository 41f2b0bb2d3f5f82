package io.etcdj.cli.internal;

/** A command line that does not parse: an unknown flag, a missing or malformed value. */
public final class FlagException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message the error text, worded as pflag words it */
    public FlagException(String message) {
        super(message, null, false, false);
    }
}
