package io.etcdj.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One invocation of the load generator, as given on the command line.
 *
 * @param workload the workload's name
 * @param endpoints the etcd endpoints; empty to start a throwaway etcd
 * @param clients the clients to measure, in order: {@code etcdj}, {@code jetcd}, {@code go}
 * @param inflight the numbers of requests in flight to measure at, one after the other
 * @param total requests per client at each number in flight, split over the rounds
 * @param keySize bytes per key
 * @param valSize bytes per value
 * @param keySpace distinct keys
 * @param conns client instances per client library, used round robin
 * @param rounds how many times the clients take turns
 * @param warmup requests per warm-up slice of an in-process client before each measured round, not
 *     measured (0: no warm-up)
 * @param serializable for {@code range}: serializable instead of linearizable reads
 * @param txnOps for {@code txn-put}: puts per transaction
 * @param csv CSV output instead of text
 * @param maxSeconds no request of a run is sent after this many seconds
 * @param gobench the Go reference tool
 * @param warmupSlices the most warm-up slices before one measured round
 * @param jitQuietMillis warm-up ends after a slice during which the JIT compiled for at most this long
 * @param compactDefrag compact and defragment the server after each warm-up, before each measured round
 * @param jfr where to write a JDK Flight Recorder recording (execution samples every 2 ms) of the measured rounds,
 *     warm-ups between them included; null for none
 */
public record BenchOptions(String workload, List<String> endpoints, List<String> clients, List<Integer> inflight,
        long total, int keySize, int valSize, int keySpace, int conns, int rounds, long warmup, boolean serializable,
        int txnOps, boolean csv, long maxSeconds, Path gobench, int warmupSlices, long jitQuietMillis,
        boolean compactDefrag, Path jfr) {
}
