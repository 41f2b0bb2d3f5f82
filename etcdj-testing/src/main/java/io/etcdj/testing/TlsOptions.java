package io.etcdj.testing;

import java.util.Objects;

/**
 * How a TLS {@link EtcdCluster} generates and uses its certificates. Immutable: each
 * {@code with...} method returns a copy.
 *
 * <pre>{@code
 * EtcdCluster.builder().tls(TlsOptions.defaults()
 *         .withKeyType(KeyType.RSA)
 *         .withServerCertificate(ServerCertificate.EXPIRED))
 *     .start();
 * }</pre>
 *
 * <p>The defaults: {@link KeyType#EC} keys, client certificate authentication on, a
 * {@link ServerCertificate#VALID} server certificate, client certificate CN
 * {@value #DEFAULT_CLIENT_COMMON_NAME}.
 */
public final class TlsOptions {

    /** The CN of the generated client certificate unless changed. */
    public static final String DEFAULT_CLIENT_COMMON_NAME = "etcdj-client";

    private static final TlsOptions DEFAULTS = new TlsOptions(KeyType.EC, true,
            ServerCertificate.VALID, DEFAULT_CLIENT_COMMON_NAME);

    private final KeyType keyType;
    private final boolean clientCertAuth;
    private final ServerCertificate serverCertificate;
    private final String clientCommonName;

    private TlsOptions(KeyType keyType, boolean clientCertAuth,
            ServerCertificate serverCertificate, String clientCommonName) {
        this.keyType = keyType;
        this.clientCertAuth = clientCertAuth;
        this.serverCertificate = serverCertificate;
        this.clientCommonName = clientCommonName;
    }

    /** @return the defaults: EC keys, client certificate authentication, valid certificates */
    public static TlsOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param type the kind of key of the CA, the server and the client certificates; default
     *     {@link KeyType#EC}
     * @return a copy with this key type
     * @throws NullPointerException if {@code type} is null
     */
    public TlsOptions withKeyType(KeyType type) {
        return new TlsOptions(Objects.requireNonNull(type, "type"), clientCertAuth,
                serverCertificate, clientCommonName);
    }

    /**
     * @param required whether members demand a client certificate signed by the cluster's CA
     *     (etcd's {@code --client-cert-auth --trusted-ca-file}); default true. When false,
     *     clients need only the CA certificate; the client certificate is generated anyway.
     * @return a copy with this setting
     */
    public TlsOptions withClientCertAuth(boolean required) {
        return new TlsOptions(keyType, required, serverCertificate, clientCommonName);
    }

    /**
     * @param certificate which certificate members serve; default
     *     {@link ServerCertificate#VALID}; the others make negative tests
     * @return a copy with this setting
     * @throws NullPointerException if {@code certificate} is null
     */
    public TlsOptions withServerCertificate(ServerCertificate certificate) {
        return new TlsOptions(keyType, clientCertAuth,
                Objects.requireNonNull(certificate, "certificate"), clientCommonName);
    }

    /**
     * @param commonName the CN of the generated client certificate; default
     *     {@value #DEFAULT_CLIENT_COMMON_NAME}. With auth and client certificate authentication
     *     both on, etcd treats a request that carries no token as made by the user of that name.
     * @return a copy with this name
     * @throws NullPointerException if {@code commonName} is null
     * @throws IllegalArgumentException if {@code commonName} is blank
     */
    public TlsOptions withClientCommonName(String commonName) {
        Objects.requireNonNull(commonName, "commonName");
        if (commonName.isBlank()) {
            throw new IllegalArgumentException("commonName is blank");
        }
        return new TlsOptions(keyType, clientCertAuth, serverCertificate, commonName);
    }

    /** @return the kind of key of every generated certificate */
    public KeyType keyType() {
        return keyType;
    }

    /** @return whether members require a client certificate */
    public boolean clientCertAuth() {
        return clientCertAuth;
    }

    /** @return which certificate the members serve */
    public ServerCertificate serverCertificate() {
        return serverCertificate;
    }

    /** @return the CN of the generated client certificate */
    public String clientCommonName() {
        return clientCommonName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TlsOptions other && keyType == other.keyType
                && clientCertAuth == other.clientCertAuth
                && serverCertificate == other.serverCertificate
                && clientCommonName.equals(other.clientCommonName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyType, clientCertAuth, serverCertificate, clientCommonName);
    }

    @Override
    public String toString() {
        return "TlsOptions[keyType=" + keyType + ", clientCertAuth=" + clientCertAuth
                + ", serverCertificate=" + serverCertificate + ", clientCommonName="
                + clientCommonName + "]";
    }
}
