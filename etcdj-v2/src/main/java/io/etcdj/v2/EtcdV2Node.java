package io.etcdj.v2;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One node of etcd's v2 key space: a key with a value, or a directory, as etcd's v2 API document
 * describes the {@code node} and {@code prevNode} objects of a response. Immutable.
 *
 * @param key the full key, starting with {@code /} (the root directory is {@code /}, or null for
 *     the root in some answers)
 * @param value the value; null for a directory
 * @param dir true for a directory
 * @param nodes the children of a directory, as etcd sent them (only when the directory was read,
 *     recursively or one level); empty when there are none or the node is a key; never null
 * @param ttl the remaining time to live in seconds, as etcd computed it when answering; null when
 *     the node has no TTL
 * @param expiration when the node expires, as etcd sent it (RFC 3339 text with nanoseconds); null
 *     when the node has no TTL; see {@link #expirationInstant()}
 * @param createdIndex the etcd index of the node's creation
 * @param modifiedIndex the etcd index of the node's last modification
 */
public record EtcdV2Node(String key, String value, boolean dir, List<EtcdV2Node> nodes, Long ttl,
        String expiration, long createdIndex, long modifiedIndex) {

    /**
     * A node; {@code nodes} is copied, null meaning none.
     *
     * @param key the key
     * @param value the value, null for a directory
     * @param dir true for a directory
     * @param nodes the children; null means none
     * @param ttl the remaining TTL in seconds, or null
     * @param expiration the expiration text, or null
     * @param createdIndex the created index
     * @param modifiedIndex the modified index
     */
    public EtcdV2Node {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    /**
     * The expiration as an instant.
     *
     * @return when the node expires, or null when it has no TTL
     */
    public Instant expirationInstant() {
        return expiration == null ? null : OffsetDateTime.parse(expiration).toInstant();
    }

    /**
     * Finds a direct or deeper child by its full key, in what was read.
     *
     * @param childKey the child's full key, starting with {@code /}
     * @return the node, or null when it is not among the nodes read
     */
    public EtcdV2Node find(String childKey) {
        if (Objects.equals(key, childKey)) {
            return this;
        }
        for (EtcdV2Node n : nodes) {
            EtcdV2Node found = n.find(childKey);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
