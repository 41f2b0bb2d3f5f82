package io.etcdj.v2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2HttpException;
import io.etcdj.v2.EtcdV2Response;
import io.etcdj.v2.UnauthorizedException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers a healthy etcd does not give, decoded without a server: pure code. */
class DecodingTest {
    static RawResponse answer(int status, String body, Map<String, List<String>> headers) {
        return new RawResponse(status, HttpHeaders.of(headers, (k, v) -> true), body, URI.create("http://127.0.0.1:1"));
    }

    @Test
    void unauthorizedWithoutErrorDocument() {
        EtcdV2Exception e = Errors.fromResponse(answer(401, "{\"message\":\"Insufficient credentials\"}", Map.of()));
        assertThat(e).isInstanceOf(UnauthorizedException.class);
        assertThat(e.errorCode()).isEqualTo(EtcdV2Exception.NO_ERROR_CODE);
        assertThat(e.etcdMessage()).isEqualTo("Insufficient credentials");
        assertThat(e.httpStatus()).isEqualTo(401);
    }

    @Test
    void plainTextError() {
        EtcdV2Exception e = Errors.fromResponse(answer(502, "Bad Gateway\n", Map.of()));
        assertThat(e).isInstanceOf(EtcdV2HttpException.class);
        assertThat(e.etcdMessage()).isEqualTo("Bad Gateway");
        assertThat(e.getMessage()).contains("HTTP 502");
    }

    @Test
    void notJsonOrNoActionIsAClearError() {
        assertThatThrownBy(() -> Decoder.keysResponse(answer(200, "<html>", Map.of())))
                .isExactlyInstanceOf(EtcdV2Exception.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> Decoder.keysResponse(answer(200, "{\"node\":{}}", Map.of())))
                .isExactlyInstanceOf(EtcdV2Exception.class).hasMessageContaining("without an action");
    }

    @Test
    void headersAndNodes() {
        EtcdV2Response r = Decoder.keysResponse(answer(200, "{\"action\":\"get\",\"node\":{\"dir\":true,\"nodes\":["
                + "{\"key\":\"/a\",\"value\":\"1\",\"ttl\":5,\"expiration\":\"2030-01-02T03:04:05.123456789Z\","
                + "\"modifiedIndex\":7,\"createdIndex\":6}]}}",
                Map.of("X-Etcd-Index", List.of("9"), "X-Raft-Index", List.of("12"), "X-Raft-Term", List.of("3"),
                        "X-Etcd-Cluster-Id", List.of("cdf818194e3a8c32"))));
        assertThat(r.etcdIndex()).isEqualTo(9);
        assertThat(r.raftIndex()).isEqualTo(12);
        assertThat(r.raftTerm()).isEqualTo(3);
        assertThat(r.clusterId()).isEqualTo("cdf818194e3a8c32");
        assertThat(r.node().key()).isNull();
        assertThat(r.node().dir()).isTrue();
        assertThat(r.node().find("/a").ttl()).isEqualTo(5);
        assertThat(r.node().find("/a").expirationInstant().getNano()).isEqualTo(123456789);
        assertThat(r.node().find("/b")).isNull();
        assertThat(r.prevNode()).isNull();
    }

    @Test
    void keyPathsAreEscaped() {
        assertThat(Encoding.keyPath("a b/ключ?#%")).isEqualTo("/v2/keys/a%20b/%D0%BA%D0%BB%D1%8E%D1%87%3F%23%25");
        assertThat(Encoding.keyPath("")).isEqualTo("/v2/keys/");
        assertThat(Encoding.segment("a/b")).isEqualTo("a%2Fb");
    }
}
