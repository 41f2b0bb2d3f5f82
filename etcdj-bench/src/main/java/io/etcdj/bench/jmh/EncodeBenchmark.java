package io.etcdj.bench.jmh;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import com.google.protobuf.UnsafeByteOperations;
import io.etcdj.grpc.PutRequest;
import io.etcdj.internal.KvMapper;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.Op;
import io.etcdj.kv.PutOptions;
import io.etcdj.kv.Txn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Request encoding: from the public API's arguments to the bytes gRPC frames, as etcdj does it
 * (KvMapper, then protobuf serialization) and, where one is proposed, a cheaper alternative.
 * Run with {@code -prof gc} for the bytes allocated per request. etcdj's encoder is called through
 * its public (internal) entry point, {@code KvMapper}: no reflection.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EncodeBenchmark {
    @Param({"256"})
    int valSize;

    private final KvMapper mapper = new KvMapper(StandardCharsets.UTF_8);
    private final GetOptions serializable = GetOptions.builder().serializable().build();
    private final byte[] out = new byte[64 * 1024];
    private byte[] key;
    private byte[] value;
    private String keyString;
    private String valueString;

    @Setup
    public void setup() {
        key = "pe/00042".getBytes(StandardCharsets.UTF_8);
        value = new byte[valSize];
        for (int i = 0; i < valSize; i++) {
            value[i] = (byte) ('a' + i % 26);
        }
        keyString = new String(key, StandardCharsets.UTF_8);
        valueString = new String(value, StandardCharsets.UTF_8);
    }

    private int serialize(MessageLite m) throws IOException {
        CodedOutputStream c = CodedOutputStream.newInstance(out);
        m.writeTo(c);
        return c.getTotalBytesWritten();
    }

    /** etcdj's put(byte[], byte[]) request: KvMapper.put (copies key and value), then serialized. */
    @Benchmark
    public int putBytes() throws IOException {
        return serialize(mapper.put(key, value, PutOptions.DEFAULT));
    }

    /** etcdj's put(String, String) request: encodes the strings, then copies the bytes again. */
    @Benchmark
    public int putStrings() throws IOException {
        return serialize(mapper.put(keyString, valueString, PutOptions.DEFAULT));
    }

    /**
     * The proposed put(String, String) request: the freshly encoded bytes belong to etcdj alone,
     * so they can be wrapped instead of copied a second time.
     */
    @Benchmark
    public int putStringsWrapped() throws IOException {
        return serialize(PutRequest.newBuilder()
                .setKey(UnsafeByteOperations.unsafeWrap(keyString.getBytes(StandardCharsets.UTF_8)))
                .setValue(UnsafeByteOperations.unsafeWrap(valueString.getBytes(StandardCharsets.UTF_8)))
                .build());
    }

    /** etcdj's get(byte[], serializable) request. */
    @Benchmark
    public int rangeBytes() throws IOException {
        return serialize(mapper.range(key, serializable));
    }

    /** etcdj's txn request with one put, the txn-put workload's: the public Txn, then KvMapper.txn. */
    @Benchmark
    public int txnPut() throws IOException {
        Txn txn = Txn.builder().then(Op.put(key, value)).build();
        return serialize(mapper.txn(txn));
    }
}
