package io.etcdj.v2;

/**
 * The versions an etcd member reports at {@code /version}. Immutable.
 *
 * @param server the member's version ({@code etcdserver}), for example {@code 3.4.23}
 * @param cluster the cluster version ({@code etcdcluster}), for example {@code 3.4.0}
 */
public record EtcdV2Version(String server, String cluster) {
}
