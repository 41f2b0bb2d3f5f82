package io.etcdj.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * A certificate authority for tests: a self-signed CA certificate and its key, generated at
 * run time with BouncyCastle, that issues server and client certificates as PEM files.
 *
 * <p>A TLS {@link EtcdCluster} makes one and writes it to {@link TlsFiles#caCertificate()} and
 * {@link TlsFiles#caPrivateKey()}; {@link #load(Path, Path)} reads it back so a test can issue
 * more certificates the cluster trusts (an expired client certificate, say). A CA from
 * {@link #generate(String, KeyType)} is unrelated to every other one, which makes "signed by the
 * wrong CA" certificates:
 *
 * <pre>{@code
 * CertificateAuthority stranger = CertificateAuthority.generate("stranger", KeyType.EC);
 * PemFiles foreignClient = stranger.issueClient(dir, "foreign-client", "etcdj-client");
 * Path foreignCa = stranger.writeCertificate(dir.resolve("stranger-ca.pem"));
 * CertificateAuthority clusterCa = CertificateAuthority.load(
 *         cluster.tls().caCertificate(), cluster.tls().caPrivateKey());
 * PemFiles expiredClient = clusterCa.issueExpired(dir, "expired-client", "etcdj-client", List.of());
 * }</pre>
 *
 * <p>Every issued certificate allows both TLS server and TLS client use (etcd presents its
 * server certificate as a client certificate when it talks to itself), names the given hosts
 * as subject alternative names (IP addresses as such, anything else as DNS names), and gets a
 * fresh key of the requested {@link KeyType}. Private keys are written unencrypted. Instances
 * are immutable and thread-safe.
 */
public final class CertificateAuthority {

    /** The subject alternative names of a certificate for a local etcd member. */
    public static final List<String> LOCAL_HOSTS = List.of("127.0.0.1", "localhost");

    /** How long {@link #issueClient} and {@link #issueServer} certificates are valid. */
    private static final Duration LEAF_VALIDITY = Duration.ofDays(365);
    /** How far in the past validity starts, to tolerate clock differences. */
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final Duration CA_VALIDITY = Duration.ofDays(10 * 365);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final KeyType keyType;

    private CertificateAuthority(X509Certificate certificate, PrivateKey privateKey,
            KeyType keyType) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.keyType = keyType;
    }

    /**
     * Generates a new self-signed CA, valid from an hour ago for ten years.
     *
     * @param commonName the CN of the CA's subject (also used as its issuer name)
     * @param keyType the kind of the CA's key; also the default for the certificates it issues
     * @return the CA
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code commonName} is blank
     * @throws IllegalStateException if the JDK cannot generate or sign keys of this type
     */
    public static CertificateAuthority generate(String commonName, KeyType keyType) {
        Objects.requireNonNull(keyType, "keyType");
        X500Name name = name(commonName);
        KeyPair keys = generateKeyPair(keyType);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(CA_VALIDITY)), name,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(
                            KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate ca = sign(builder, keys.getPrivate(), keyType);
            return new CertificateAuthority(ca, keys.getPrivate(), keyType);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot generate a CA certificate: " + e, e);
        }
    }

    /**
     * Reads a CA written by {@link #writeTo(Path, String)}, such as a TLS cluster's
     * ({@link TlsFiles#caCertificate()}, {@link TlsFiles#caPrivateKey()}).
     *
     * @param certificatePem a PEM file whose first certificate is the CA's
     * @param privateKeyPem a PEM file with the CA's unencrypted private key, PKCS#8, PKCS#1
     *     (RSA) or SEC1 (EC)
     * @return the CA
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if a file cannot be read
     * @throws IllegalArgumentException if a file holds no certificate or key, or the key is
     *     neither RSA nor EC
     */
    public static CertificateAuthority load(Path certificatePem, Path privateKeyPem) {
        X509Certificate cert = readCertificate(certificatePem);
        PrivateKey key = readPrivateKey(privateKeyPem);
        return new CertificateAuthority(cert, key, keyTypeOf(key.getAlgorithm()));
    }

    /** Reads the first certificate of a PEM file. */
    static X509Certificate readCertificate(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            for (Object item : readPem(file)) {
                if (item instanceof X509CertificateHolder holder) {
                    return new JcaX509CertificateConverter().getCertificate(holder);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("bad certificate in " + file + ": " + e, e);
        }
        throw new IllegalArgumentException("no certificate in " + file);
    }

    /** Reads the first private key (PKCS#8, PKCS#1 or SEC1) of a PEM file. */
    static PrivateKey readPrivateKey(Path file) {
        Objects.requireNonNull(file, "file");
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        try {
            for (Object item : readPem(file)) {
                if (item instanceof PEMKeyPair pair) {
                    return keys.getKeyPair(pair).getPrivate();
                } else if (item instanceof PrivateKeyInfo info) {
                    return keys.getPrivateKey(info);
                }
            }
        } catch (PEMException e) {
            throw new IllegalArgumentException("bad private key in " + file + ": " + e, e);
        }
        throw new IllegalArgumentException("no private key in " + file);
    }

    /** @return the CA's certificate */
    public X509Certificate certificate() {
        return certificate;
    }

    /** @return the kind of the CA's key */
    public KeyType keyType() {
        return keyType;
    }

    /**
     * Writes the CA certificate as PEM, for example to give a client a CA that did not sign the
     * server's certificate.
     *
     * @param file the file to create or replace; its directory must exist
     * @return {@code file}
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path writeCertificate(Path file) {
        Objects.requireNonNull(file, "file");
        writePem(file, certificate);
        return file;
    }

    /**
     * Writes the CA certificate and its private key (both forms), readable by
     * {@link #load(Path, Path)}.
     *
     * @param directory an existing directory
     * @param baseName the file name stem: files {@code <baseName>.pem},
     *     {@code <baseName>-key.pem} and {@code <baseName>-key-pkcs1.pem} or
     *     {@code <baseName>-key-sec1.pem}
     * @return the files written
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if a file cannot be written
     */
    public PemFiles writeTo(Path directory, String baseName) {
        return write(directory, baseName, certificate, privateKey, keyType);
    }

    /**
     * Issues a certificate with full control of its contents.
     *
     * @param directory an existing directory for the files
     * @param baseName the file name stem: files {@code <baseName>.pem} (certificate),
     *     {@code <baseName>-key.pem} (PKCS#8) and {@code <baseName>-key-pkcs1.pem} (RSA) or
     *     {@code <baseName>-key-sec1.pem} (EC)
     * @param commonName the CN of the subject; etcd takes it as the user name of a client
     *     certificate when auth and client certificate authentication are both on
     * @param hosts subject alternative names: IP addresses become IP entries, anything else a
     *     DNS name; may be empty (for a client certificate)
     * @param notBefore start of validity (whole seconds are kept)
     * @param notAfter end of validity; may be in the past, for an expired certificate
     * @param keyType the kind of the new certificate's key
     * @return the files written
     * @throws NullPointerException if an argument or a host is null
     * @throws IllegalArgumentException if {@code commonName} or a host is blank, or
     *     {@code notAfter} is before {@code notBefore}
     * @throws UncheckedIOException if a file cannot be written
     * @throws IllegalStateException if the JDK cannot generate or sign keys of this type
     */
    public PemFiles issue(Path directory, String baseName, String commonName, List<String> hosts,
            Instant notBefore, Instant notAfter, KeyType keyType) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(keyType, "keyType");
        if (notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is before notBefore "
                    + notBefore);
        }
        X500Name subject = name(commonName);
        GeneralNames alternativeNames = alternativeNames(hosts);
        KeyPair keys = generateKeyPair(keyType);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            int usage = KeyUsage.digitalSignature
                    | (keyType == KeyType.RSA ? KeyUsage.keyEncipherment : 0);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate,
                    serial(), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth,
                                    KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            X509Certificate issued = sign(builder, privateKey, this.keyType);
            return write(directory, baseName, issued, keys.getPrivate(), keyType);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + commonName
                    + ": " + e, e);
        }
    }

    /**
     * Issues a server certificate valid from an hour ago for a year, with this CA's key type;
     * its CN is the first host.
     *
     * @param directory an existing directory for the files
     * @param baseName the file name stem, as for
     *     {@link #issue(Path, String, String, List, Instant, Instant, KeyType)}
     * @param hosts the subject alternative names, at least one, such as {@link #LOCAL_HOSTS}
     *     or {@code List.of("wrong.example")}
     * @return the files written
     * @throws NullPointerException if an argument or a host is null
     * @throws IllegalArgumentException if {@code hosts} is empty or a host is blank
     * @throws UncheckedIOException if a file cannot be written
     */
    public PemFiles issueServer(Path directory, String baseName, List<String> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs at least one host");
        }
        Instant now = Instant.now();
        return issue(directory, baseName, hosts.get(0), hosts, now.minus(BACKDATE),
                now.plus(LEAF_VALIDITY), keyType);
    }

    /**
     * Issues a client certificate (no subject alternative names) valid from an hour ago for a
     * year, with this CA's key type.
     *
     * @param directory an existing directory for the files
     * @param baseName the file name stem, as for
     *     {@link #issue(Path, String, String, List, Instant, Instant, KeyType)}
     * @param commonName the CN of the subject
     * @return the files written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code commonName} is blank
     * @throws UncheckedIOException if a file cannot be written
     */
    public PemFiles issueClient(Path directory, String baseName, String commonName) {
        Instant now = Instant.now();
        return issue(directory, baseName, commonName, List.of(), now.minus(BACKDATE),
                now.plus(LEAF_VALIDITY), keyType);
    }

    /**
     * Issues a certificate that expired a day ago (valid from two days ago until one day ago),
     * with this CA's key type.
     *
     * @param directory an existing directory for the files
     * @param baseName the file name stem, as for
     *     {@link #issue(Path, String, String, List, Instant, Instant, KeyType)}
     * @param commonName the CN of the subject
     * @param hosts subject alternative names (such as {@link #LOCAL_HOSTS} for a server); may
     *     be empty
     * @return the files written
     * @throws NullPointerException if an argument or a host is null
     * @throws IllegalArgumentException if {@code commonName} or a host is blank
     * @throws UncheckedIOException if a file cannot be written
     */
    public PemFiles issueExpired(Path directory, String baseName, String commonName,
            List<String> hosts) {
        Instant now = Instant.now();
        return issue(directory, baseName, commonName, hosts, now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(1)), keyType);
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + certificate.getSubjectX500Principal().getName() + ", "
                + keyType + "]";
    }

    private static X500Name name(String commonName) {
        Objects.requireNonNull(commonName, "commonName");
        if (commonName.isBlank()) {
            throw new IllegalArgumentException("commonName is blank");
        }
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "etcdj-testing")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static GeneralNames alternativeNames(List<String> hosts) {
        Objects.requireNonNull(hosts, "hosts");
        List<GeneralName> names = new ArrayList<>();
        for (String host : hosts) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("blank host name");
            }
            boolean ip = IPV4.matcher(host).matches() || host.contains(":");
            names.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, host));
        }
        return names.isEmpty() ? null : new GeneralNames(names.toArray(new GeneralName[0]));
    }

    private static BigInteger serial() {
        return new BigInteger(120, RANDOM).setBit(119);
    }

    private static KeyPair generateKeyPair(KeyType type) {
        try {
            KeyPairGenerator generator;
            if (type == KeyType.EC) {
                generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            } else {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + type + " key pair: " + e, e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key,
            KeyType type) throws GeneralSecurityException {
        String algorithm = type == KeyType.EC ? "SHA256withECDSA" : "SHA256withRSA";
        ContentSigner signer;
        try {
            signer = new JcaContentSignerBuilder(algorithm).build(key);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign with " + algorithm, e);
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static KeyType keyTypeOf(String algorithm) {
        switch (algorithm) {
            case "RSA":
                return KeyType.RSA;
            case "EC":
            case "ECDSA":
                return KeyType.EC;
            default:
                throw new IllegalArgumentException("unsupported key algorithm " + algorithm
                        + " (RSA or EC expected)");
        }
    }

    private static PemFiles write(Path directory, String baseName, X509Certificate cert,
            PrivateKey key, KeyType type) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(baseName, "baseName");
        Path certFile = directory.resolve(baseName + ".pem");
        Path pkcs8File = directory.resolve(baseName + "-key.pem");
        Path traditionalFile = directory.resolve(baseName + "-key-"
                + (type == KeyType.RSA ? "pkcs1" : "sec1") + ".pem");
        writePem(certFile, cert);
        try {
            writePem(pkcs8File, new JcaPKCS8Generator(key, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the private key: " + e, e);
        }
        writePem(traditionalFile, traditional(key, cert.getPublicKey(), type));
        return new PemFiles(certFile, pkcs8File, traditionalFile, type);
    }

    /**
     * The PKCS#1 (RSA) or SEC1 (EC) form of a key. The SEC1 structure carries the curve and
     * the public key, which some readers (BouncyCastle's PEM key converter) require.
     */
    private static PemObject traditional(PrivateKey key, PublicKey publicKey, KeyType type) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
            if (type == KeyType.RSA) {
                return new PemObject("RSA PRIVATE KEY",
                        info.parsePrivateKey().toASN1Primitive().getEncoded());
            }
            java.security.interfaces.ECPrivateKey ec = (java.security.interfaces.ECPrivateKey) key;
            SubjectPublicKeyInfo publicInfo =
                    SubjectPublicKeyInfo.getInstance(publicKey.getEncoded());
            ECPrivateKey sec1 = new ECPrivateKey(ec.getParams().getOrder().bitLength(),
                    ec.getS(), publicInfo.getPublicKeyData(),
                    info.getPrivateKeyAlgorithm().getParameters());
            return new PemObject("EC PRIVATE KEY", sec1.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the private key: " + e, e);
        }
    }

    private static void writePem(Path file, Object object) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }

    private static List<Object> readPem(Path file) {
        List<Object> items = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(in)) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                items.add(item);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
        return items;
    }
}
