package io.etcdj.bench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code etcdj-bench}: a load generator in the style of etcd's {@code tools/benchmark}, measuring
 * etcdj, jetcd and etcd's Go client side by side against the same etcd, and the entry point of the
 * JMH microbenchmarks ({@code etcdj-bench jmh ...}).
 */
@Command(name = "etcdj-bench", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Sends WORKLOAD to etcd through each client in turn (etcdj, jetcd, etcd's Go client): the same "
                + "number of requests at the same number in flight, the clients alternating over --rounds rounds. "
                + "Prints throughput and latency percentiles (HdrHistogram) per client, and their ratios.",
            "Workloads: put, range (--consistency l|s), txn-put, watch (--watchers N watches on one client, puts on "
                + "their keys from a separate etcdj client; events/s, put-to-event latency, heap, threads), lease-keepalive "
                + "(--leases N leases kept alive on one client for --duration s; refreshes/s, CPU per refresh, heap, threads), lock (--contenders N, each with its own session, "
                + "acquire and release one lock for --duration s; acquisitions/s, acquire latency, CPU per acquisition). Without --endpoints a throwaway etcd is "
                + "started on a free loopback port.",
            "`etcdj-bench jmh [JMH options]` runs the JMH microbenchmarks.", ""},
        mixinStandardHelpOptions = true, version = "etcdj-bench")
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKLOAD", description = "put, range, txn-put or watch")
    String workload;

    @Option(names = "--endpoints", split = ",", paramLabel = "URL",
            description = "etcd endpoints (http://host:port,...); default: start a throwaway etcd")
    List<String> endpoints = new ArrayList<>();

    @Option(names = "--clients", split = ",", paramLabel = "NAME", defaultValue = "etcdj,jetcd",
            description = "clients to measure: etcdj, jetcd, go (default: ${DEFAULT-VALUE})")
    List<String> clients;

    @Option(names = "--transport", split = ",", paramLabel = "grpc|http-json", defaultValue = "grpc",
            description = "put, range, txn-put: the transport(s) of the etcdj client; a comma list (or the flag "
                + "repeated) measures etcdj once per transport, side by side: 'etcdj' over gRPC, 'etcdj-http' over "
                + "etcd's HTTP/JSON gateway (default: ${DEFAULT-VALUE})")
    List<String> transports;

    @Option(names = "--inflight", split = ",", paramLabel = "N", defaultValue = "64",
            description = "requests in flight; a comma list measures each in turn (default: ${DEFAULT-VALUE})")
    List<Integer> inflight;

    @Option(names = "--total", paramLabel = "N", defaultValue = "10000",
            description = "requests per client at each --inflight (default: ${DEFAULT-VALUE})")
    long total;

    @Option(names = "--key-size", paramLabel = "BYTES", defaultValue = "8",
            description = "key size in bytes (default: ${DEFAULT-VALUE})")
    int keySize;

    @Option(names = "--val-size", paramLabel = "BYTES", defaultValue = "8",
            description = "value size in bytes (default: ${DEFAULT-VALUE})")
    int valSize;

    @Option(names = "--key-space", paramLabel = "N", defaultValue = "10000",
            description = "distinct keys; request i uses key i %% N (default: ${DEFAULT-VALUE})")
    int keySpace;

    @Option(names = "--conns", paramLabel = "N", defaultValue = "1",
            description = "client instances (connections) per client, used round robin (default: ${DEFAULT-VALUE})")
    int conns;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "the clients take turns this many times, each sending total/N requests (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000",
            description = "unmeasured requests per warm-up slice: before each timed round each Java client runs slices "
                + "until two in a row in which the JIT compiled for at most --jit-quiet ms (at most --warmup-slices); "
                + "0 for no warm-up (default: ${DEFAULT-VALUE})")
    long warmup;

    @Option(names = "--warmup-slices", paramLabel = "N", defaultValue = "50",
            description = "the most warm-up slices before one timed round (default: ${DEFAULT-VALUE})")
    int warmupSlices;

    @Option(names = "--jit-quiet", paramLabel = "MS", defaultValue = "2",
            description = "warm-up ends after two slices in a row in which the JIT compiled for at most this many ms "
                + "(default: ${DEFAULT-VALUE})")
    long jitQuiet;

    @Option(names = "--jfr", paramLabel = "FILE",
            description = "record execution samples (every 2 ms) of the measured rounds with JDK Flight Recorder into FILE; "
                + "profile one client at a time")
    Path jfr;

    @Option(names = "--no-compact-defrag", negatable = false,
            description = "do not compact and defragment etcd after each warm-up (before each timed round); "
                + "by default it is done, so every round starts from the same server state")
    boolean noCompactDefrag;

    @Option(names = "--consistency", paramLabel = "l|s", defaultValue = "l",
            description = "range: linearizable (l) or serializable (s) reads (default: ${DEFAULT-VALUE})")
    String consistency;

    @Option(names = "--txn-ops", paramLabel = "N", defaultValue = "1",
            description = "txn-put: puts per transaction (default: ${DEFAULT-VALUE})")
    int txnOps;

    @Option(names = "--watchers", paramLabel = "N", defaultValue = "10000",
            description = "watch: watches on the watching client, each on its own key (default: ${DEFAULT-VALUE})")
    int watchers;

    @Option(names = "--leases", paramLabel = "N", defaultValue = "10000",
            description = "lease-keepalive: leases kept alive on one client (default: ${DEFAULT-VALUE})")
    int leases;

    @Option(names = "--ttl", paramLabel = "SECONDS", defaultValue = "10",
            description = "lease-keepalive: the leases' TTL; refreshed every third of it (default: ${DEFAULT-VALUE})")
    long leaseTtl;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "20",
            description = "lease-keepalive: measured seconds per client, split over --rounds (default: ${DEFAULT-VALUE})")
    long duration;

    @Option(names = "--contenders", paramLabel = "N", defaultValue = "8",
            description = "lock: contenders per library, each with its own session, on one client (default: ${DEFAULT-VALUE})")
    int contenders;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--max-time", paramLabel = "SECONDS", defaultValue = "300",
            description = "a run sends no request after this many seconds (default: ${DEFAULT-VALUE})")
    long maxTime;

    @Option(names = "--gobench", paramLabel = "PATH",
            description = "the Go reference tool for --clients go (default: $ETCDJ_GOBENCH or /tmp/gobench)")
    Path gobench;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        if (args.length > 0 && args[0].equals("fault")) { // the fault suite's long form, docs/guarantees.md
            System.exit(io.etcdj.bench.fault.FaultCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("jmh")) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            try {
                org.openjdk.jmh.Main.main(rest);
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the load generator.
     *
     * @param args the command line
     * @param out where results go
     * @param err where progress and diagnostics go
     * @return the exit code: 0 when every request succeeded and the data checked out, 1 when
     *     some failed, 2 for a bad command line
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Main main = new Main();
        main.out = out;
        main.err = err;
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("etcdj-bench: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (!consistency.equals("l") && !consistency.equals("s")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--consistency is l or s");
        }
        if (!format.equals("text") && !format.equals("csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format is text or csv");
        }
        for (String c : clients) {
            if (!List.of("etcdj", "jetcd", "go").contains(c)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown client '" + c
                        + "': etcdj, jetcd or go");
            }
        }
        for (int n : inflight) {
            if (n < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--inflight must be at least 1");
            }
        }
        if (total < 1 || rounds < 1 || conns < 1 || keySize < 1 || valSize < 0 || maxTime < 1 || warmup < 0
                || warmupSlices < 1 || jitQuiet < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--total, --rounds, --conns, --key-size, --max-time and --warmup-slices must be positive");
        }
        if (!Workloads.NAMES.contains(workload)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown workload '" + workload
                    + "'; one of " + Workloads.NAMES);
        }
        List<io.etcdj.EtcdTransport> transport;
        try {
            transport = Transports.parse(transports);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!transport.equals(List.of(io.etcdj.EtcdTransport.GRPC)) && !List.of("put", "range", "txn-put").contains(workload)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--transport applies to put, range and "
                    + "txn-put only; " + workload + " runs etcdj over gRPC");
        }
        if (!transport.equals(List.of(io.etcdj.EtcdTransport.GRPC)) && !clients.contains(Transports.GRPC_CLIENT)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--transport " + String.join(",", transports)
                    + " needs etcdj in --clients");
        }
        Path go = gobench;
        if (go == null) {
            String env = System.getenv("ETCDJ_GOBENCH");
            go = Path.of(env != null && !env.isEmpty() ? env : "/tmp/gobench");
        }
        BenchOptions options = new BenchOptions(workload, List.copyOf(endpoints), Transports.expand(clients, transport),
                List.copyOf(inflight), total, keySize, valSize, keySpace, conns, rounds, warmup,
                consistency.equals("s"), txnOps, format.equals("csv"), maxTime, go, warmupSlices, jitQuiet,
                !noCompactDefrag, jfr);
        if (workload.equals(LeaseKeepAliveBench.NAME)) {
            if (leases < 1 || leaseTtl < 1 || duration < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--leases, --ttl and --duration must be positive");
            }
            return new LeaseKeepAliveBench(options, leases, leaseTtl, duration, out, err).run();
        }
        if (workload.equals(LockBench.NAME)) {
            if (contenders < 1 || leaseTtl < 1 || duration < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--contenders, --ttl and --duration must be positive");
            }
            return new LockBench(options, contenders, leaseTtl, duration, out, err).run();
        }
        if (workload.equals(WatchBench.NAME)) {
            if (watchers < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--watchers must be at least 1");
            }
            return new WatchBench(options, watchers, out, err).run();
        }
        return new Bench(options, out, err).run();
    }
}
