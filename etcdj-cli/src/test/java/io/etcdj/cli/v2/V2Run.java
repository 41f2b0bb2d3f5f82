package io.etcdj.cli.v2;

import java.nio.charset.StandardCharsets;

/**
 * What one run of a v2 command line produced.
 *
 * @param exitCode the exit code
 * @param out standard output (UTF-8)
 * @param err standard error (UTF-8)
 */
record V2Run(int exitCode, String out, String err) {
    V2Run(int exitCode, byte[] out, byte[] err) {
        this(exitCode, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
    }
}
