package io.etcdj.bench;

import io.etcdj.EtcdClient;

/**
 * A benchmark workload, in the style of the sub-commands of etcd's {@code tools/benchmark}: what
 * request to send for each sequence number, through each client library under test.
 *
 * <p>Adding a workload (watch, lease, ...) is one class implementing this interface and one line
 * in {@link Workloads}. The two {@code bind} methods receive the client's own key space
 * ({@link Keys}), so that every client writes its own keys and each can be read back.
 */
public interface Workload {
    /** @return the name printed in reports, e.g. {@code put} or {@code range-s} */
    String name();

    /**
     * The tag of this workload's keys, two or three characters ending in {@code /}, different
     * for each workload and client so that one run never reads another's keys.
     *
     * @param client the client's name ({@code etcdj}, {@code etcdj-http}, {@code jetcd}, ...)
     * @return the key prefix: the workload's first letter, then {@code h} for {@code etcdj-http}
     *     and the client's first letter for the others
     */
    default String keyTag(String client) {
        return name().charAt(0) + (client.equals(Transports.HTTP_CLIENT) ? "h" : client.substring(0, 1)) + "/";
    }

    /**
     * Writes what the workload needs before any client runs (for example the keys a range
     * workload reads). Runs once per invocation, through etcdj, outside any measurement.
     *
     * @param etcd a client of the server under test
     * @param keys the key space of {@code client}
     * @param client the client that will run the workload
     */
    default void prepare(EtcdClient etcd, Keys keys, String client) {
    }

    /**
     * @param client an etcdj client
     * @param keys the key space to use
     * @return the request, sent through etcdj's async API
     */
    Request etcdj(EtcdClient client, Keys keys);

    /**
     * @param client a jetcd client
     * @param keys the key space to use
     * @return the request, sent through jetcd's API
     */
    Request jetcd(io.etcd.jetcd.Client client, Keys keys);

    /**
     * @return the operation name of the Go reference tool ({@code gobench}) for this workload, or
     *     null when that tool has no equivalent
     */
    default String goOperation() {
        return null;
    }

    /**
     * Checks, after a run, that the requests really took effect (the written keys can be read
     * back with the expected values); read-only workloads check nothing here, since each of
     * their requests already checks its response.
     *
     * @param etcd a client of the server under test
     * @param keys the key space the run used
     * @param requests how many requests the run sent
     * @throws IllegalStateException when the data is not as the run should have left it
     */
    default void verify(EtcdClient etcd, Keys keys, long requests) {
    }
}
