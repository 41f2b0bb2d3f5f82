package io.etcdj.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The PEM files of a TLS {@link EtcdCluster}, generated when it starts, in a directory inside
 * the cluster's temporary directory and deleted with it. See {@link EtcdCluster#tls()}.
 *
 * @param directory the directory holding all the files
 * @param caCertificate the cluster CA's certificate: give it to clients as the trusted CA
 * @param caPrivateKey the cluster CA's private key (PKCS#8), to issue more certificates with
 *     {@link CertificateAuthority#load(Path, Path)}
 * @param client the client certificate, signed by the cluster CA, with its key in both forms
 * @param servers the certificate each member serves, in member order (see
 *     {@link TlsOptions#serverCertificate()} for what they contain)
 * @param options the options the files were generated with
 */
public record TlsFiles(Path directory, Path caCertificate, Path caPrivateKey, PemFiles client,
        List<PemFiles> servers, TlsOptions options) {

    /**
     * Copies {@code servers} and checks that nothing is null.
     *
     * @param directory the directory holding all the files
     * @param caCertificate the CA certificate file
     * @param caPrivateKey the CA key file
     * @param client the client certificate and key files
     * @param servers the members' certificate and key files, in member order
     * @param options the options the files were generated with
     * @throws NullPointerException if a component or a server entry is null
     */
    public TlsFiles {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(caCertificate, "caCertificate");
        Objects.requireNonNull(caPrivateKey, "caPrivateKey");
        Objects.requireNonNull(client, "client");
        servers = List.copyOf(servers);
        Objects.requireNonNull(options, "options");
    }

    /** @return the client certificate PEM file */
    public Path clientCertificate() {
        return client.certificate();
    }

    /** @return the client's private key in PKCS#8 PEM form */
    public Path clientKey() {
        return client.privateKey();
    }

    /**
     * @return the client's private key in its traditional PEM form: PKCS#1 for RSA, SEC1 for EC
     */
    public Path clientKeyTraditional() {
        return client.traditionalPrivateKey();
    }

    /** @return the kind of every key of the cluster */
    public KeyType keyType() {
        return options.keyType();
    }

    /**
     * Reads the cluster CA back, to issue more certificates it signs.
     *
     * @return the cluster's CA
     * @throws java.io.UncheckedIOException if the files are gone (the cluster was closed)
     */
    public CertificateAuthority authority() {
        return CertificateAuthority.load(caCertificate, caPrivateKey);
    }
}
