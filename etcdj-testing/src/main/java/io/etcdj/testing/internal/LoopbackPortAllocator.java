package io.etcdj.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds free ports by binding port 0 on 127.0.0.1. All sockets of one call are held open
 * together, so the ports are distinct; ports handed out and not yet released are skipped, so
 * two clusters in one JVM never get the same port.
 */
final class LoopbackPortAllocator implements PortAllocator {

    static final LoopbackPortAllocator INSTANCE = new LoopbackPortAllocator();

    private final Set<Integer> handedOut = new HashSet<>();

    private LoopbackPortAllocator() {}

    @Override
    public synchronized List<Integer> allocate(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        List<ServerSocket> held = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            int attempts = 0;
            while (ports.size() < count) {
                if (++attempts > count + 100) {
                    throw new IOException("no free loopback port after " + attempts + " tries");
                }
                ServerSocket socket = new ServerSocket();
                held.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                int port = socket.getLocalPort();
                if (!handedOut.contains(port)) {
                    ports.add(port);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing to do: the port is free or will be soon
                }
            }
        }
        handedOut.addAll(ports);
        return List.copyOf(ports);
    }

    @Override
    public synchronized void release(Collection<Integer> ports) {
        handedOut.removeAll(ports);
    }
}
