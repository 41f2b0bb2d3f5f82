package io.etcdj.bench;

import io.etcdj.EtcdClient;

/** One client under test: etcdj and jetcd in this JVM, or etcd's Go client in a child process. */
interface Contender extends AutoCloseable {
    /** @return the client's name in reports: {@code etcdj}, {@code jetcd} or {@code go} */
    String name();

    /** @return true when the client runs in this JVM (its threads and allocation can be measured) */
    boolean inProcess();

    /**
     * @param workload a workload
     * @return true when this client can run it
     */
    boolean supports(Workload workload);

    /**
     * Writes what the workload reads, before any measurement.
     *
     * @param workload the workload
     * @param keys this client's key space for it
     * @param admin an etcdj client of the server under test
     */
    void prepare(Workload workload, Keys keys, EtcdClient admin);

    /**
     * Runs the workload once.
     *
     * @param workload the workload
     * @param keys this client's key space for it
     * @param firstSeq the number of the first request (keys continue where the last run stopped)
     * @param requests how many requests to send
     * @param inflight how many may be outstanding at once
     * @param timeLimitNanos no request is sent after this time
     * @param meters what to measure besides latency
     * @return the result
     * @throws Exception when the run could not be made at all
     */
    RunResult run(Workload workload, Keys keys, long firstSeq, long requests, int inflight, long timeLimitNanos,
            Meters meters) throws Exception;

    @Override
    void close();
}
