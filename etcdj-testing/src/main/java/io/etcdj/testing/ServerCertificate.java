package io.etcdj.testing;

/**
 * Which certificate the members of a TLS cluster serve to clients. Everything but
 * {@link #VALID} exists for negative tests: a client configured with the cluster's CA must
 * refuse the connection.
 *
 * <p>Whatever the choice, the launcher itself still reaches the members (it trusts exactly the
 * certificates it generated), so such a cluster starts and {@link EtcdMember#restart()} works.
 */
public enum ServerCertificate {

    /**
     * Signed by the cluster's CA, valid from an hour ago for a year, for {@code 127.0.0.1} and
     * {@code localhost}. The default.
     */
    VALID,

    /**
     * Signed by the cluster's CA for {@code 127.0.0.1} and {@code localhost}, but expired: valid
     * from two days ago until one day ago. The JDK refuses it with a
     * {@code java.security.cert.CertificateExpiredException} in the cause chain.
     */
    EXPIRED,

    /**
     * Signed by the cluster's CA and valid, but for the host name {@code wrong.example} only (no
     * IP address): a client connecting to {@code 127.0.0.1} finds no matching name. The JDK
     * refuses it with a {@code java.security.cert.CertificateException} "No subject alternative
     * names matching IP address 127.0.0.1 found".
     */
    WRONG_HOST,

    /**
     * Valid and for {@code 127.0.0.1} and {@code localhost}, but signed by an unrelated CA,
     * not the one in {@link TlsFiles#caCertificate()}. The JDK refuses it with a
     * {@code sun.security.provider.certpath.SunCertPathBuilderException} ("unable to find valid
     * certification path").
     */
    UNTRUSTED_CA
}
