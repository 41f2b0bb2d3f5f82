package io.etcdj.v2.internal;

import java.net.URI;

/** One member URL, with whether its cluster id was checked and whether it is of another cluster. */
final class Endpoint {
    final URI uri;
    final String base;
    volatile boolean verified;
    volatile boolean foreign;

    Endpoint(URI uri) {
        this.uri = uri;
        String s = uri.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return base;
    }
}
