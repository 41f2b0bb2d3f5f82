package io.etcdj.cli.internal;

import io.etcdj.EtcdClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TLS global flags ({@code --cacert}, {@code --cert}, {@code --key},
 * {@code --insecure-transport}, {@code --insecure-skip-tls-verify}) as etcdctl 3.4 reads them:
 * TLS is on when a file is given or {@code --insecure-transport=false}; then endpoints without a
 * scheme use TLS, {@code http://} ones stay plain; {@code --insecure-skip-tls-verify} counts only
 * when TLS is on. Errors have etcdctl's words and exit code 128.
 */
final class TlsFlags {
    private static final Pattern PEM_BLOCK = Pattern.compile("-----BEGIN ([^\\n-]*)-----\\r?\\n(?s:.*?)-----END \\1-----");

    private final String cacert;
    private final String cert;
    private final String key;
    private final boolean tls;
    private final boolean skipVerify;
    private boolean caHasCertificates = true;

    private TlsFlags(String cacert, String cert, String key, boolean tls, boolean skipVerify) {
        this.cacert = cacert;
        this.cert = cert;
        this.key = key;
        this.tls = tls;
        this.skipVerify = skipVerify;
    }

    /**
     * Reads the flags, refusing a file flag given as "".
     *
     * @param flags the parsed flags
     * @return the settings
     * @throws CliExit exit 128 for {@code --cert=""}, {@code --key=""} or {@code --cacert=""}
     */
    static TlsFlags of(ParsedFlags flags) {
        String cert = file(flags, GlobalFlags.CERT);
        String key = file(flags, GlobalFlags.KEY);
        String cacert = file(flags, GlobalFlags.CACERT);
        boolean anyFile = !cert.isEmpty() || !key.isEmpty() || !cacert.isEmpty();
        boolean tls = anyFile || !flags.bool(GlobalFlags.INSECURE_TRANSPORT);
        return new TlsFlags(cacert, cert, key, tls, tls && flags.bool(GlobalFlags.INSECURE_SKIP_TLS_VERIFY));
    }

    private static String file(ParsedFlags flags, String name) {
        String value = flags.string(name);
        if (value.isEmpty() && flags.changed(name)) {
            throw new CliExit(ExitCodes.BAD_ARGS, "empty string is passed to --" + name + " option");
        }
        return value;
    }

    /** @return true when connections use TLS (for endpoints without a scheme) */
    boolean enabled() {
        return tls;
    }

    /**
     * Reads the files as etcdctl does before it connects: the certificate and key must both be
     * given, exist and hold PEM data; the CA file must exist.
     *
     * @throws CliExit exit 128 with etcdctl's message
     */
    void checkFiles() {
        if (!cert.isEmpty() || !key.isEmpty()) {
            if (cert.isEmpty() || key.isEmpty()) {
                throw new CliExit(ExitCodes.BAD_ARGS,
                        "KeyFile and CertFile must both be present[key: " + key + ", cert: " + cert + "]");
            }
            String certPem = read(cert);
            String keyPem = read(key);
            requireBlock(certPem, "certificate", "CERTIFICATE", true);
            requireBlock(keyPem, "key", "PRIVATE KEY", false);
        }
        if (!cacert.isEmpty()) {
            Matcher m = PEM_BLOCK.matcher(read(cacert));
            caHasCertificates = false;
            while (m.find()) {
                caHasCertificates = true;
            }
        }
    }

    /**
     * @return true when the CA file holds no PEM block: etcdctl then trusts an empty pool, so no
     *     {@code https://} endpoint can be verified (unless verification is skipped)
     */
    boolean trustsNothing() {
        return !caHasCertificates && !skipVerify;
    }

    private static void requireBlock(String pem, String input, String type, boolean exact) {
        List<String> skipped = new ArrayList<>();
        Matcher m = PEM_BLOCK.matcher(pem);
        while (m.find()) {
            String t = m.group(1);
            if (exact ? t.equals(type) : t.equals(type) || t.endsWith(" " + type)) {
                return;
            }
            skipped.add(t);
        }
        if (skipped.isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, "tls: failed to find any PEM data in " + input + " input");
        }
        if (skipped.size() == 1 && exact && skipped.get(0).endsWith("PRIVATE KEY")) {
            throw new CliExit(ExitCodes.BAD_ARGS, "tls: failed to find certificate PEM data in certificate input,"
                    + " but did find a private key; PEM inputs may have been switched");
        }
        if (skipped.size() == 1 && !exact && skipped.get(0).equals("CERTIFICATE")) {
            throw new CliExit(ExitCodes.BAD_ARGS, "tls: found a certificate rather than a key in the PEM for the private key");
        }
        String what = exact ? "\"" + type + "\" PEM block" : "PEM block with type ending in \"" + type + "\"";
        throw new CliExit(ExitCodes.BAD_ARGS, "tls: failed to find " + what + " in " + input
                + " input after skipping PEM blocks of the following types: [" + String.join(" ", skipped) + "]");
    }

    private static String read(String file) {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new CliExit(ExitCodes.BAD_ARGS, "read " + file + ": is a directory");
            }
            return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, "open " + file + ": no such file or directory");
        } catch (AccessDeniedException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, "open " + file + ": permission denied");
        } catch (IOException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, "open " + file + ": " + e.getMessage());
        }
    }

    /**
     * @param endpoint an endpoint as given
     * @return it with the scheme etcdctl's client gives it: unchanged when it has one, otherwise
     *     {@code https://} with TLS on and {@code http://} without
     */
    String withScheme(String endpoint) {
        if (endpoint.contains("://")) {
            return endpoint;
        }
        return (tls ? "https://" : "http://") + endpoint;
    }

    /**
     * Passes the files and {@code --insecure-skip-tls-verify} to the client builder.
     *
     * @param builder the builder
     */
    void configure(EtcdClientBuilder builder) {
        if (!cacert.isEmpty() && caHasCertificates) {
            builder.trustedCertificates(Path.of(cacert));
        }
        if (!cert.isEmpty()) {
            builder.clientCertificate(Path.of(cert), Path.of(key));
        }
        if (skipVerify) {
            builder.insecureSkipTlsVerify(true);
        }
    }
}
