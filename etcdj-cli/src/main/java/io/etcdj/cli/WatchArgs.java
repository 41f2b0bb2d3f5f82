package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagException;
import io.etcdj.cli.internal.FlagSet;
import io.etcdj.cli.internal.ParsedFlags;
import java.util.ArrayList;
import java.util.List;

/**
 * One watch asked for on the command line or on a {@code watch ...} line of interactive mode,
 * split as etcdctl 3.4 splits it: the key and optional range end, the flags, and the command
 * after {@code --}. {@code ETCDCTL_WATCH_KEY} and {@code ETCDCTL_WATCH_RANGE_END} stand in for
 * the key and range end. etcdctl finds the watched keys by cutting the positional arguments at
 * the last one equal to the command's name; that is kept, with its odd cases (in
 * {@code watch k -- echo echo}, {@code echo} becomes the range end).
 *
 * @param keys the key and, when exactly two, the range end (more are ignored, as etcdctl does)
 * @param exec the command run for each event, empty for none
 * @param prefix {@code --prefix}
 * @param rev {@code --rev}
 * @param prevKv {@code --prev-kv}
 * @param progressNotify {@code --progress-notify}
 */
record WatchArgs(List<String> keys, List<String> exec, boolean prefix, long rev, boolean prevKv,
        boolean progressNotify) {
    static final String BAD_ARGS_NUM = "bad number of arguments";
    static final String CONFLICT_ENV = "bad number of arguments (found conflicting environment key)";
    static final String NO_COMMAND = "bad number of arguments (found separator --, but no commands)";

    /**
     * The watch of a command line.
     *
     * @param f the parsed command line
     * @param envKey {@code ETCDCTL_WATCH_KEY}, "" when unset
     * @param envRange {@code ETCDCTL_WATCH_RANGE_END}, "" when unset
     * @return the watch
     * @throws CliExit exit 128 with etcdctl's message for bad arguments
     */
    static WatchArgs commandLine(ParsedFlags f, String envKey, String envRange) {
        List<String> args = f.args();
        int dash = f.argsLenAtDash();
        boolean exec = dash >= 0;
        if (exec && dash == args.size()) {
            throw bad(NO_COMMAND);
        }
        if (!exec && args.isEmpty() && envKey.isEmpty()) {
            throw bad(BAD_ARGS_NUM);
        }
        if (!envKey.isEmpty() && (exec ? dash > 0 : !args.isEmpty())) {
            throw bad(CONFLICT_ENV);
        }
        return of(f, args, exec ? args.subList(dash, args.size()) : List.of(), envKey, envRange);
    }

    /**
     * The watch of an interactive {@code watch ...} line.
     *
     * @param words the line's words, the first being {@code watch}
     * @param flags the flags a line may have (the watch command's own)
     * @param envKey {@code ETCDCTL_WATCH_KEY}, "" when unset
     * @param envRange {@code ETCDCTL_WATCH_RANGE_END}, "" when unset
     * @return the watch
     * @throws CliExit exit 128 with etcdctl's message for bad arguments or flags (fatal in
     *     etcdctl's interactive mode too)
     */
    static WatchArgs line(List<String> words, FlagSet flags, String envKey, String envRange) {
        List<String> rest = words.subList(1, words.size());
        int sep = rest.indexOf("--");
        boolean exec = sep >= 0;
        if (exec && sep == rest.size() - 1) {
            throw bad(NO_COMMAND);
        }
        ParsedFlags f;
        try {
            f = flags.parse(rest);
        } catch (FlagException e) {
            throw bad(e.getMessage());
        }
        List<String> args = f.args();
        if (!exec && envKey.isEmpty() && args.isEmpty()) {
            throw bad(BAD_ARGS_NUM);
        }
        if (!exec && !args.isEmpty() && !envKey.isEmpty()) {
            throw bad(CONFLICT_ENV);
        }
        return of(f, args, exec ? rest.subList(sep + 1, rest.size()) : List.of(), envKey, envRange);
    }

    private static WatchArgs of(ParsedFlags f, List<String> args, List<String> exec, String envKey, String envRange) {
        List<String> keys = new ArrayList<>();
        if (!envKey.isEmpty()) {
            keys.add(envKey);
            if (!envRange.isEmpty()) {
                keys.add(envRange);
            }
        }
        keys.addAll(args);
        if (!exec.isEmpty()) {
            int end = keys.lastIndexOf(exec.get(0));
            keys = keys.subList(0, Math.max(end, 0));
        }
        return new WatchArgs(List.copyOf(keys), List.copyOf(exec), f.bool("prefix"), f.int64("rev"),
                f.bool("prev-kv"), f.bool("progress-notify"));
    }

    /**
     * Checks what etcdctl checks when it starts the watch.
     *
     * @return the reason the watch cannot start, or null when it can
     */
    String problem() {
        if (keys.isEmpty()) {
            return BAD_ARGS_NUM;
        }
        if (keys.size() == 2 && prefix) {
            return "`range_end` and `--prefix` are mutually exclusive";
        }
        return null;
    }

    private static CliExit bad(String message) {
        return new CliExit(ExitCodes.BAD_ARGS, message);
    }
}
