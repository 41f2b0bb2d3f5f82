package io.etcdj.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.etcdj.grpc.KeyValue;
import io.etcdj.grpc.PutRequest;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.internal.transport.StatusCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway's JSON framing, messages, errors and prefixes, without a server. */
class GatewayCodecTest {
    private static final String A = "{\"result\":{\"key\":\"e30=\",\"note\":\"a } in a \\\"string\\\" {\"}}";
    private static final String B = "{\"result\":{\"value\":\"caf\u00e9 \u2603\",\"list\":[{\"x\":1},{}]}}";
    private static final String C = "{\"error\":{\"grpc_code\":11,\"message\":\"etcdserver: mvcc: required revision has been compacted\"}}";

    @Test
    void objectsAreSplitWhateverTheChunkingAndWithoutSeparators() {
        byte[] stream = (A + "\n" + B + C + " \r\n").getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= stream.length; chunk++) {
            JsonFrames frames = new JsonFrames(1 << 20);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < stream.length; i += chunk) {
                frames.feed(ByteBuffer.wrap(stream, i, Math.min(chunk, stream.length - i)), out::add);
            }
            assertThat(out).as("chunks of %d bytes", chunk).containsExactly(A, B, C);
            assertThat(frames.atBoundary()).isTrue();
        }
    }

    @Test
    void aHalfReadObjectIsNotABoundaryAndOversizedOrForeignInputIsRefused() {
        JsonFrames frames = new JsonFrames(1 << 20);
        frames.feed(ByteBuffer.wrap("{\"result\":{".getBytes(StandardCharsets.UTF_8)), s -> { });
        assertThat(frames.atBoundary()).isFalse();
        assertThatThrownBy(() -> new JsonFrames(16).feed(ByteBuffer.wrap(A.getBytes(StandardCharsets.UTF_8)), s -> { }))
                .isInstanceOf(JsonFrames.FrameTooLargeException.class).hasMessageContaining("exceeds maximum size 16");
        assertThatThrownBy(() -> new JsonFrames(1 << 20).feed(ByteBuffer.wrap("<html>".getBytes(StandardCharsets.UTF_8)), s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a JSON object");
    }

    @Test
    void aFrameNamesItsMemberAndKeepsItsValueText() {
        assertThat(GatewayFrame.of(A)).isEqualTo(new GatewayFrame("result",
                "{\"key\":\"e30=\",\"note\":\"a } in a \\\"string\\\" {\"}"));
        assertThat(GatewayFrame.of("{ \"error\" : \"plain\" }")).isEqualTo(new GatewayFrame("error", "\"plain\""));
        assertThatThrownBy(() -> GatewayFrame.of("{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatewayFrame.of("{\"result\" 1}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesUseProtoNamesBase64BytesAndStringInt64s() throws Exception {
        String json = new String(GatewayJson.print(PutRequest.newBuilder().setKey(ByteString.copyFromUtf8("k"))
                .setValue(ByteString.copyFromUtf8("v")).setLease(7).setPrevKv(true).build()), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"key\":\"aw==\",\"value\":\"dg==\",\"lease\":\"7\",\"prev_kv\":true}");
        assertThat(new String(GatewayJson.print(PutRequest.getDefaultInstance()), StandardCharsets.UTF_8)).isEqualTo("{}");
        RangeResponse r = GatewayJson.parse("{\"kvs\":[{\"key\":\"aw==\",\"mod_revision\":\"12\"}],\"count\":\"1\","
                + "\"a_field_from_a_newer_etcd\":true}", RangeResponse.getDefaultInstance());
        assertThat(r.getKvsList()).containsExactly(KeyValue.newBuilder().setKey(ByteString.copyFromUtf8("k"))
                .setModRevision(12).build());
        assertThat(r.getCount()).isEqualTo(1);
    }

    @Test
    void etcdErrorsKeepTheirGrpcCodeAndTextAndOtherPagesAreJudgedByStatus() {
        assertThat(GatewayError.of(400, ("{\"error\":\"etcdserver: mvcc: required revision is a future revision\","
                + "\"message\":\"etcdserver: mvcc: required revision is a future revision\",\"code\":11}")
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(new GatewayError(StatusCode.OUT_OF_RANGE,
                        "etcdserver: mvcc: required revision is a future revision"));
        assertThat(GatewayError.of(502, "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new GatewayError(StatusCode.UNAVAILABLE, "HTTP 502: <html>Bad Gateway</html>"));
        assertThat(GatewayError.of(404, "Not Found\n".getBytes(StandardCharsets.UTF_8)).code()).isEqualTo(StatusCode.UNIMPLEMENTED);
        assertThat(GatewayError.of(418, new byte[0])).isEqualTo(new GatewayError(StatusCode.UNKNOWN, "HTTP 418"));
        assertThat(GatewayError.of(500, ("{\"error\":{\"grpc_code\":2,\"http_code\":500,\"message\":\"auth: user name "
                + "is empty\",\"http_status\":\"Internal Server Error\"}}").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new GatewayError(StatusCode.UNKNOWN, "auth: user name is empty"));
        assertThat(GatewayError.ofStream(GatewayFrame.of(C).value())).isEqualTo(new GatewayError(StatusCode.OUT_OF_RANGE,
                "etcdserver: mvcc: required revision has been compacted"));
        assertThat(GatewayError.ofStream("\"not an object\"").code()).isEqualTo(StatusCode.UNKNOWN);
    }

    @Test
    void thePrefixFollowsTheServerRelease() {
        assertThat(GatewayVersions.prefix("3.4.23")).isEqualTo("/v3");
        assertThat(GatewayVersions.prefix("3.5.0")).isEqualTo("/v3");
        assertThat(GatewayVersions.prefix("3.3.13")).isEqualTo("/v3beta");
        assertThat(GatewayVersions.prefix("3.2.32")).isEqualTo("/v3alpha");
        assertThat(GatewayVersions.prefix("3.1.0")).isEqualTo("/v3alpha");
        assertThat(GatewayVersions.prefix("4.0.0-rc1")).isEqualTo("/v3");
        assertThat(GatewayVersions.prefix("unknown")).isEqualTo("/v3");
    }
}
