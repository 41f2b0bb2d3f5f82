package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.maintenance.SnapshotInfo;
import io.etcdj.maintenance.SnapshotOptions;
import io.etcdj.maintenance.SnapshotProgressListener;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * {@code snapshot save <filename>}: saves one member's database as etcdctl 3.4's
 * {@code snapshot save} does (etcd's {@code Maintenance.Snapshot} stream, checked against its
 * SHA-256 trailer): exactly one endpoint, the bytes written to {@code <filename>.part}, synced and
 * renamed once complete, the same log lines on stderr and {@code Snapshot saved at <filename>} on
 * stdout; exit 5 on failure with the part file removed, 128 without exactly one file argument. No
 * deadline unless {@code --command-timeout} is given. On a terminal, a progress bar on stderr
 * (etcdctl has none). {@code snapshot status} and {@code snapshot restore} read and write bbolt
 * files offline and are not supported: use etcdctl.
 */
final class SnapshotCommand implements Command {
    private static final String OURS = "snapshot/v3_snapshot.go:";
    private static final String CLIENT = "clientv3/maintenance.go:";

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public String usage() {
        return "snapshot <subcommand>";
    }

    @Override
    public String summary() {
        return "Manages etcd node snapshots";
    }

    @Override
    public String description() {
        return "save <filename>: saves a member's backend snapshot to a file\n"
                + "status, restore: not supported by etcdj (use etcdctl)";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(CommandContext ctx) {
        if (Subcommands.helpIfNone(ctx, this, List.of("restore", "save", "status"))) {
            return ExitCodes.SUCCESS;
        }
        String sub = ctx.args().get(0);
        if (!sub.equals("save")) {
            throw new CliExit(ExitCodes.BAD_FEATURE, "snapshot " + sub + " is not supported by etcdj (it works on "
                    + "bbolt files offline); use etcdctl snapshot " + sub);
        }
        if (ctx.args().size() != 2) {
            throw new CliExit(ExitCodes.BAD_ARGS, "snapshot save expects one argument");
        }
        return save(ctx, ctx.args().get(1));
    }

    private static int save(CommandContext ctx, String path) {
        ctx.connect();
        List<String> endpoints = ctx.flags().list(GlobalFlags.ENDPOINTS);
        if (endpoints.size() != 1) {
            throw new CliExit(ExitCodes.INTERRUPTED, "snapshot must be requested to one selected node, not multiple ["
                    + String.join(" ", endpoints) + "]");
        }
        String endpoint = endpoints.get(0);
        String part = path + ".part";
        Path partPath = Path.of(part);
        FileChannel channel;
        try {
            channel = FileChannel.open(partPath, Set.<OpenOption>of(StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException | UnsupportedOperationException e) {
            throw new CliExit(ExitCodes.INTERRUPTED, "could not open " + part + " (open " + part + ": "
                    + goErrno(e) + ")");
        }
        try {
            log(ctx, ZapLine.epoch("info", OURS + "119", "created temporary db file").field("path", part));
            long start = System.nanoTime();
            SnapshotInfo info;
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                Progress progress = new Progress(ctx, endpoint, System.console() != null);
                SnapshotOptions.Builder options = SnapshotOptions.builder().progress(progress);
                if (ctx.flags().changed(GlobalFlags.COMMAND_TIMEOUT)) {
                    options.timeout(ctx.flags().duration(GlobalFlags.COMMAND_TIMEOUT));
                }
                try {
                    info = ctx.callClient(c -> {
                        try {
                            return c.maintenance().snapshot(out, options.build());
                        } catch (EtcdException e) {
                            if (e.code() != ErrorCode.UNAVAILABLE && e.code() != ErrorCode.DEADLINE_EXCEEDED) {
                                progress.opened(); // the server answered: etcdctl had the stream open
                            }
                            String m = e.getMessage();
                            if (m != null && m.startsWith("auth: ")) {
                                // etcd refuses the stream with its auth store's error, which etcdctl prints as gRPC's
                                throw new CliExit(ExitCodes.INTERRUPTED, "rpc error: code = Unknown desc = "
                                        + m.replaceFirst(" \\(endpoint [^)]*\\)$", ""));
                            }
                            throw e;
                        }
                    });
                } catch (CliExit e) {
                    progress.clear();
                    throw new CliExit(ExitCodes.INTERRUPTED, e.getMessage());
                }
                progress.clear();
                log(ctx, ZapLine.iso("info", CLIENT + "208", "completed snapshot read; closing"));
                out.flush();
                channel.force(true);
            }
            double took = (System.nanoTime() - start) / 1e9;
            log(ctx, ZapLine.epoch("info", OURS + "142", "fetched snapshot").field("endpoint", endpoint)
                    .field("size", ZapLine.bytes(info.totalSize())).field("took", took));
            try {
                if (Files.isDirectory(Path.of(path))) {
                    throw new java.nio.file.FileAlreadyExistsException(path); // Go's rename refuses a directory so
                }
                Files.move(partPath, Path.of(path), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new CliExit(ExitCodes.INTERRUPTED, "could not rename " + part + " to " + path + " (rename "
                        + part + " " + path + ": " + goErrno(e) + ")");
            }
            log(ctx, ZapLine.epoch("info", OURS + "152", "saved").field("path", path));
        } catch (IOException e) {
            throw new CliExit(ExitCodes.INTERRUPTED, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partPath);
            } catch (IOException ignored) {
                // as etcdctl, which ignores a failed removal too
            }
        }
        ctx.out().println("Snapshot saved at " + path);
        return ExitCodes.SUCCESS;
    }

    private static void log(CommandContext ctx, ZapLine line) {
        ctx.err().println(line.toString());
        ctx.err().flush();
    }

    /** The words Go's {@code syscall.Errno} uses for the common reasons a file cannot be opened. */
    static String goErrno(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "file exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            return r.isEmpty() ? r : Character.toLowerCase(r.charAt(0)) + r.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Logs the start of the transfer at its first bytes, as etcdctl logs it once the stream is
     * open, and draws a progress bar on stderr when it is a terminal.
     */
    private static final class Progress implements SnapshotProgressListener {
        private static final int WIDTH = 30;
        private final CommandContext ctx;
        private final String endpoint;
        private final boolean bar;
        private boolean started;
        private boolean drawn;
        private int lastPercent = -1;

        Progress(CommandContext ctx, String endpoint, boolean bar) {
            this.ctx = ctx;
            this.endpoint = endpoint;
            this.bar = bar;
        }

        /** Logs that the stream is open, once. */
        synchronized void opened() {
            if (!started) {
                started = true;
                log(ctx, ZapLine.iso("info", CLIENT + "200", "opened snapshot stream; downloading"));
                log(ctx, ZapLine.epoch("info", OURS + "127", "fetching snapshot").field("endpoint", endpoint));
            }
        }

        @Override
        public synchronized void progress(long received, long remaining) {
            opened();
            if (!bar) {
                return;
            }
            long total = received + remaining;
            int percent = total == 0 ? 100 : (int) (received * 100 / total);
            if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            int filled = percent * WIDTH / 100;
            ctx.err().print("\r[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% "
                    + ZapLine.bytes(received) + " / " + ZapLine.bytes(total));
            ctx.err().flush();
            drawn = true;
        }

        /** Erases the bar, so that the log lines that follow start on a clean line. */
        synchronized void clear() {
            if (drawn) {
                ctx.err().print("\r" + " ".repeat(WIDTH + 40) + "\r");
                ctx.err().flush();
                drawn = false;
            }
        }
    }
}
