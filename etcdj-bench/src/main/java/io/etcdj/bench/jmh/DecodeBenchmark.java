package io.etcdj.bench.jmh;

import com.google.protobuf.ByteString;
import io.etcd.jetcd.ByteSequence;
import io.etcdj.grpc.KeyValue;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.internal.KvMapper;
import io.etcdj.kv.GetResponse;
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
 * Response decoding: from the bytes gRPC hands over to what the caller gets, for etcdj (parse,
 * then KvMapper into immutable values) and for jetcd (parse, then its response wrapper and its
 * key-value list). Run with {@code -prof gc} for the bytes allocated per response. etcdj's decoder is
 * called through its public (internal) entry point, {@code KvMapper}: no reflection.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class DecodeBenchmark {
    @Param({"256"})
    int valSize;

    /** Key-values in the range response: 1 for a single-key get. */
    @Param({"1", "100"})
    int kvs;

    private final KvMapper mapper = new KvMapper(StandardCharsets.UTF_8);
    private byte[] range;
    private byte[] put;

    @Setup
    public void setup() {
        byte[] value = new byte[valSize];
        RangeResponse.Builder b = RangeResponse.newBuilder().setHeader(header()).setCount(kvs);
        for (int i = 0; i < kvs; i++) {
            b.addKvs(KeyValue.newBuilder().setKey(ByteString.copyFromUtf8(String.format("pe/%05d", i)))
                    .setValue(ByteString.copyFrom(value)).setCreateRevision(1000 + i).setModRevision(2000 + i)
                    .setVersion(7));
        }
        range = b.build().toByteArray();
        put = io.etcdj.grpc.PutResponse.newBuilder().setHeader(header()).build().toByteArray();
    }

    private static io.etcdj.grpc.ResponseHeader header() {
        return io.etcdj.grpc.ResponseHeader.newBuilder().setClusterId(0xcdf818194e3a8c32L)
                .setMemberId(0x8e9e05c52164694dL).setRevision(123456).setRaftTerm(2).build();
    }

    /** etcdj: parse the range response and map it to a GetResponse. */
    @Benchmark
    public GetResponse rangeEtcdj() throws Exception {
        return mapper.getResponse(RangeResponse.parseFrom(range));
    }

    /** Parsing alone: the floor under any client's decoding. */
    @Benchmark
    public RangeResponse rangeParseOnly() throws Exception {
        return RangeResponse.parseFrom(range);
    }

    /** jetcd: parse the range response, wrap it and build its key-value list. */
    @Benchmark
    public Object rangeJetcd() throws Exception {
        io.etcd.jetcd.kv.GetResponse r = new io.etcd.jetcd.kv.GetResponse(
                io.etcd.jetcd.api.RangeResponse.parseFrom(range), ByteSequence.EMPTY);
        return r.getKvs();
    }

    /** etcdj: parse the put response and map it to a PutResponse. */
    @Benchmark
    public io.etcdj.kv.PutResponse putEtcdj() throws Exception {
        return mapper.putResponse(io.etcdj.grpc.PutResponse.parseFrom(put));
    }
}
