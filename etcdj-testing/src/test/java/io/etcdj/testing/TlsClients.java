package io.etcdj.testing;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Builds JDK TLS clients from PEM files the way an application would: the JDK's own PKIX trust
 * manager (validity, chain and host name checked), PKCS#8 keys read with the JDK alone,
 * traditional keys (PKCS#1, SEC1) with BouncyCastle's PEM parser.
 */
final class TlsClients {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private TlsClients() {}

    /** A context trusting {@code ca} and presenting no client certificate. */
    static SSLContext context(Path ca) throws Exception {
        return context(ca, null, null);
    }

    /**
     * A context trusting {@code ca}, presenting {@code cert} with {@code key} if both are
     * non-null.
     */
    static SSLContext context(Path ca, Path cert, Path key) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", readCertificate(ca));
        TrustManagerFactory tmf =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManagerFactory kmf = null;
        if (cert != null && key != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", readKey(key), PASSWORD,
                    new Certificate[] {readCertificate(cert)});
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }

    /** A fresh client (no pooled connection shared between tests). */
    static HttpClient client(SSLContext context) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(2))
                .sslContext(context)
                .build();
    }

    /** GET {@code url} with a new client built on {@code context}. */
    static HttpResponse<String> get(SSLContext context, String url)
            throws IOException, InterruptedException {
        return client(context).send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static X509Certificate readCertificate(Path pem) throws Exception {
        try (var in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
        }
    }

    /** Reads a PKCS#8 key with the JDK, or a PKCS#1 / SEC1 key with BouncyCastle. */
    static PrivateKey readKey(Path pem) throws Exception {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (text.startsWith("-----BEGIN PRIVATE KEY-----")) {
            byte[] der = Base64.getMimeDecoder().decode(text
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "").strip());
            PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
            for (String algorithm : new String[] {"EC", "RSA"}) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(spec);
                } catch (java.security.spec.InvalidKeySpecException notThisOne) {
                    // try the next algorithm
                }
            }
            throw new IllegalArgumentException("neither an EC nor an RSA key: " + pem);
        }
        try (Reader in = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(in)) {
            Object item = parser.readObject();
            return new JcaPEMKeyConverter().getKeyPair((PEMKeyPair) item).getPrivate();
        }
    }

    /** @return whether {@code type} is somewhere in the cause chain of {@code error} */
    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
