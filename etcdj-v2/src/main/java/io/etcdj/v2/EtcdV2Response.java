package io.etcdj.v2;

/**
 * The answer to a keys-API request (etcd's v2 API document): what was done, the node it was done
 * to and the node before, with the indexes etcd sent in its headers. Immutable.
 *
 * @param action etcd's action: {@code get}, {@code set}, {@code create}, {@code update},
 *     {@code delete}, {@code compareAndSwap}, {@code compareAndDelete}, {@code expire} (seen by
 *     waits when a TTL runs out)
 * @param node the node after the action (for {@code delete} and {@code expire}, the node as
 *     deleted, without value); null only for the re-read of a wait that recovered from a cleared
 *     index when the key did not exist
 * @param prevNode the node before the action; null when there was none (a create, or a read)
 * @param etcdIndex the {@code X-Etcd-Index} header: etcd's current index when the request was
 *     handled (for a wait, when the wait began); 0 when absent
 * @param raftIndex the {@code X-Raft-Index} header; 0 when absent
 * @param raftTerm the {@code X-Raft-Term} header; 0 when absent
 * @param clusterId the {@code X-Etcd-Cluster-ID} header (hexadecimal); null when absent
 */
public record EtcdV2Response(String action, EtcdV2Node node, EtcdV2Node prevNode, long etcdIndex,
        long raftIndex, long raftTerm, String clusterId) {
}
