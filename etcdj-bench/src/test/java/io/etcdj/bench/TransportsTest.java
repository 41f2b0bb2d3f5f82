package io.etcdj.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdj.EtcdTransport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --transport}: its values, how it turns the {@code etcdj} client into one per transport, its errors. No etcd. */
class TransportsTest {
    @Test
    void valuesInTheOrderGivenEachOnce() {
        assertThat(Transports.parse(List.of("grpc"))).containsExactly(EtcdTransport.GRPC);
        assertThat(Transports.parse(List.of("http-json"))).containsExactly(EtcdTransport.HTTP_JSON);
        assertThat(Transports.parse(List.of("HTTP-JSON", "grpc", "http-json")))
                .containsExactly(EtcdTransport.HTTP_JSON, EtcdTransport.GRPC);
    }

    @Test
    void badValuesAreNamed() {
        for (String bad : List.of("http", "json", "grpc-web", "")) {
            assertThatThrownBy(() -> Transports.parse(List.of("grpc", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unsupported transport \"" + bad + "\" (use grpc or http-json)");
        }
    }

    @Test
    void etcdjBecomesOneClientPerTransportInPlace() {
        assertThat(Transports.expand(List.of("etcdj", "jetcd", "go"), List.of(EtcdTransport.GRPC)))
                .containsExactly("etcdj", "jetcd", "go");
        assertThat(Transports.expand(List.of("jetcd", "etcdj", "go"), List.of(EtcdTransport.GRPC, EtcdTransport.HTTP_JSON)))
                .containsExactly("jetcd", "etcdj", "etcdj-http", "go");
        assertThat(Transports.expand(List.of("etcdj"), List.of(EtcdTransport.HTTP_JSON))).containsExactly("etcdj-http");
        assertThat(Transports.of("etcdj-http")).isEqualTo(EtcdTransport.HTTP_JSON);
        assertThat(Transports.of("etcdj")).isEqualTo(EtcdTransport.GRPC);
        assertThat(Transports.of("jetcd")).isNull();
    }

    @Test
    void eachEtcdjClientWritesItsOwnKeys() {
        Workload put = new PutWorkload();
        assertThat(put.keyTag("etcdj")).isEqualTo("pe/");
        assertThat(put.keyTag("etcdj-http")).isEqualTo("ph/");
        assertThat(put.keyTag("jetcd")).isEqualTo("pj/");
        assertThat(new TxnPutWorkload(1).keyTag("etcdj-http")).isEqualTo("th/");
    }

    @Test
    void badCommandLinesFailBeforeAnyEtcdIsStarted() {
        assertRejected(List.of("put", "--transport", "http"), "unsupported transport \"http\" (use grpc or http-json)");
        assertRejected(List.of("put", "--transport", "grpc,gateway"), "unsupported transport \"gateway\"");
        assertRejected(List.of("put", "--transport", "http-json", "--clients", "jetcd"), "needs etcdj in --clients");
        assertRejected(List.of("watch", "--transport", "http-json"), "--transport applies to put, range and txn-put only");
    }

    private static void assertRejected(List<String> args, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("%s", args).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).as("%s", args).contains(message);
        assertThat(System.nanoTime() - t0).as("rejected without starting etcd").isLessThan(5_000_000_000L);
    }
}
