package io.etcdj.internal;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * One etcd client URL as given to the builder or to etcdctl's {@code --endpoints}:
 * {@code http://host:port}, {@code https://host:port}, or {@code host:port} (plain HTTP).
 *
 * @param host the host name or address (IPv6 without brackets)
 * @param port the TCP port
 * @param tls true for {@code https://}
 */
public record EndpointAddress(String host, int port, boolean tls) {

    /**
     * @param spec the endpoint as written by the user
     * @return the parsed endpoint
     * @throws io.etcdj.exception.InvalidArgumentException when it is not a usable client URL
     */
    public static EndpointAddress parse(String spec) {
        return parse(spec, false);
    }

    /**
     * @param spec the endpoint as written by the user
     * @param tlsWithoutScheme true when {@code host:port} means {@code https://host:port} (TLS
     *     settings were given, as etcdctl decides)
     * @return the parsed endpoint
     * @throws io.etcdj.exception.InvalidArgumentException when it is not a usable client URL
     */
    public static EndpointAddress parse(String spec, boolean tlsWithoutScheme) {
        if (spec == null || spec.isBlank()) {
            throw Checks.invalid("an endpoint must not be empty");
        }
        String text = spec.trim();
        if (!text.contains("://")) {
            text = (tlsWithoutScheme ? "https://" : "http://") + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw Checks.invalid("not an endpoint URL: " + spec + " (" + e.getMessage() + ")");
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Checks.invalid("endpoint " + spec + ": the scheme must be http or https");
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw Checks.invalid("endpoint " + spec + ": expected scheme://host:port");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new EndpointAddress(host, uri.getPort(), scheme.equals("https"));
    }

    @Override
    public String toString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "https://" : "http://") + h + ":" + port;
    }
}
