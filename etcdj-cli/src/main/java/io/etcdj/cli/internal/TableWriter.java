package io.etcdj.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders etcdctl's {@code table} output format: a box of {@code +---+} borders, an upper-cased
 * header row centred in its columns, and data cells aligned right, as etcdctl's table library
 * draws it. A cell wider than 30 columns is wrapped at spaces into several lines, breaking where
 * the lines come out most even.
 */
public final class TableWriter {
    /** Cells wider than this are wrapped at spaces. */
    private static final int MAX_CELL_WIDTH = 30;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Starts a table.
     *
     * @param header the column titles, as etcdctl names them (upper-cased when drawn)
     */
    public TableWriter(List<String> header) {
        this.header = List.copyOf(header);
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     */
    public TableWriter row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * Writes the table.
     *
     * @param out where to write it
     */
    public void render(Out out) {
        int n = header.size();
        int[] width = new int[n];
        List<String> titles = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String t = header.get(c).replace('_', ' ').strip().toUpperCase(Locale.ROOT);
            titles.add(t);
            width[c] = t.length();
        }
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                List<String> lines = wrap(row.get(c));
                for (String l : lines) {
                    width[c] = Math.max(width[c], l.codePointCount(0, l.length()));
                }
                if (lines.size() > row.get(c).split("\n", -1).length) {
                    // a wrapped cell takes the whole wrapping width, as etcdctl's table library sizes it
                    width[c] = Math.max(width[c], MAX_CELL_WIDTH);
                }
                cells.add(lines);
            }
            wrapped.add(cells);
        }
        StringBuilder border = new StringBuilder("+");
        for (int c = 0; c < n; c++) {
            border.append("-".repeat(width[c] + 2)).append('+');
        }
        StringBuilder sb = new StringBuilder();
        sb.append(border).append('\n');
        sb.append('|');
        for (int c = 0; c < n; c++) {
            sb.append(' ').append(center(titles.get(c), width[c])).append(" |");
        }
        sb.append('\n').append(border).append('\n');
        for (List<List<String>> cells : wrapped) {
            int height = 1;
            for (List<String> lines : cells) {
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                sb.append('|');
                for (int c = 0; c < n; c++) {
                    List<String> lines = cells.get(c);
                    String text = line < lines.size() ? lines.get(line) : "";
                    sb.append(' ').append(right(text, width[c])).append(" |");
                }
                sb.append('\n');
            }
        }
        sb.append(border).append('\n');
        out.print(sb.toString());
    }

    private static String center(String s, int width) {
        int gap = width - s.codePointCount(0, s.length());
        if (gap <= 0) {
            return s;
        }
        int left = gap / 2;
        return " ".repeat(left) + s + " ".repeat(gap - left);
    }

    private static String right(String s, int width) {
        int gap = width - s.codePointCount(0, s.length());
        return gap <= 0 ? s : " ".repeat(gap) + s;
    }

    /** The lines of one cell: itself when it fits, else its words joined into the most even lines. */
    static List<String> wrap(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : cell.split("\n", -1)) {
            if (line.codePointCount(0, line.length()) <= MAX_CELL_WIDTH) {
                out.add(line);
                continue;
            }
            String[] words = line.split(" ", -1);
            int limit = MAX_CELL_WIDTH;
            for (String w : words) {
                limit = Math.max(limit, w.codePointCount(0, w.length()));
            }
            int[] breaks = breaks(words, limit);
            for (int i = 0; i < words.length; i = breaks[i]) {
                out.add(String.join(" ", java.util.Arrays.asList(words).subList(i, breaks[i])));
            }
        }
        return out;
    }

    /**
     * Minimum raggedness line breaking: for each word, where the line starting with it should end
     * so that the sum of squared leftover space over all lines but the last is smallest.
     */
    private static int[] breaks(String[] words, int limit) {
        int n = words.length;
        long[][] length = new long[n][n];
        for (int i = 0; i < n; i++) {
            length[i][i] = words[i].codePointCount(0, words[i].length());
            for (int j = i + 1; j < n; j++) {
                length[i][j] = length[i][j - 1] + 1 + words[j].codePointCount(0, words[j].length());
            }
        }
        int[] next = new int[n];
        long[] cost = new long[n];
        java.util.Arrays.fill(cost, Integer.MAX_VALUE);
        for (int i = n - 1; i >= 0; i--) {
            if (length[i][n - 1] <= limit) {
                cost[i] = 0;
                next[i] = n;
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                long d = limit - length[i][j - 1];
                long c = d * d + cost[j];
                if (length[i][j - 1] > limit) {
                    c += 100_000;
                }
                if (c < cost[i]) {
                    cost[i] = c;
                    next[i] = j;
                }
            }
        }
        return next;
    }
}
