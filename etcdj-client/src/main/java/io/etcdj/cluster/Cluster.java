package io.etcdj.cluster;

import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
import java.util.List;

/**
 * The cluster facet: etcd's {@code Cluster} service, blocking. The same calls as
 * {@link AsyncCluster}, each waiting for its result within the call's deadline. Obtained from
 * {@code EtcdClient.cluster()}.
 *
 * <p>Member ids are unsigned 64-bit numbers held in a {@code long}; {@link Member#idHex()} and
 * {@link Member#parseHex(String)} convert them the way etcdctl writes them.
 */
public interface Cluster {
    /**
     * Lists the cluster's members, learners and members not yet started included (etcd's {@code Cluster.MemberList} RPC; on etcd 3.4 the request has no consistency option and the answering member serves it from its own membership view).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one. Uses {@link RequestOptions#DEFAULT}.
     *
     * @return the members; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MemberListResponse memberList();

    /**
     * Lists the cluster's members, learners and members not yet started included (etcd's {@code Cluster.MemberList} RPC; on etcd 3.4 the request has no consistency option and the answering member serves it from its own membership view).
     *
     * <p>Retries: a read, retried on transient errors, on another endpoint where there is one.
     *
     * @param options the call's options; not null
     * @return the members; never null
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MemberListResponse memberList(RequestOptions options);

    /**
     * Adds a voting member (etcd's {@code Cluster.MemberAdd} RPC). Start its etcd process afterwards with {@code --initial-cluster-state existing}; until it has started, the new member counts for the quorum without voting, so prefer {@link #memberAddAsLearner(List)} and a promotion when the cluster must stay writable meanwhile.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @return the new member and the membership after the change; never null
     * @throws io.etcdj.exception.InvalidArgumentException (checked before anything is sent) when the list is empty or a URL is not {@code scheme://host:port} with scheme http, https, unix or unixs and no path
     * @throws io.etcdj.exception.PreconditionFailedException when a member has those peer URLs already ({@code PEER_URL_EXIST}) or the change would leave too few started members ({@code MEMBER_NOT_ENOUGH_STARTED})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MemberAddResponse memberAdd(List<String> peerUrls);

    /**
     * Adds a voting member (etcd's {@code Cluster.MemberAdd} RPC). Start its etcd process afterwards with {@code --initial-cluster-state existing}; until it has started, the new member counts for the quorum without voting, so prefer {@link #memberAddAsLearner(List)} and a promotion when the cluster must stay writable meanwhile.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @param options the call's options; not null
     * @return the new member and the membership after the change; never null
     * @throws io.etcdj.exception.InvalidArgumentException (checked before anything is sent) when the list is empty or a URL is not {@code scheme://host:port} with scheme http, https, unix or unixs and no path
     * @throws io.etcdj.exception.PreconditionFailedException when a member has those peer URLs already ({@code PEER_URL_EXIST}) or the change would leave too few started members ({@code MEMBER_NOT_ENOUGH_STARTED})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MemberAddResponse memberAdd(List<String> peerUrls, ChangeOptions options);

    /**
     * Adds a learner (etcd's {@code Cluster.MemberAdd} RPC with {@code isLearner}): a non-voting member that receives the log and does not count for the quorum until promoted with {@link #memberPromote(long)}.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @return the new member and the membership after the change; never null
     * @throws io.etcdj.exception.InvalidArgumentException (checked before anything is sent) when the list is empty or a URL is not {@code scheme://host:port} with scheme http, https, unix or unixs and no path
     * @throws io.etcdj.exception.PreconditionFailedException when a member has those peer URLs already ({@code PEER_URL_EXIST}) or the cluster has as many learners as it allows ({@code TOO_MANY_LEARNERS})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MemberAddResponse memberAddAsLearner(List<String> peerUrls);

    /**
     * Adds a learner (etcd's {@code Cluster.MemberAdd} RPC with {@code isLearner}): a non-voting member that receives the log and does not count for the quorum until promoted with {@link #memberPromote(long)}.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @param options the call's options; not null
     * @return the new member and the membership after the change; never null
     * @throws io.etcdj.exception.InvalidArgumentException (checked before anything is sent) when the list is empty or a URL is not {@code scheme://host:port} with scheme http, https, unix or unixs and no path
     * @throws io.etcdj.exception.PreconditionFailedException when a member has those peer URLs already ({@code PEER_URL_EXIST}) or the cluster has as many learners as it allows ({@code TOO_MANY_LEARNERS})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MemberAddResponse memberAddAsLearner(List<String> peerUrls, ChangeOptions options);

    /**
     * Removes a member (etcd's {@code Cluster.MemberRemove} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param memberId the member's id (unsigned)
     * @return the membership after the change; never null
     * @throws io.etcdj.exception.NotFoundException when no member has that id ({@code MEMBER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when removing it would leave too few started members ({@code MEMBER_NOT_ENOUGH_STARTED})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MembershipChangeResponse memberRemove(long memberId);

    /**
     * Removes a member (etcd's {@code Cluster.MemberRemove} RPC).
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param memberId the member's id (unsigned)
     * @param options the call's options; not null
     * @return the membership after the change; never null
     * @throws io.etcdj.exception.NotFoundException when no member has that id ({@code MEMBER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when removing it would leave too few started members ({@code MEMBER_NOT_ENOUGH_STARTED})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MembershipChangeResponse memberRemove(long memberId, ChangeOptions options);

    /**
     * Replaces a member's peer URLs (etcd's {@code Cluster.MemberUpdate} RPC). On etcd 3.4, updating
     * a learner's peer URLs makes etcd list it as a voting member afterwards ({@code isLearner} false)
     * while raft still treats it as a learner: update a learner only after promoting it.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param memberId the member's id (unsigned)
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @return the membership after the change; never null
     * @throws io.etcdj.exception.InvalidArgumentException (checked before anything is sent) when the list is empty or a URL is not {@code scheme://host:port} with scheme http, https, unix or unixs and no path
     * @throws io.etcdj.exception.NotFoundException when no member has that id ({@code MEMBER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when another member has one of those peer URLs ({@code PEER_URL_EXIST})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MembershipChangeResponse memberUpdate(long memberId, List<String> peerUrls);

    /**
     * Replaces a member's peer URLs (etcd's {@code Cluster.MemberUpdate} RPC). On etcd 3.4, updating
     * a learner's peer URLs makes etcd list it as a voting member afterwards ({@code isLearner} false)
     * while raft still treats it as a learner: update a learner only after promoting it.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param memberId the member's id (unsigned)
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @param options the call's options; not null
     * @return the membership after the change; never null
     * @throws io.etcdj.exception.InvalidArgumentException (checked before anything is sent) when the list is empty or a URL is not {@code scheme://host:port} with scheme http, https, unix or unixs and no path
     * @throws io.etcdj.exception.NotFoundException when no member has that id ({@code MEMBER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when another member has one of those peer URLs ({@code PEER_URL_EXIST})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MembershipChangeResponse memberUpdate(long memberId, List<String> peerUrls, ChangeOptions options);

    /**
     * Promotes a learner to a voting member (etcd's {@code Cluster.MemberPromote} RPC). etcd promotes only a learner whose log has caught up with the leader's.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}. Uses {@link ChangeOptions#DEFAULT}.
     *
     * @param memberId the learner's id (unsigned)
     * @return the membership after the change; never null
     * @throws io.etcdj.exception.NotFoundException when no member has that id ({@code MEMBER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when the member is not a learner ({@code MEMBER_NOT_LEARNER}) or has not caught up with the leader, for example because its process has not started ({@code LEARNER_NOT_READY})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MembershipChangeResponse memberPromote(long memberId);

    /**
     * Promotes a learner to a voting member (etcd's {@code Cluster.MemberPromote} RPC). etcd promotes only a learner whose log has caught up with the leader's.
     *
     * <p>Retries: only when the request provably never reached a server, unless the options say {@code idempotent()}.
     *
     * @param memberId the learner's id (unsigned)
     * @param options the call's options; not null
     * @return the membership after the change; never null
     * @throws io.etcdj.exception.NotFoundException when no member has that id ({@code MEMBER_NOT_FOUND})
     * @throws io.etcdj.exception.PreconditionFailedException when the member is not a learner ({@code MEMBER_NOT_LEARNER}) or has not caught up with the leader, for example because its process has not started ({@code LEARNER_NOT_READY})
     * @throws io.etcdj.exception.EtcdException for any other failure (no connection, deadline passed, no leader, ...), typed as described in {@link io.etcdj.exception.EtcdException}
     */
    MembershipChangeResponse memberPromote(long memberId, ChangeOptions options);
}
