package io.etcdj.v2;

import java.util.List;

/**
 * A member of the cluster, as etcd's v2 members API ({@code /v2/members}) lists it. Immutable.
 *
 * @param id the member id, as etcd prints it (hexadecimal, no prefix)
 * @param name the member's name; empty for a member added but not started yet
 * @param peerUrls the URLs the member listens on for its peers
 * @param clientUrls the URLs the member serves clients on; empty for a member not started yet
 */
public record EtcdV2Member(String id, String name, List<String> peerUrls, List<String> clientUrls) {
    /**
     * A member; null lists mean empty and null name means empty.
     *
     * @param id the id
     * @param name the name
     * @param peerUrls the peer URLs
     * @param clientUrls the client URLs
     */
    public EtcdV2Member {
        name = name == null ? "" : name;
        peerUrls = peerUrls == null ? List.of() : List.copyOf(peerUrls);
        clientUrls = clientUrls == null ? List.of() : List.copyOf(clientUrls);
    }
}
