package io.etcdj.bench;

import io.etcdj.EtcdTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --transport} option: which of etcdj's transports the {@code etcdj} entry of
 * {@code --clients} stands for. Each transport is a client of its own in the report, measured in
 * turn like jetcd and Go: {@code etcdj} over gRPC (the default, and the name every earlier report
 * uses) and {@code etcdj-http} over etcd's HTTP/JSON gateway.
 */
final class Transports {
    /** The report's name of etcdj over gRPC. */
    static final String GRPC_CLIENT = "etcdj";

    /** The report's name of etcdj over the HTTP/JSON gateway. */
    static final String HTTP_CLIENT = "etcdj-http";

    private Transports() {
    }

    /**
     * @param values the values of {@code --transport}, each {@code grpc} or {@code http-json}
     *     (case-insensitive); repeated values count once
     * @return the transports, in the order first given
     * @throws IllegalArgumentException for any other value, or none
     */
    static List<EtcdTransport> parse(List<String> values) {
        List<EtcdTransport> transports = new ArrayList<>();
        for (String v : values) {
            EtcdTransport t = switch (v.trim().toLowerCase(Locale.ROOT)) {
                case "grpc" -> EtcdTransport.GRPC;
                case "http-json" -> EtcdTransport.HTTP_JSON;
                default -> throw new IllegalArgumentException("unsupported transport \"" + v
                        + "\" (use grpc or http-json)");
            };
            if (!transports.contains(t)) {
                transports.add(t);
            }
        }
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("--transport needs a value: grpc or http-json");
        }
        return List.copyOf(transports);
    }

    /**
     * @param clients the values of {@code --clients}
     * @param transports the parsed {@code --transport}
     * @return the clients to measure: each {@code etcdj} replaced by one etcdj client per
     *     transport, in place ({@code etcdj}, {@code etcdj-http})
     */
    static List<String> expand(List<String> clients, List<EtcdTransport> transports) {
        List<String> expanded = new ArrayList<>();
        for (String c : clients) {
            if (!c.equals(GRPC_CLIENT)) {
                if (!expanded.contains(c)) {
                    expanded.add(c);
                }
                continue;
            }
            for (EtcdTransport t : transports) {
                String name = clientName(t);
                if (!expanded.contains(name)) {
                    expanded.add(name);
                }
            }
        }
        return List.copyOf(expanded);
    }

    /**
     * @param transport a transport
     * @return the report's name of etcdj over it
     */
    static String clientName(EtcdTransport transport) {
        return transport == EtcdTransport.HTTP_JSON ? HTTP_CLIENT : GRPC_CLIENT;
    }

    /**
     * @param client a client's name in the report
     * @return the transport of that etcdj client, or null when it is not etcdj
     */
    static EtcdTransport of(String client) {
        return switch (client) {
            case GRPC_CLIENT -> EtcdTransport.GRPC;
            case HTTP_CLIENT -> EtcdTransport.HTTP_JSON;
            default -> null;
        };
    }
}
