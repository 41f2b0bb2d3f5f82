package io.etcdj.cli.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes the log lines etcdctl's flag package writes about environment variables, in their
 * format: {@code 2006-01-02 15:04:05.000000 W | pkg/flags: message}.
 */
final class FlagLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private FlagLog() {
    }

    static void log(Out err, char level, String message) {
        err.println(LocalDateTime.now().format(TIME) + " " + level + " | pkg/flags: " + message);
    }
}
