package io.etcdj.cli.internal;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import java.util.Locale;

/** Words a failed request the way etcdctl words it after {@code Error: }. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /**
     * @param e the failure
     * @return etcd's own message for a server error ({@code etcdserver: ...}), Go's context
     *     messages for deadlines and unreachable endpoints, gRPC's wording otherwise
     */
    public static String of(EtcdException e) {
        ErrorCode code = e.code();
        if (code.serverMessage() != null) {
            return code.serverMessage();
        }
        if (code.name().startsWith("TLS_")) {
            // etcdctl retries a failing handshake until the command's deadline
            return "context deadline exceeded";
        }
        switch (code) {
            case DEADLINE_EXCEEDED:
            case UNAVAILABLE:
                // etcdctl keeps retrying an unreachable endpoint until its command deadline
                return "context deadline exceeded";
            case CANCELLED:
                return "context canceled";
            default:
                return grpcStyle(e.getMessage());
        }
    }

    /** Turns etcdj's "CODE: description (endpoint x)" into grpc-go's "rpc error: ..." text. */
    private static String grpcStyle(String message) {
        if (message == null) {
            return "unknown error";
        }
        String text = message.replaceFirst(" \\(endpoint [^)]*\\)$", "");
        int colon = text.indexOf(": ");
        String name = colon > 0 ? text.substring(0, colon) : text;
        if (!name.matches("[A-Z_]+")) {
            return text;
        }
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("_")) {
            if (!part.isEmpty()) {
                camel.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        String desc = colon > 0 ? text.substring(colon + 2) : "";
        return "rpc error: code = " + camel + " desc = " + desc;
    }
}
