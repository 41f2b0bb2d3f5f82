package io.etcdj.cli;

import io.etcdj.EtcdClient;
import io.etcdj.ResponseHeader;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ErrorMessages;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSet;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.TransportFlag;
import io.etcdj.cli.internal.TxnSyntax;
import io.etcdj.cli.internal.WatchPrinter;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.exception.WatchTimeoutException;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The watches of one {@code watch} command and what they print. Every line written, by any watch,
 * is written under one lock, so the output of two watches never interleaves within a response.
 * The command ends when {@link #end} completes: etcd cancelled the watch of a command line, a
 * command after {@code --} failed, interactive input ended or was malformed, or the running thread
 * was interrupted (exit 130, for {@link Main#run} callers that stop a watch; as a process, the
 * watch ends when it is killed, as etcdctl's does).
 */
final class WatchSession {
    /** The exit code of a watch stopped by interrupting its thread: 128 + SIGINT, as a shell reports Ctrl-C. */
    static final int INTERRUPTED = 130;
    /** The flags of an interactive {@code watch ...} line: the command's own, not the global ones. */
    private static final FlagSet LINE_FLAGS = new FlagSet(WatchCommand.FLAGS);

    private final CommandContext ctx;
    private final EtcdClient client;
    private final WatchPrinter printer;
    private final Object lock = new Object();
    private final CompletableFuture<Integer> end = new CompletableFuture<>();
    private final List<Watcher> watchers = new ArrayList<>();

    WatchSession(CommandContext ctx) {
        this.ctx = ctx;
        this.client = ctx.callClient(c -> c);
        this.printer = WatchPrinter.of(ctx.flags().string(GlobalFlags.WRITE_OUT), ctx.flags().bool(GlobalFlags.HEX),
                ctx.out());
    }

    /**
     * Starts one watch.
     *
     * @param watch what to watch
     * @param endsCommand true when the command ends with this watch (not in interactive mode)
     */
    void start(WatchArgs watch, boolean endsCommand) {
        WatchOptions.Builder b = WatchOptions.builder();
        if (watch.keys().size() == 2) {
            b.rangeEnd(bytes(watch.keys().get(1)));
        }
        if (watch.prefix()) {
            b.prefix();
        }
        if (watch.rev() != 0) {
            // etcd answers a negative start revision as one below its history: start at the oldest
            b.startRevision(Math.max(1, watch.rev()));
        }
        if (watch.prevKv()) {
            b.prevKv();
        }
        if (watch.progressNotify()) {
            b.progressNotify();
        }
        WatchExec exec = watch.exec().isEmpty() ? null : new WatchExec(watch.exec(), ctx.env(), ctx.out(), ctx.err());
        open(bytes(watch.keys().get(0)), b.build(), exec, endsCommand);
    }

    private void open(byte[] key, WatchOptions options, WatchExec exec, boolean endsCommand) {
        synchronized (lock) {
            if (end.isDone()) {
                return;
            }
            watchers.add(client.watch().watch(key, options, new Listener(key, options, exec, endsCommand)));
        }
    }

    /**
     * Runs interactive mode: a thread reads request lines from standard input while this one waits
     * for the command to end.
     *
     * @return the exit code
     */
    int interactive(String envKey, String envRange) {
        Thread reader = new Thread(() -> {
            try {
                readLines(envKey, envRange);
            } catch (CliExit e) {
                end.completeExceptionally(e);
            } catch (RuntimeException | IOException e) {
                end.completeExceptionally(new CliExit(ExitCodes.INVALID_INPUT,
                        "Error reading watch request line: " + e.getMessage()));
            }
        }, "etcdj-watch-input");
        reader.setDaemon(true);
        reader.start();
        return await();
    }

    private void readLines(String envKey, String envRange) throws IOException {
        InputStream in = ctx.in();
        while (!end.isDone()) {
            String line = readLine(in);
            if (line == null) {
                throw new CliExit(ExitCodes.INVALID_INPUT, "Error reading watch request line: EOF");
            }
            List<String> words = TxnSyntax.argify(line);
            if (words.isEmpty()) {
                complain("Invalid command: " + line + " (watch and progress supported)");
                continue;
            }
            switch (words.get(0)) {
                case "watch" -> {
                    if (words.size() < 2 && envKey.isEmpty()) {
                        complain("Invalid command " + line + " (command type or key is not provided)");
                        continue;
                    }
                    WatchArgs watch = WatchArgs.line(words, LINE_FLAGS, envKey, envRange);
                    String problem = watch.problem();
                    if (problem != null) {
                        complain("Invalid command " + line + " (" + problem + ")");
                        continue;
                    }
                    start(watch, false);
                }
                case "progress" -> requestProgress();
                default -> complain("Invalid command " + line + " (only support watch)");
            }
        }
    }

    /**
     * Sends a progress request for the watches of this session.
     *
     * @throws CliExit exit 4 when the transport cannot send one (etcd's HTTP/JSON gateway), which
     *     ends the session
     */
    private void requestProgress() {
        try {
            client.watch().requestProgress();
        } catch (EtcdException e) {
            if (e.code() == ErrorCode.UNIMPLEMENTED) {
                throw new CliExit(ExitCodes.BAD_FEATURE, "progress requests need --transport=" + TransportFlag.GRPC
                        + ": over etcd's HTTP/JSON gateway each watch is an HTTP request of its own, with no stream"
                        + " to send one on");
            }
            // no watch yet, or the stream is reconnecting: etcdctl's request then reaches no watch either
        }
    }

    /** A line without its newline, or null at the end of input (a last line without newline is dropped, as etcdctl drops it). */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return null;
    }

    private void complain(String text) {
        synchronized (lock) {
            ctx.err().println(text);
            ctx.err().flush();
        }
    }

    /**
     * Waits for the command to end, then closes every watch.
     *
     * @return the exit code
     * @throws CliExit the error the command ends with
     */
    int await() {
        try {
            return end.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CliExit exit) {
                throw exit;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            end.complete(INTERRUPTED);
            synchronized (lock) {
                watchers.forEach(Watcher::close);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Prints one watch's responses and runs its command. */
    private final class Listener implements WatchListener {
        private final byte[] key;
        private final WatchOptions options;
        private final WatchExec exec;
        private final boolean endsCommand;

        Listener(byte[] key, WatchOptions options, WatchExec exec, boolean endsCommand) {
            this.key = key;
            this.options = options;
            this.exec = exec;
            this.endsCommand = endsCommand;
        }

        @Override
        public void onNext(WatchResponse r) {
            synchronized (lock) {
                if (end.isDone()) {
                    return;
                }
                try {
                    if (r.isProgressNotify()) {
                        ctx.out().println("progress notify: " + r.header().revision());
                    }
                    printer.print(r);
                    ctx.out().flush();
                    if (exec != null) {
                        runExec(r);
                    }
                } catch (CliExit e) {
                    end.completeExceptionally(e);
                }
            }
        }

        private void runExec(WatchResponse r) {
            for (WatchEvent e : r.events()) {
                String failure = exec.run(r.header().revision(), e);
                if (failure != null) {
                    ctx.err().println("command " + exec.quoted() + " error (" + failure + ")");
                    ctx.err().flush();
                    end.completeExceptionally(new CliExit(ExitCodes.ERROR, null));
                    return;
                }
            }
        }

        @Override
        public void onError(EtcdException error) {
            if (error instanceof WatchTimeoutException) {
                // etcd did not confirm the watch in time (unreachable): etcdctl keeps waiting, so ask again
                open(key, options, exec, endsCommand);
                return;
            }
            synchronized (lock) {
                if (end.isDone()) {
                    return;
                }
                ctx.err().println("watch was canceled (" + ErrorMessages.of(error) + ")");
                ctx.err().flush();
                try {
                    if (error instanceof RevisionCompactedException compacted) {
                        printer.printCompacted(memberHeader(), compacted.compactRevision());
                        ctx.out().flush();
                    }
                } catch (CliExit e) {
                    end.completeExceptionally(e);
                    return;
                }
                if (endsCommand) {
                    end.completeExceptionally(new CliExit(ExitCodes.INTERRUPTED, "watch is canceled by the server"));
                }
            }
        }

        /** The cluster id, member id and raft term of etcd's cancel response, which the watch API does not pass on. */
        private ResponseHeader memberHeader() {
            try {
                return client.kv().get(key).header();
            } catch (EtcdException e) {
                return new ResponseHeader(0, 0, 0, 0);
            }
        }
    }
}
