package io.etcdj.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A DNS server for tests of SRV discovery (etcd's {@code _etcd-client._tcp} and
 * {@code _etcd-client-ssl._tcp} records, as etcdctl's {@code --discovery-srv} looks them up):
 * answers SRV queries over UDP on a free loopback port from a table the test fills, and NXDOMAIN
 * for names it does not know. Messages are encoded with dnsjava. Point the code under test at
 * {@link #address()}; close the server when done.
 *
 * <pre>{@code
 * try (TestDnsServer dns = new TestDnsServer()) {
 *     dns.srv("_etcd-client._tcp.cluster.test.", 0, 10, 2379, "127.0.0.1.");
 *     // EtcdClient.builder().discoverySrv("cluster.test").dnsServer(dns.address()) ...
 * }
 * }</pre>
 */
public final class TestDnsServer implements AutoCloseable {
    private final DatagramSocket socket;
    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private final Thread thread;

    /**
     * Starts the server on a free loopback UDP port, answering on a daemon thread.
     *
     * @throws SocketException when no UDP socket can be bound
     */
    public TestDnsServer() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(this::serve, "test-dns");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return where the server listens: a loopback address and its UDP port */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** @return how many queries it has answered so far */
    public int queries() {
        return queries.get();
    }

    /**
     * Adds an SRV record.
     *
     * @param name the owner name, e.g. {@code _etcd-client._tcp.example.test.}; relative names are
     *     taken as absolute
     * @param priority the record's priority (lower first), 0 to 65535
     * @param weight the record's weight among equal priorities, 0 to 65535
     * @param port the TCP port of the target, 0 to 65535
     * @param target the target host name or address, e.g. {@code 127.0.0.1.}
     * @return this server
     * @throws IllegalArgumentException when a name is not a valid DNS name or a number is out of range
     */
    public TestDnsServer srv(String name, int priority, int weight, int port, String target) {
        try {
            Name owner = Name.fromString(name, Name.root);
            records.computeIfAbsent(owner, n -> new ArrayList<>()).add(new SRVRecord(owner, DClass.IN, 60, priority,
                    weight, port, Name.fromString(target, Name.root)));
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: " + e.getMessage(), e);
        }
        return this;
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                byte[] answer = answer(query).toWire();
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                queries.incrementAndGet();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private Message answer(Message query) {
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        Record question = query.getQuestion();
        response.addRecord(question, Section.QUESTION);
        List<Record> known = records.get(question.getName());
        if (known == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            return response;
        }
        for (Record r : known) {
            if (question.getType() == Type.SRV || question.getType() == Type.ANY) {
                response.addRecord(r, Section.ANSWER);
            }
        }
        return response;
    }

    /** Stops answering and releases the port. Idempotent. */
    @Override
    public void close() {
        socket.close();
    }
}
