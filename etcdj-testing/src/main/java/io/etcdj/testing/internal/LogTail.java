package io.etcdj.testing.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the last lines of a log file. Not API. */
public final class LogTail {

    private static final int MAX_BYTES = 256 * 1024;

    private LogTail() {}

    /**
     * @param file the log file
     * @param lines how many lines at most
     * @return the last lines, oldest first; empty if the file is missing or unreadable
     */
    public static List<String> lastLines(Path file, int lines) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            int from = Math.max(0, all.length - lines);
            return List.copyOf(Arrays.asList(all).subList(from, all.length));
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * @param file the log file
     * @param lines how many lines at most
     * @return a block of text for exception messages, naming the file
     */
    public static String describe(Path file, int lines) {
        List<String> tail = lastLines(file, lines);
        if (tail.isEmpty()) {
            return "(log " + file + " is empty or missing)";
        }
        return "Last " + tail.size() + " lines of " + file + ":\n" + String.join("\n", tail);
    }
}
