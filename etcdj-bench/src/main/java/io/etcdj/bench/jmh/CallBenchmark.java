package io.etcdj.bench.jmh;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcdj.EtcdClient;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.GetOptions;
import io.etcdj.testing.EtcdCluster;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole calls through the call pipeline against a throwaway etcd on loopback: one serializable
 * single-key get at a time (latency), and 64 at once (the pipeline's cost when it is busy). A
 * serializable get is the cheapest request etcd serves, so the client's share of the time is as
 * large as it gets. Run with {@code -prof gc}: JMH 1.37 counts the allocation of every thread
 * (transport threads included), per request.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CallBenchmark {
    private static final int BATCH = 64;

    private EtcdCluster etcd;
    private EtcdClient etcdj;
    private io.etcd.jetcd.Client jetcd;
    private AsyncKv etcdjKv;
    private KV jetcdKv;
    private final byte[][] keys = new byte[BATCH][];
    private final ByteSequence[] jetcdKeys = new ByteSequence[BATCH];
    private final GetOptions serializable = GetOptions.builder().serializable().build();
    private final io.etcd.jetcd.options.GetOption jetcdSerializable =
            io.etcd.jetcd.options.GetOption.builder().withSerializable(true).build();

    @Setup(Level.Trial)
    public void start() {
        etcd = EtcdCluster.builder().start();
        etcdj = EtcdClient.builder().endpoints(etcd.clientEndpoints()).build();
        jetcd = io.etcd.jetcd.Client.builder().endpoints(etcd.clientEndpoints().toArray(String[]::new)).build();
        etcdjKv = etcdj.async().kv();
        jetcdKv = jetcd.getKVClient();
        byte[] value = new byte[256];
        for (int i = 0; i < BATCH; i++) {
            keys[i] = String.format("r/%06d", i).getBytes(StandardCharsets.US_ASCII);
            jetcdKeys[i] = ByteSequence.from(keys[i]);
            etcdj.kv().put(keys[i], value);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        jetcd.close();
        etcdj.close();
        etcd.close();
    }

    @Benchmark
    public Object etcdjGet() {
        return etcdjKv.get(keys[0], serializable).join();
    }

    @Benchmark
    public Object jetcdGet() {
        return jetcdKv.get(jetcdKeys[0], jetcdSerializable).join();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void etcdjGet64() {
        CompletableFuture<?>[] f = new CompletableFuture<?>[BATCH];
        for (int i = 0; i < BATCH; i++) {
            f[i] = etcdjKv.get(keys[i], serializable);
        }
        CompletableFuture.allOf(f).join();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void jetcdGet64() {
        CompletableFuture<?>[] f = new CompletableFuture<?>[BATCH];
        for (int i = 0; i < BATCH; i++) {
            f[i] = jetcdKv.get(jetcdKeys[i], jetcdSerializable);
        }
        CompletableFuture.allOf(f).join();
    }
}
