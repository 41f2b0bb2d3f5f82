package io.etcdj;

import io.etcdj.testing.EtcdClusterExtension;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of tests that run against the run-wide single-member etcd: one client per class, and a
 * key prefix of their own so classes do not see each other's keys.
 */
public abstract class SharedEtcd {
    @RegisterExtension
    protected static final EtcdClusterExtension ETCD = EtcdClusterExtension.shared();

    protected static EtcdClient etcd;

    /** A prefix unique to this class instance's test, for its keys. */
    protected final String p = "t-" + UUID.randomUUID().toString().substring(0, 8) + "/";

    @BeforeAll
    static void connect() {
        etcd = TestClients.builder().endpoints(ETCD.endpoints()).build();
    }

    @AfterAll
    static void disconnect() {
        etcd.close();
    }
}
