package io.etcdj.kv;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.etcdj.KeyValue;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.internal.KvMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The read path copies each key and value once, out of the protobuf message, and what callers get
 * still cannot change a decoded key-value: pure code, no server.
 */
class KvMapperDecodeTest {
    private final KvMapper mapper = new KvMapper(StandardCharsets.UTF_8);

    private static RangeResponse range() {
        return RangeResponse.newBuilder()
                .setHeader(io.etcdj.grpc.ResponseHeader.newBuilder().setClusterId(1).setMemberId(2).setRevision(3)
                        .setRaftTerm(4))
                .addKvs(io.etcdj.grpc.KeyValue.newBuilder().setKey(ByteString.copyFromUtf8("k"))
                        .setValue(ByteString.copyFromUtf8("v")).setCreateRevision(5).setModRevision(6).setVersion(7)
                        .setLease(8))
                .setCount(1)
                .build();
    }

    @Test
    void decodedKeyValuesAreWholeAndCannotBeChangedThroughTheirAccessors() {
        GetResponse r = mapper.getResponse(range());
        KeyValue kv = r.get(0);
        assertThat(kv).isEqualTo(new KeyValue("k".getBytes(), "v".getBytes(), 5, 6, 7, 8, StandardCharsets.UTF_8));
        assertThat(r.header().raftTerm()).isEqualTo(4);
        kv.key()[0] = 'x';
        kv.value()[0] = 'x';
        assertThat(kv.keyAsString()).isEqualTo("k");
        assertThat(kv.valueAsString()).isEqualTo("v");
    }

    @Test
    void thePublicConstructorStillCopiesTheCallersArrays() {
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        byte[] value = "v".getBytes(StandardCharsets.UTF_8);
        KeyValue kv = new KeyValue(key, value, 1, 1, 1, 0, StandardCharsets.UTF_8);
        key[0] = 'x';
        value[0] = 'x';
        assertThat(kv.keyAsString()).isEqualTo("k");
        assertThat(kv.valueAsString()).isEqualTo("v");
    }
}
