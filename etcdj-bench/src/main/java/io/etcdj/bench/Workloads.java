package io.etcdj.bench;

import java.util.List;

/** The workloads by name. A new workload is a class implementing {@link Workload} and a line here. */
final class Workloads {
    /** The names accepted on the command line; {@code watch} runs in {@link WatchBench}, not as a {@link Workload}. */
    static final List<String> NAMES = List.of("put", "range", "txn-put", WatchBench.NAME, LeaseKeepAliveBench.NAME, LockBench.NAME);

    private Workloads() {
    }

    /**
     * @param name the workload's name on the command line
     * @param options the command line
     * @return the workload
     * @throws IllegalArgumentException for an unknown name
     */
    static Workload create(String name, BenchOptions options) {
        return switch (name) {
            case "put" -> new PutWorkload();
            case "range" -> new RangeWorkload(options.serializable());
            case "txn-put" -> new TxnPutWorkload(options.txnOps());
            case WatchBench.NAME -> throw new IllegalArgumentException("watch is not a request workload: see WatchBench");
            default -> throw new IllegalArgumentException("unknown workload '" + name + "'; one of " + NAMES);
        };
    }
}
