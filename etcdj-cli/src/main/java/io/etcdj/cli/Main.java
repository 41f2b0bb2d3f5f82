package io.etcdj.cli;

import io.etcdj.cli.internal.Dispatcher;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * etcdj's command line: etcdctl v3's {@code get}, {@code put}, {@code del}, {@code txn},
 * {@code compaction} and {@code version}, with etcdctl's global flags, output formats
 * ({@code simple}, {@code json}, {@code fields}), error messages and exit codes; plus
 * {@code dev} (a throwaway local etcd) and {@code tour} (a narrated tour of the library).
 *
 * <p>{@link #run} runs one command line in-process and returns its exit code, for tests and
 * embedding; {@link #main} runs it as a program.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs one command line and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // gRPC logs through java.util.logging; etcdctl's output must stay clean
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        int code = run(args, System.in, System.out, System.err, System.getenv());
        System.exit(code);
    }

    /**
     * Runs one command line in-process. Never calls {@code System.exit}.
     *
     * @param args the command line, without the program name
     * @param stdin standard input (read by {@code put} without a value and by {@code txn})
     * @param stdout standard output; flushed, not closed
     * @param stderr standard error; flushed, not closed
     * @param env the environment ({@code ETCDCTL_ENDPOINTS} and the other {@code ETCDCTL_*});
     *     with {@code ETCDCTL_API=2} the command line is etcdctl v2's (see {@link io.etcdj.cli.v2.V2Main})
     * @return the exit code, as etcdctl's: 0 success, 1 error, 2 no connection, 3 bad txn input,
     *     4 unsupported feature, 128 bad arguments
     */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr,
            Map<String, String> env) {
        if ("2".equals(env.get("ETCDCTL_API"))) {
            return io.etcdj.cli.v2.V2Main.run(args, stdin, stdout, stderr, env);
        }
        return new Dispatcher("etcdj", commands()).run(args, stdin, stdout, stderr, env);
    }

    private static List<io.etcdj.cli.internal.Command> commands() {
        return List.of(new GetCommand(), new PutCommand(), new DelCommand(), new TxnCommand(),
                new CompactionCommand(), new WatchCommand(), new VersionCommand(), new MemberCommand(), new EndpointCommand(),
                new AlarmCommand(), new DefragCommand(), new SnapshotCommand(), new MoveLeaderCommand(), new LeaseCommand(), new LockCommand(), new ElectCommand(), new AuthCommand(), new UserCommand(), new RoleCommand(), new MakeMirrorCommand(), new DevCommand(), new TourCommand());
    }
}
