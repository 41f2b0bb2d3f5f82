package io.etcdj.cluster;

import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The cluster facet in async form: etcd's {@code Cluster} service ({@code MemberList},
 * {@code MemberAdd}, {@code MemberRemove}, {@code MemberUpdate}, {@code MemberPromote}). Every
 * method returns at once; the future completes with the response, or exceptionally with an
 * {@link io.etcdj.exception.EtcdException} (see {@link Cluster} for which one when). Obtained from
 * {@code EtcdClient.async().cluster()}.
 *
 * <p>Futures complete on an etcdj I/O thread: a dependent stage must not block. Bad arguments
 * that can be checked locally fail the returned future before anything is sent.
 */
public interface AsyncCluster {
    /**
     * Lists the cluster's members, learners and members not yet started included (etcd's {@code Cluster.MemberList} RPC; on etcd 3.4 the request has no consistency option and the answering member serves it from its own membership view); see {@link Cluster#memberList()}.
     *
     * @return a future of the result of {@link Cluster#memberList()}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MemberListResponse> memberList();

    /**
     * Lists the cluster's members, learners and members not yet started included (etcd's {@code Cluster.MemberList} RPC; on etcd 3.4 the request has no consistency option and the answering member serves it from its own membership view); see {@link Cluster#memberList(RequestOptions)}.
     *
     * @param options the call's options; not null
     * @return a future of the result of {@link Cluster#memberList(RequestOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MemberListResponse> memberList(RequestOptions options);

    /**
     * Adds a voting member (etcd's {@code Cluster.MemberAdd} RPC); see {@link Cluster#memberAdd(List)}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @return a future of the result of {@link Cluster#memberAdd(List)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MemberAddResponse> memberAdd(List<String> peerUrls);

    /**
     * Adds a voting member (etcd's {@code Cluster.MemberAdd} RPC); see {@link Cluster#memberAdd(List, ChangeOptions)}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Cluster#memberAdd(List, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MemberAddResponse> memberAdd(List<String> peerUrls, ChangeOptions options);

    /**
     * Adds a learner (etcd's {@code Cluster.MemberAdd} RPC with {@code isLearner}): a non-voting member that receives the log and does not count for the quorum until promoted with {@link #memberPromote(long)}; see {@link Cluster#memberAddAsLearner(List)}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @return a future of the result of {@link Cluster#memberAddAsLearner(List)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MemberAddResponse> memberAddAsLearner(List<String> peerUrls);

    /**
     * Adds a learner (etcd's {@code Cluster.MemberAdd} RPC with {@code isLearner}): a non-voting member that receives the log and does not count for the quorum until promoted with {@link #memberPromote(long)}; see {@link Cluster#memberAddAsLearner(List, ChangeOptions)}.
     *
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Cluster#memberAddAsLearner(List, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MemberAddResponse> memberAddAsLearner(List<String> peerUrls, ChangeOptions options);

    /**
     * Removes a member (etcd's {@code Cluster.MemberRemove} RPC); see {@link Cluster#memberRemove(long)}.
     *
     * @param memberId the member's id (unsigned)
     * @return a future of the result of {@link Cluster#memberRemove(long)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MembershipChangeResponse> memberRemove(long memberId);

    /**
     * Removes a member (etcd's {@code Cluster.MemberRemove} RPC); see {@link Cluster#memberRemove(long, ChangeOptions)}.
     *
     * @param memberId the member's id (unsigned)
     * @param options the call's options; not null
     * @return a future of the result of {@link Cluster#memberRemove(long, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MembershipChangeResponse> memberRemove(long memberId, ChangeOptions options);

    /**
     * Replaces a member's peer URLs (etcd's {@code Cluster.MemberUpdate} RPC); see {@link Cluster#memberUpdate(long, List)}.
     *
     * @param memberId the member's id (unsigned)
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @return a future of the result of {@link Cluster#memberUpdate(long, List)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MembershipChangeResponse> memberUpdate(long memberId, List<String> peerUrls);

    /**
     * Replaces a member's peer URLs (etcd's {@code Cluster.MemberUpdate} RPC); see {@link Cluster#memberUpdate(long, List, ChangeOptions)}.
     *
     * @param memberId the member's id (unsigned)
     * @param peerUrls the member's peer URLs ({@code http://host:port}); not null, not empty
     * @param options the call's options; not null
     * @return a future of the result of {@link Cluster#memberUpdate(long, List, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MembershipChangeResponse> memberUpdate(long memberId, List<String> peerUrls, ChangeOptions options);

    /**
     * Promotes a learner to a voting member (etcd's {@code Cluster.MemberPromote} RPC); see {@link Cluster#memberPromote(long)}.
     *
     * @param memberId the learner's id (unsigned)
     * @return a future of the result of {@link Cluster#memberPromote(long)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MembershipChangeResponse> memberPromote(long memberId);

    /**
     * Promotes a learner to a voting member (etcd's {@code Cluster.MemberPromote} RPC); see {@link Cluster#memberPromote(long, ChangeOptions)}.
     *
     * @param memberId the learner's id (unsigned)
     * @param options the call's options; not null
     * @return a future of the result of {@link Cluster#memberPromote(long, ChangeOptions)}
     *     (it fails with the exceptions listed there)
     */
    CompletableFuture<MembershipChangeResponse> memberPromote(long memberId, ChangeOptions options);
}
