package io.etcdj.bench;

import io.etcdj.EtcdClient;
import io.etcdj.EtcdTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A client library in this JVM, with {@code conns} client instances used round robin, request
 * {@code seq} through instance {@code seq % conns}.
 *
 * @param <C> the library's client type
 */
abstract class LibraryContender<C extends AutoCloseable> implements Contender {
    private final String name;
    private final List<C> clients = new ArrayList<>();

    LibraryContender(String name, int conns, Function<Integer, C> open) {
        this.name = name;
        try {
            for (int i = 0; i < conns; i++) {
                clients.add(open.apply(i));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * @param workload the workload
     * @param client one client instance
     * @param keys the key space
     * @return the workload's request bound to that instance
     */
    abstract Request bind(Workload workload, C client, Keys keys);

    /** @return the first client instance */
    C first() {
        return clients.get(0);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public boolean supports(Workload workload) {
        return true;
    }

    @Override
    public void prepare(Workload workload, Keys keys, EtcdClient admin) {
        workload.prepare(admin, keys, name);
    }

    @Override
    public RunResult run(Workload workload, Keys keys, long firstSeq, long requests, int inflight, long timeLimitNanos,
            Meters meters) throws InterruptedException {
        Request[] bound = new Request[clients.size()];
        for (int i = 0; i < bound.length; i++) {
            bound[i] = bind(workload, clients.get(i), keys);
        }
        Request request = bound.length == 1 ? bound[0] : seq -> bound[(int) (seq % bound.length)].send(seq);
        return LoadLoop.run(name, request, firstSeq, requests, inflight, timeLimitNanos, meters);
    }

    @Override
    public void close() {
        for (C c : clients) {
            try {
                c.close();
            } catch (Exception e) {
                // closing at the end of a benchmark: nothing to do about it
            }
        }
    }

    /** etcdj through its async API, over one transport ({@code etcdj}: gRPC, {@code etcdj-http}: the HTTP/JSON gateway). */
    static final class Etcdj extends LibraryContender<EtcdClient> {
        Etcdj(List<String> endpoints, int conns, EtcdTransport transport) {
            super(Transports.clientName(transport), conns,
                    i -> EtcdClient.builder().endpoints(endpoints).transport(transport).build());
        }

        @Override
        Request bind(Workload workload, EtcdClient client, Keys keys) {
            return workload.etcdj(client, keys);
        }
    }

    /** jetcd, with its defaults. */
    static final class Jetcd extends LibraryContender<io.etcd.jetcd.Client> {
        Jetcd(List<String> endpoints, int conns) {
            super("jetcd", conns, i -> io.etcd.jetcd.Client.builder().endpoints(endpoints.toArray(String[]::new))
                    .build());
        }

        @Override
        Request bind(Workload workload, io.etcd.jetcd.Client client, Keys keys) {
            return workload.jetcd(client, keys);
        }
    }
}
