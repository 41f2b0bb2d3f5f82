package io.etcdj.cli.internal;

import io.etcdj.EtcdTransport;

/**
 * etcdj's {@code --transport} flag (also {@code ETCDCTL_TRANSPORT}, as every global flag): which of
 * the library's transports the command's clients use. etcdctl has no such flag; it always speaks
 * gRPC.
 */
public final class TransportFlag {
    /** The value for etcd's gRPC API, the default. */
    public static final String GRPC = "grpc";
    /** The value for etcd's HTTP/JSON gateway ({@code /v3/...}). */
    public static final String HTTP_JSON = "http-json";

    private TransportFlag() {
    }

    /**
     * @param value the flag's value, as given (case matters, as for {@code --write-out})
     * @return the transport it names
     * @throws CliExit exit 4 (etcdctl's exit code for an unsupported flag value, as for an
     *     unknown {@code --write-out}) for any other value
     */
    public static EtcdTransport parse(String value) {
        switch (value) {
            case GRPC:
                return EtcdTransport.GRPC;
            case HTTP_JSON:
                return EtcdTransport.HTTP_JSON;
            default:
                throw new CliExit(ExitCodes.BAD_FEATURE, "unsupported transport " + GoText.quote(value)
                        + " (use " + GRPC + " or " + HTTP_JSON + ")");
        }
    }

    /**
     * @param flags the parsed flags (with the environment applied, when the caller needs it)
     * @return the transport {@code --transport} names
     * @throws CliExit exit 4 for an unknown value
     */
    public static EtcdTransport of(ParsedFlags flags) {
        return parse(flags.string(GlobalFlags.TRANSPORT));
    }
}
