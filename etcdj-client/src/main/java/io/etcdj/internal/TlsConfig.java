package io.etcdj.internal;

import java.nio.file.Path;

/**
 * How the client verifies servers and presents itself on {@code https://} endpoints.
 *
 * @param caFile PEM file of the certificate authorities to trust; null for the JVM's trusted CAs
 * @param certFile PEM file of the client certificate chain; null for none (then keyFile is null too)
 * @param keyFile PEM file of the client's private key (PKCS#8, PKCS#1 RSA or SEC1 EC); null for none
 * @param skipVerify true to accept any server certificate (development only)
 */
public record TlsConfig(Path caFile, Path certFile, Path keyFile, boolean skipVerify) {
    /** No certificate files, verification on: plain {@code http://} or the JVM's trusted CAs. */
    public static final TlsConfig DEFAULT = new TlsConfig(null, null, null, false);

    /** @return true when any TLS setting was given, so endpoints without a scheme use TLS, as etcdctl does */
    public boolean configured() {
        return caFile != null || certFile != null || skipVerify;
    }
}
