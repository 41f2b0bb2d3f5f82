package io.etcdj.cli;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What one run of a command line produced.
 *
 * @param exitCode the exit code
 * @param stdout standard output, byte for byte
 * @param stderr standard error, byte for byte
 */
record CliResult(int exitCode, byte[] stdout, byte[] stderr) {
    /** etcdctl's Go client logs failed RPCs as JSON lines with a timestamp and a random client id. */
    private static final Pattern GO_CLIENT_LOG = Pattern.compile("(?m)^\\{\"level\":\"warn\",\"ts\":.*\\n");
    /** The timestamp of etcdctl's flag-package log lines ("2024-01-02 15:04:05.000000 W | ..."). */
    private static final Pattern FLAG_LOG_TIME = Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} ");

    /** @return stdout as Latin-1, so that every byte, valid UTF-8 or not, compares exactly */
    String out() {
        return new String(stdout, StandardCharsets.ISO_8859_1);
    }

    /** @return stdout decoded as UTF-8, for reading */
    String outText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** @return stderr decoded as UTF-8 */
    String err() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /**
     * @return stderr without what can never match between two runs: the Go client's JSON log
     *     lines (etcdj writes none) and the timestamps of flag-package log lines
     */
    String errNormalised() {
        String s = GO_CLIENT_LOG.matcher(err()).replaceAll("");
        return FLAG_LOG_TIME.matcher(s).replaceAll("<time> ");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout:\n" + outText() + "--- stderr:\n" + err();
    }
}
