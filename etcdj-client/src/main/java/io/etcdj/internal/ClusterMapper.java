package io.etcdj.internal;

import io.etcdj.ResponseHeader;
import io.etcdj.cluster.Member;
import io.etcdj.cluster.MemberAddResponse;
import io.etcdj.cluster.MemberListResponse;
import io.etcdj.cluster.MembershipChangeResponse;
import io.etcdj.grpc.MemberAddRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Converts between the cluster facet's values and etcd's {@code Cluster} service messages. */
final class ClusterMapper {
    private ClusterMapper() {
    }

    /**
     * Checks peer URLs before they are sent, as etcd's own client does (a malformed peer URL
     * would otherwise reach raft's transport): each must be {@code scheme://host:port} with
     * scheme http, https, unix or unixs, and no path.
     *
     * @param peerUrls the URLs; not null, not empty
     * @return the URLs, trimmed
     * @throws io.etcdj.exception.InvalidArgumentException when one is malformed, or the list is empty
     */
    static List<String> peerUrls(List<String> peerUrls) {
        Checks.notNull(peerUrls, "peerUrls");
        if (peerUrls.isEmpty()) {
            throw Checks.invalid("at least one peer URL is required");
        }
        List<String> out = new ArrayList<>(peerUrls.size());
        for (String raw : peerUrls) {
            String url = Checks.notNull(raw, "a peer URL").trim();
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw Checks.invalid("not a peer URL: " + url + " (" + e.getMessage() + ")");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!List.of("http", "https", "unix", "unixs").contains(scheme)) {
                throw Checks.invalid("peer URL scheme must be http, https, unix or unixs: " + url);
            }
            if (uri.getRawAuthority() == null || uri.getPort() < 0) {
                throw Checks.invalid("peer URL address does not have the form \"host:port\": " + url);
            }
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                throw Checks.invalid("peer URL must not contain a path: " + url);
            }
            out.add(url);
        }
        return out;
    }

    static MemberAddRequest add(List<String> peerUrls, boolean learner) {
        return MemberAddRequest.newBuilder().addAllPeerURLs(peerUrls(peerUrls)).setIsLearner(learner).build();
    }

    static ResponseHeader header(io.etcdj.grpc.ResponseHeader h) {
        return Headers.of(h);
    }

    static Member member(io.etcdj.grpc.Member m) {
        return new Member(m.getID(), m.getName(), m.getPeerURLsList(), m.getClientURLsList(), m.getIsLearner());
    }

    static List<Member> members(List<io.etcdj.grpc.Member> members) {
        List<Member> out = new ArrayList<>(members.size());
        for (io.etcdj.grpc.Member m : members) {
            out.add(member(m));
        }
        return out;
    }

    static MemberListResponse list(io.etcdj.grpc.MemberListResponse r) {
        return new MemberListResponse(header(r.getHeader()), members(r.getMembersList()));
    }

    static MemberAddResponse added(io.etcdj.grpc.MemberAddResponse r) {
        return new MemberAddResponse(header(r.getHeader()), member(r.getMember()), members(r.getMembersList()));
    }

    static MembershipChangeResponse changed(io.etcdj.grpc.ResponseHeader h, List<io.etcdj.grpc.Member> members) {
        return new MembershipChangeResponse(header(h), members(members));
    }
}
