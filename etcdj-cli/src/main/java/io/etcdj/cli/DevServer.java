package io.etcdj.cli;

import io.etcdj.testing.EtcdCluster;
import io.etcdj.testing.EtcdMember;
import java.nio.file.Path;

/**
 * A throwaway single-member etcd for development: started on free loopback ports with its data in
 * a new temporary directory, and gone, data included, once closed. The core of {@code etcdj dev}.
 *
 * <pre>{@code
 * try (DevServer etcd = DevServer.start()) {
 *     System.out.println(etcd.endpoint());   // http://127.0.0.1:41234
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {
    private final EtcdCluster cluster;
    private final EtcdMember member;

    private DevServer(EtcdCluster cluster) {
        this.cluster = cluster;
        this.member = cluster.member(0);
    }

    /**
     * Starts etcd and waits until it is healthy.
     *
     * @return the running server
     * @throws io.etcdj.testing.EtcdBinaryNotFoundException when no etcd executable is found
     * @throws io.etcdj.testing.EtcdLaunchException when etcd does not start
     */
    public static DevServer start() {
        return new DevServer(EtcdCluster.builder().namePrefix("dev").start());
    }

    /** @return the client URL, such as {@code http://127.0.0.1:41234} */
    public String endpoint() {
        return member.clientEndpoint();
    }

    /** @return the member's data directory (deleted by {@link #close()}) */
    public Path dataDir() {
        return member.dataDir();
    }

    /** @return the etcd process id */
    public long pid() {
        return member.pid();
    }

    /** @return true until {@link #close()} */
    public boolean isRunning() {
        return !cluster.isClosed() && member.isRunning();
    }

    /** Stops etcd and deletes its data. Idempotent; never throws. */
    @Override
    public void close() {
        cluster.close();
    }
}
