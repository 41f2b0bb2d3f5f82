package io.etcdj.v2;

/**
 * An endpoint belongs to another etcd cluster than the one the client first talked to: its
 * {@code X-Etcd-Cluster-ID} header differs. The client stops using that endpoint, so that one
 * client never mixes the data of two clusters.
 */
public class ClusterMismatchException extends EtcdV2Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A cluster id mismatch.
     *
     * @param message the endpoint and both cluster ids
     */
    public ClusterMismatchException(String message) {
        super(message, false, null);
    }
}
