package io.etcdj.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key and trust managers made once from a {@link TlsConfig}'s PEM files, shared by the gRPC
 * channels and the HTTP calls (metrics, health) of one client. Bad files fail when the client is
 * built, not on the first call.
 */
public final class TlsMaterial {
    private static final Logger LOG = LoggerFactory.getLogger(TlsMaterial.class);

    private final TrustManagerFactory trust;
    private final TrustManager[] trustManagers;
    private final KeyManagerFactory keys;

    private TlsMaterial(TrustManagerFactory trust, TrustManager[] trustManagers, KeyManagerFactory keys) {
        this.trust = trust;
        this.trustManagers = trustManagers;
        this.keys = keys;
    }

    /**
     * @param config the TLS settings; not null
     * @return the managers
     * @throws io.etcdj.exception.InvalidArgumentException when a file cannot be read or holds no
     *     usable certificate or key
     */
    public static TlsMaterial load(TlsConfig config) {
        TrustManagerFactory trust = null;
        TrustManager[] trustManagers;
        if (config.skipVerify()) {
            LOG.warn("TLS server certificates are NOT verified (insecure skip-verify): use this for development only");
            trustManagers = new TrustManager[] {new TrustingEveryone()};
        } else {
            trust = trustFactory(config.caFile());
            trustManagers = trust.getTrustManagers();
        }
        KeyManagerFactory keys = config.certFile() == null ? null : keyFactory(config.certFile(), config.keyFile());
        return new TlsMaterial(trust, trustManagers, keys);
    }

    /** @return the trust managers: the CA file's, the JVM's, or one that trusts everyone when verification is off */
    public TrustManager[] trustManagers() {
        return trustManagers.clone();
    }

    /** @return the trust manager factory, or null when verification is off */
    public TrustManagerFactory trustFactory() {
        return trust;
    }

    /** @return the client certificate's key manager factory, or null when there is no client certificate */
    public KeyManagerFactory keyFactory() {
        return keys;
    }

    /** @return a JDK TLS context with these managers, for {@code java.net.http} */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trustManagers, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw Checks.invalid("cannot set up TLS: " + e.getMessage());
        }
    }

    private static TrustManagerFactory trustFactory(Path caFile) {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (caFile == null) {
                f.init((KeyStore) null);
                return f;
            }
            List<X509Certificate> cas = certificates(caFile, "CA file");
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("ca-" + i, cas.get(i));
            }
            f.init(store);
            return f;
        } catch (GeneralSecurityException | IOException e) {
            throw Checks.invalid("cannot use CA file " + caFile + ": " + e.getMessage());
        }
    }

    private static KeyManagerFactory keyFactory(Path certFile, Path keyFile) {
        List<X509Certificate> chain = certificates(certFile, "certificate file");
        PrivateKey key = privateKey(keyFile);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            char[] none = new char[0];
            store.setKeyEntry("client", key, none, chain.toArray(new Certificate[0]));
            KeyManagerFactory f = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            f.init(store, none);
            return f;
        } catch (GeneralSecurityException | IOException e) {
            throw Checks.invalid("cannot use client certificate " + certFile + " with key " + keyFile + ": "
                    + e.getMessage());
        }
    }

    private static List<X509Certificate> certificates(Path file, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : read) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw Checks.invalid(what + " " + file + " holds no PEM certificate");
            }
            return out;
        } catch (IOException | GeneralSecurityException e) {
            throw Checks.invalid("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(Path file) {
        Object pem;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(r)) {
            pem = parser.readObject();
        } catch (IOException e) {
            throw Checks.invalid("cannot read key file " + file + ": " + e.getMessage());
        }
        try {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (pem instanceof PEMKeyPair pair) { // PKCS#1 RSA or SEC1 EC
                return converter.getKeyPair(pair).getPrivate();
            }
            if (pem instanceof PrivateKeyInfo info) { // PKCS#8
                return converter.getPrivateKey(info);
            }
        } catch (IOException e) {
            throw Checks.invalid("cannot use key file " + file + ": " + e.getMessage());
        }
        throw Checks.invalid("key file " + file + " holds no unencrypted PEM private key (PKCS#8, PKCS#1 RSA or SEC1 EC)");
    }
}
