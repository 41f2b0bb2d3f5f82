package io.etcdj.internal;

import io.etcdj.exception.ErrorCode;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Names the problem behind a failed TLS handshake from the JDK's exception chain. */
final class TlsFailures {
    private TlsFailures() {
    }

    /**
     * @param error a transport failure
     * @return the TLS problem it stands for, or null when it is not a TLS failure
     */
    static ErrorCode classify(Throwable error) {
        boolean tls = false;
        ErrorCode found = null;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof SSLException || t.getClass().getSimpleName().equals("NotSslRecordException")) {
                tls = true;
                if (message.contains("received fatal alert")) {
                    // the server's verdict on the certificate this client presented (or did not)
                    if (message.contains("certificate") || message.contains("unknown_ca")) {
                        return ErrorCode.TLS_CERTIFICATE_REJECTED;
                    }
                }
            }
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return ErrorCode.TLS_CERTIFICATE_EXPIRED;
            }
            if (t instanceof CertPathValidatorException v) {
                CertPathValidatorException.Reason reason = v.getReason();
                if (reason == CertPathValidatorException.BasicReason.EXPIRED
                        || reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                    return ErrorCode.TLS_CERTIFICATE_EXPIRED;
                }
                found = found == null ? ErrorCode.TLS_UNKNOWN_AUTHORITY : found;
            }
            if (t instanceof CertPathBuilderException) {
                found = found == null ? ErrorCode.TLS_UNKNOWN_AUTHORITY : found;
            }
            if (t instanceof java.security.cert.CertificateException
                    && (message.startsWith("no subject alternative") || message.startsWith("no name matching"))) {
                return ErrorCode.TLS_HOST_NAME_MISMATCH;
            }
        }
        if (found != null) {
            return found;
        }
        return tls ? ErrorCode.TLS_HANDSHAKE_FAILED : null;
    }

    /**
     * @param code a {@code TLS_} code
     * @return what it means, for the exception's message
     */
    static String describe(ErrorCode code) {
        return switch (code) {
            case TLS_UNKNOWN_AUTHORITY -> "TLS: the server's certificate is signed by an unknown certificate authority";
            case TLS_CERTIFICATE_EXPIRED -> "TLS: the server's certificate has expired or is not yet valid";
            case TLS_HOST_NAME_MISMATCH -> "TLS: the server's certificate does not match the endpoint's host name";
            case TLS_CERTIFICATE_REJECTED -> "TLS: the server rejected the client certificate (or required one)";
            default -> "TLS: the handshake failed";
        };
    }
}
