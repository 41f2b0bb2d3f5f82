package io.etcdj.testing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A certificate and its private key, written as PEM files by {@link CertificateAuthority}.
 *
 * @param certificate the certificate ({@code -----BEGIN CERTIFICATE-----})
 * @param privateKey the private key in PKCS#8 form ({@code -----BEGIN PRIVATE KEY-----},
 *     unencrypted)
 * @param traditionalPrivateKey the same key in its traditional form: PKCS#1
 *     ({@code -----BEGIN RSA PRIVATE KEY-----}) for {@link KeyType#RSA}, SEC1
 *     ({@code -----BEGIN EC PRIVATE KEY-----}) for {@link KeyType#EC}
 * @param keyType the kind of key
 */
public record PemFiles(Path certificate, Path privateKey, Path traditionalPrivateKey,
        KeyType keyType) {

    /**
     * Checks that no component is null.
     *
     * @param certificate the certificate file
     * @param privateKey the PKCS#8 key file
     * @param traditionalPrivateKey the PKCS#1 or SEC1 key file
     * @param keyType the kind of key
     * @throws NullPointerException if a component is null
     */
    public PemFiles {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(traditionalPrivateKey, "traditionalPrivateKey");
        Objects.requireNonNull(keyType, "keyType");
    }
}
