package io.etcdj.testing;

/** The kind of key pair behind a generated certificate. */
public enum KeyType {

    /**
     * An elliptic-curve key on NIST P-256 (secp256r1), signed with SHA256withECDSA. Its
     * traditional PEM form is SEC1 ({@code -----BEGIN EC PRIVATE KEY-----}).
     */
    EC,

    /**
     * A 2048-bit RSA key, signed with SHA256withRSA. Its traditional PEM form is PKCS#1
     * ({@code -----BEGIN RSA PRIVATE KEY-----}).
     */
    RSA
}
