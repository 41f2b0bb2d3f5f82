package io.etcdj.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.TlsException;
import io.etcdj.grpc.RangeRequest;
import io.etcdj.grpc.RangeResponse;
import io.etcdj.grpc.ResponseHeader;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.internal.transport.StatusCode;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a failed TLS handshake is named and retried, over a scripted transport: the JDK's exception
 * chains as gRPC reports them (status UNAVAILABLE with the handshake error as the cause). The same
 * failures against real etcd members are in {@code io.etcdj.tls.TlsTest}.
 */
class TlsFailureRulesTest {
    private static final EndpointAddress A = EndpointAddress.parse("https://10.255.0.1:1");
    private static final EndpointAddress B = EndpointAddress.parse("https://10.255.0.2:1");
    private static final RangeRequest GET = RangeRequest.newBuilder().setKey(ByteString.copyFromUtf8("k")).build();
    private static final RangeResponse RANGE_OK = RangeResponse.newBuilder()
            .setHeader(ResponseHeader.newBuilder().setRevision(1)).build();

    private final FakeTransport transport = new FakeTransport();
    private ClientRuntime runtime;

    private ClientRuntime runtime(EndpointAddress... endpoints) {
        runtime = new ClientRuntime(new ClientConfig(List.of(endpoints), Duration.ofSeconds(5), Duration.ofSeconds(2),
                StandardCharsets.UTF_8, "test", Integer.MAX_VALUE, Map.of(), null, Duration.ofSeconds(30),
                Duration.ofSeconds(10), null, TlsConfig.DEFAULT), transport, MetadataProvider.NONE);
        return runtime;
    }

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
    }

    private static SSLHandshakeException handshake(String message, Throwable cause) {
        SSLHandshakeException e = new SSLHandshakeException(message);
        e.initCause(cause);
        return e;
    }

    @Test
    void eachProblemIsNamedFromTheJdkChain() {
        assertThat(TlsFailures.classify(handshake("PKIX path validation failed",
                new CertPathValidatorException("validity check failed", new CertificateExpiredException("NotAfter")))))
                .isEqualTo(ErrorCode.TLS_CERTIFICATE_EXPIRED);
        assertThat(TlsFailures.classify(handshake("No subject alternative names matching IP address 127.0.0.1 found",
                new CertificateException("No subject alternative names matching IP address 127.0.0.1 found"))))
                .isEqualTo(ErrorCode.TLS_HOST_NAME_MISMATCH);
        assertThat(TlsFailures.classify(handshake("PKIX path building failed",
                new java.security.cert.CertPathBuilderException("unable to find valid certification path"))))
                .isEqualTo(ErrorCode.TLS_UNKNOWN_AUTHORITY);
        assertThat(TlsFailures.classify(new SSLHandshakeException("Received fatal alert: bad_certificate")))
                .isEqualTo(ErrorCode.TLS_CERTIFICATE_REJECTED);
        assertThat(TlsFailures.classify(new SSLHandshakeException("Received fatal alert: handshake_failure")))
                .isEqualTo(ErrorCode.TLS_HANDSHAKE_FAILED);
        assertThat(TlsFailures.classify(new java.io.IOException("Connection refused"))).isNull();
        assertThat(ErrorMapper.code(StatusCode.UNAVAILABLE, "io exception", new java.io.IOException("reset")))
                .isEqualTo(ErrorCode.UNAVAILABLE);
    }

    @Test
    void aBadCertificateOnOneMemberSendsTheCallToAnother() throws Exception {
        transport.scripts.put(A, a -> a.close(StatusCode.UNAVAILABLE, "ssl exception",
                handshake("PKIX path validation failed", new CertificateExpiredException("NotAfter"))));
        transport.scripts.put(B, a -> {
            a.sent();
            a.ok(RANGE_OK);
        });
        RangeResponse r = runtime(A, B).pipeline().unary(Rpcs.KV_RANGE, GET, null, true, x -> x).get(5, TimeUnit.SECONDS);
        assertThat(r).isEqualTo(RANGE_OK);
    }

    @Test
    void withOneMemberABadCertificateFailsAtOnceNamed() {
        transport.scripts.put(A, a -> a.close(StatusCode.UNAVAILABLE, "ssl exception",
                handshake("No subject alternative names matching IP address 10.255.0.1 found",
                        new CertificateException("No subject alternative names matching IP address 10.255.0.1 found"))));
        long start = System.nanoTime();
        EtcdException e;
        try {
            runtime(A).pipeline().unary(Rpcs.KV_RANGE, GET, null, true, x -> x).get(5, TimeUnit.SECONDS);
            throw new AssertionError("the call succeeded");
        } catch (ExecutionException ex) {
            e = (EtcdException) ex.getCause();
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
        assertThat(e).isInstanceOf(TlsException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.TLS_HOST_NAME_MISMATCH);
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(e.getMessage()).contains("does not match the endpoint's host name");
        assertThat(transport.attempts).hasSize(1); // not retried until the connect timeout
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
