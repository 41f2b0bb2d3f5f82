package io.etcdj.cli.v2;

/**
 * Ends a v2 command with an exit code, after writing {@code stderr} (may be empty) to standard
 * error as it is, etcdctl v2's way ({@code os.Exit} after a message).
 */
final class V2Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** etcdctl v2's exit codes. */
    static final int SUCCESS = 0;
    static final int BAD_ARGS = 1;
    static final int BAD_CONNECTION = 2;
    static final int BAD_AUTH = 3;
    static final int SERVER_ERROR = 4;
    static final int CLUSTER_NOT_HEALTHY = 5;

    private final int code;
    private final String stderr;

    V2Exit(int code, String stderr) {
        super(stderr, null, false, false);
        this.code = code;
        this.stderr = stderr;
    }

    /** etcdctl's handleError: {@code Error:  <err>} and the code. */
    static V2Exit error(int code, String err) {
        return new V2Exit(code, "Error:  " + err + "\n");
    }

    int code() {
        return code;
    }

    String stderr() {
        return stderr;
    }
}
