package io.etcdj.cli.internal;

/** The exit codes etcdctl v3 uses, which etcdj's command line uses the same way. */
public final class ExitCodes {
    /** The command succeeded. */
    public static final int SUCCESS = 0;
    /** A request failed, or a generic error. */
    public static final int ERROR = 1;
    /** No client could be made (for example, no endpoints). */
    public static final int BAD_CONNECTION = 2;
    /** Malformed input on standard input (txn). */
    public static final int INVALID_INPUT = 3;
    /** A feature or output format that the command does not support. */
    public static final int BAD_FEATURE = 4;
    /** Interrupted. */
    public static final int INTERRUPTED = 5;
    /** An I/O error. */
    public static final int IO = 6;
    /** Bad arguments: wrong number of arguments or contradicting flags. */
    public static final int BAD_ARGS = 128;

    private ExitCodes() {
    }
}
