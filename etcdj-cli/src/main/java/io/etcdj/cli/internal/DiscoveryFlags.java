package io.etcdj.cli.internal;

import io.etcdj.exception.EtcdException;
import io.etcdj.internal.SrvDiscovery;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code -d}/{@code --discovery-srv}, {@code --discovery-srv-name} and {@code --insecure-discovery}
 * as etcdctl 3.4 reads them: the endpoints come from the domain's SRV records
 * ({@code _etcd-client-ssl[-name]._tcp.<domain>} for https, {@code _etcd-client[-name]._tcp.<domain>}
 * for http); with {@code --insecure-discovery=false} the http ones are dropped, each with a line
 * on standard error; when discovery leaves no endpoint, {@code --endpoints} is used.
 *
 * <p>etcdj extension, for tests: {@code ETCDJ_DNS_SERVER=host:port} names the DNS server to ask
 * instead of the system's (etcdctl always asks the system's resolver).
 */
public final class DiscoveryFlags {
    /** The environment variable naming the DNS server to ask, {@code host:port}. */
    public static final String DNS_SERVER_VARIABLE = "ETCDJ_DNS_SERVER";

    private DiscoveryFlags() {
    }

    /**
     * @param flags the parsed global flags
     * @param env the environment variables
     * @param err standard error, for the dropped insecure endpoints
     * @return the discovered endpoints; empty when no domain is given or none is left
     * @throws CliExit exit 1 when neither SRV name has records or the DNS server does not answer,
     *     with etcdctl's {@code dns lookup errors: ...} message
     */
    public static List<String> endpoints(ParsedFlags flags, Map<String, String> env, Out err) {
        String domain = flags.string(GlobalFlags.DISCOVERY_SRV);
        if (domain.isEmpty()) {
            return List.of();
        }
        List<String> found;
        try {
            found = SrvDiscovery.endpoints(domain, flags.string(GlobalFlags.DISCOVERY_SRV_NAME), dnsServer(env));
        } catch (EtcdException e) {
            throw new CliExit(ExitCodes.ERROR, e.getMessage());
        }
        if (flags.bool(GlobalFlags.INSECURE_DISCOVERY)) {
            return found;
        }
        List<String> secure = new ArrayList<>();
        for (String endpoint : found) {
            if (endpoint.startsWith("http://")) {
                err.println("ignoring discovered insecure endpoint \"" + endpoint + "\"");
            } else {
                secure.add(endpoint);
            }
        }
        return secure;
    }

    private static InetSocketAddress dnsServer(Map<String, String> env) {
        String value = env.get(DNS_SERVER_VARIABLE);
        if (value == null || value.isEmpty()) {
            return null;
        }
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new CliExit(ExitCodes.BAD_ARGS, DNS_SERVER_VARIABLE + " must be host:port, got " + value);
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new InetSocketAddress(host, Integer.parseInt(value.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new CliExit(ExitCodes.BAD_ARGS, DNS_SERVER_VARIABLE + " must be host:port, got " + value);
        }
    }
}
