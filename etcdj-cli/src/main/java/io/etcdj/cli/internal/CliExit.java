package io.etcdj.cli.internal;

/**
 * Ends the running command with an exit code and an {@code Error: ...} line on standard error,
 * as etcdctl's {@code ExitWithError} does. Thrown by commands and caught by the dispatcher, so no
 * command ever calls {@code System.exit}.
 */
public final class CliExit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    /**
     * @param code the process exit code, one of {@link ExitCodes}
     * @param message the text after {@code "Error: "}, or null to print nothing
     */
    public CliExit(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** @return the process exit code */
    public int code() {
        return code;
    }
}
