package io.etcdj.internal;

import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import javax.naming.CommunicationException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * Finds a cluster's client endpoints in DNS SRV records, as etcdctl's {@code --discovery-srv}:
 * {@code _etcd-client-ssl._tcp.<domain>} names {@code https://} endpoints and
 * {@code _etcd-client._tcp.<domain>} names {@code http://} ones; with a service name {@code s}
 * the names are {@code _etcd-client-ssl-s._tcp.<domain>} and {@code _etcd-client-s._tcp.<domain>}.
 * Each record's target and port make one endpoint ({@code scheme://target:port}, the target's
 * trailing dot dropped), the {@code https} ones first, each name's records by priority (lowest
 * first), then weight (highest first). Uses the JDK's JNDI DNS provider.
 */
public final class SrvDiscovery {
    /** What one discovery found. */
    public record Result(List<String> endpoints, List<String> errors) {
        /** Copies the lists. */
        public Result {
            endpoints = List.copyOf(endpoints);
            errors = List.copyOf(errors);
        }
    }

    private SrvDiscovery() {
    }

    /**
     * @param domain the domain, as {@code --discovery-srv}; not empty
     * @param serviceName the service name, as {@code --discovery-srv-name}; null or empty for none
     * @param dnsServer the DNS server to ask; null for the system's (from {@code /etc/resolv.conf})
     * @return the endpoints found, https ones first
     * @throws io.etcdj.exception.InvalidArgumentException when neither name has SRV records (the
     *     message names both lookups, as etcdctl's {@code dns lookup errors: ...}), or the domain is empty
     * @throws ConnectionException when neither lookup got an answer from the DNS server
     */
    public static List<String> endpoints(String domain, String serviceName, InetSocketAddress dnsServer) {
        Lookup https = lookup(srvName(domain, serviceName, true), "https", dnsServer);
        Lookup http = lookup(srvName(domain, serviceName, false), "http", dnsServer);
        if (https.error != null && http.error != null) {
            String message = "dns lookup errors: " + https.error + " and " + http.error;
            if (https.unreachable && http.unreachable) {
                throw new ConnectionException(ErrorCode.UNAVAILABLE, Outcome.NOT_APPLIED, message, null);
            }
            throw Checks.invalid(message);
        }
        List<String> out = new ArrayList<>(https.endpoints);
        out.addAll(http.endpoints);
        return List.copyOf(out);
    }

    /**
     * @param domain the domain; not empty
     * @param serviceName the service name; null or empty for none
     * @param tls true for the {@code https} name
     * @return the SRV name etcd looks up, e.g. {@code _etcd-client-ssl._tcp.example.com}
     */
    public static String srvName(String domain, String serviceName, boolean tls) {
        if (domain == null || domain.isBlank()) {
            throw Checks.invalid("the discovery domain must not be empty");
        }
        String service = "etcd-client" + (tls ? "-ssl" : "");
        if (serviceName != null && !serviceName.isEmpty()) {
            service += "-" + serviceName;
        }
        return "_" + service + "._tcp." + domain;
    }

    private record Srv(int priority, int weight, int port, String target) {
    }

    private static final class Lookup {
        final List<String> endpoints = new ArrayList<>();
        String error;
        boolean unreachable;
    }

    private static Lookup lookup(String name, String scheme, InetSocketAddress server) {
        Lookup result = new Lookup();
        String serverText = server != null
                ? hostPort(server.getAddress() != null ? server.getAddress().getHostAddress() : server.getHostString(),
                        server.getPort()) : systemServer();
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("java.naming.provider.url", server != null ? "dns://" + serverText : "dns:");
        env.put("com.sun.jndi.dns.timeout.initial", "1000");
        env.put("com.sun.jndi.dns.timeout.retries", "2");
        DirContext ctx = null;
        try {
            ctx = new InitialDirContext(env);
            Attributes attrs = ctx.getAttributes(name, new String[] {"SRV"});
            Attribute srv = attrs.get("SRV");
            List<Srv> records = new ArrayList<>();
            if (srv != null) {
                NamingEnumeration<?> values = srv.getAll();
                while (values.hasMore()) {
                    records.add(parse(String.valueOf(values.next())));
                }
            }
            if (records.isEmpty()) {
                result.error = "lookup " + name + " on " + serverText + ": no such host";
                return result;
            }
            records.sort(Comparator.comparingInt(Srv::priority).thenComparing(Comparator.comparingInt(Srv::weight)
                    .reversed()));
            for (Srv r : records) {
                result.endpoints.add(scheme + "://" + hostPort(r.target, r.port));
            }
        } catch (NameNotFoundException e) {
            result.error = "lookup " + name + " on " + serverText + ": no such host";
        } catch (CommunicationException e) {
            result.error = "lookup " + name + " on " + serverText + ": " + describe(e);
            result.unreachable = true;
        } catch (NamingException | EtcdException e) {
            result.error = "lookup " + name + " on " + serverText + ": " + describe(e);
        } finally {
            if (ctx != null) {
                try {
                    ctx.close();
                } catch (NamingException ignored) {
                    // nothing held open
                }
            }
        }
        return result;
    }

    private static Srv parse(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length != 4) {
            throw Checks.invalid("malformed SRV record: " + value);
        }
        try {
            String target = parts[3];
            if (target.endsWith(".")) {
                target = target.substring(0, target.length() - 1);
            }
            return new Srv(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    target);
        } catch (NumberFormatException e) {
            throw Checks.invalid("malformed SRV record: " + value);
        }
    }

    private static String describe(Exception e) {
        String m = e instanceof NamingException n && n.getExplanation() != null ? n.getExplanation() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static String hostPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The first name server of /etc/resolv.conf, port 53, as Go's resolver names it in errors. */
    private static String systemServer() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"))) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 2 && parts[0].equals("nameserver")) {
                    return hostPort(parts[1], 53);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall through
        }
        return "the system's DNS server";
    }
}
