package io.etcdj.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificates of one start attempt of a TLS cluster, the etcd flags that use them, and the
 * SSL context of the launcher's own health probes.
 */
final class TlsMaterial {

    private static final char[] NO_PASSWORD = new char[0];

    private final TlsFiles files;
    private final SSLContext probeContext;

    private TlsMaterial(TlsFiles files, SSLContext probeContext) {
        this.files = files;
        this.probeContext = probeContext;
    }

    /**
     * Generates the CA, the client certificate and one server certificate per member in
     * {@code <root>/tls}.
     *
     * @throws EtcdLaunchException if a file cannot be written or a key not generated
     */
    static TlsMaterial generate(Path root, TlsOptions options, List<String> memberNames) {
        try {
            Path dir = Files.createDirectories(root.resolve("tls"));
            KeyType type = options.keyType();
            CertificateAuthority ca = CertificateAuthority.generate("etcdj-testing CA", type);
            PemFiles caFiles = ca.writeTo(dir, "ca");
            PemFiles client = ca.issueClient(dir, "client", options.clientCommonName());
            CertificateAuthority signer = ca;
            if (options.serverCertificate() == ServerCertificate.UNTRUSTED_CA) {
                signer = CertificateAuthority.generate("etcdj-testing untrusted CA", type);
                signer.writeTo(dir, "untrusted-ca");
            }
            List<PemFiles> servers = new ArrayList<>();
            for (String name : memberNames) {
                servers.add(switch (options.serverCertificate()) {
                    case VALID, UNTRUSTED_CA ->
                            signer.issueServer(dir, name, CertificateAuthority.LOCAL_HOSTS);
                    case EXPIRED -> signer.issueExpired(dir, name, name,
                            CertificateAuthority.LOCAL_HOSTS);
                    case WRONG_HOST -> signer.issueServer(dir, name, List.of("wrong.example"));
                });
            }
            TlsFiles files = new TlsFiles(dir, caFiles.certificate(), caFiles.privateKey(),
                    client, servers, options);
            return new TlsMaterial(files, probeContext(files));
        } catch (IOException e) {
            throw new EtcdLaunchException("cannot write TLS files under " + root + ": " + e, e);
        } catch (UncheckedIOException | IllegalStateException | GeneralSecurityException e) {
            throw new EtcdLaunchException("cannot generate TLS certificates: " + e, e);
        }
    }

    TlsFiles files() {
        return files;
    }

    SSLContext probeContext() {
        return probeContext;
    }

    /** @return the etcd flags that make member {@code index} serve clients over TLS */
    List<String> memberArgs(int index) {
        PemFiles server = files.servers().get(index);
        List<String> args = new ArrayList<>();
        args.add("--cert-file=" + server.certificate());
        args.add("--key-file=" + server.privateKey());
        if (files.options().clientCertAuth()) {
            args.add("--client-cert-auth=true");
            args.add("--trusted-ca-file=" + files.caCertificate());
        }
        return args;
    }

    /**
     * @return etcdctl's TLS flags for the cluster; server verification is skipped when the
     *     members serve a deliberately bad certificate
     */
    List<String> etcdctlArgs() {
        List<String> args = new ArrayList<>();
        args.add("--cacert=" + files.caCertificate());
        args.add("--cert=" + files.clientCertificate());
        args.add("--key=" + files.clientKey());
        if (files.options().serverCertificate() != ServerCertificate.VALID) {
            args.add("--insecure-skip-tls-verify=true");
        }
        return args;
    }

    /**
     * The probe presents the client certificate and trusts exactly the server certificates
     * generated for this cluster, whatever their validity or host names.
     */
    private static SSLContext probeContext(TlsFiles files) throws GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try {
            keys.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        X509Certificate clientCert =
                CertificateAuthority.readCertificate(files.clientCertificate());
        X509Certificate caCert = CertificateAuthority.readCertificate(files.caCertificate());
        keys.setKeyEntry("client", CertificateAuthority.readPrivateKey(files.clientKey()),
                NO_PASSWORD, new Certificate[] {clientCert, caCert});
        KeyManagerFactory keyManagers =
                KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, NO_PASSWORD);
        Set<X509Certificate> servers = Set.copyOf(files.servers().stream()
                .map(s -> CertificateAuthority.readCertificate(s.certificate())).toList());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(),
                new X509ExtendedTrustManager[] {new PinnedServers(servers, caCert)}, null);
        return context;
    }

    /** Trusts a server whose leaf certificate is one of a fixed set. */
    private static final class PinnedServers extends X509ExtendedTrustManager {

        private final Set<X509Certificate> servers;
        private final X509Certificate ca;

        PinnedServers(Set<X509Certificate> servers, X509Certificate ca) {
            this.servers = servers;
            this.ca = ca;
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0 || !servers.contains(chain[0])) {
                throw new CertificateException("not a certificate this launcher generated");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType,
                SSLEngine engine) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            throw new CertificateException("the health probe is a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("the health probe is a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType,
                SSLEngine engine) throws CertificateException {
            throw new CertificateException("the health probe is a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[] {ca};
        }
    }
}
