package io.etcdj.internal;

import io.etcdj.cluster.AsyncCluster;
import io.etcdj.cluster.MemberAddResponse;
import io.etcdj.cluster.MemberChangeOptions;
import io.etcdj.cluster.MemberListOptions;
import io.etcdj.cluster.MemberListResponse;
import io.etcdj.cluster.MembershipChangeResponse;
import io.etcdj.exception.Outcome;
import io.etcdj.grpc.MemberListRequest;
import io.etcdj.grpc.MemberPromoteRequest;
import io.etcdj.grpc.MemberRemoveRequest;
import io.etcdj.grpc.MemberUpdateRequest;
import io.etcdj.internal.transport.Rpcs;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The cluster facet over etcd's {@code Cluster} service. A member list is a read and retried;
 * membership changes are retried only when never sent, unless the caller says idempotent. The
 * blocking form is derived by {@link Blocking}.
 */
final class ClusterImpl implements AsyncCluster {
    private final CallPipeline pipeline;

    ClusterImpl(CallPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public CompletableFuture<MemberListResponse> memberList() {
        return memberList(MemberListOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MemberListResponse> memberList(MemberListOptions options) {
        return call(() -> pipeline.unary(Rpcs.MEMBER_LIST, MemberListRequest.getDefaultInstance(),
                Checks.notNull(options, "options").timeout(), true, CallTarget.ANY, ClusterMapper::list));
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAdd(List<String> peerUrls) {
        return memberAdd(peerUrls, MemberChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAdd(List<String> peerUrls, MemberChangeOptions options) {
        return add(peerUrls, false, options);
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAddAsLearner(List<String> peerUrls) {
        return memberAddAsLearner(peerUrls, MemberChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAddAsLearner(List<String> peerUrls, MemberChangeOptions options) {
        return add(peerUrls, true, options);
    }

    private CompletableFuture<MemberAddResponse> add(List<String> peerUrls, boolean learner, MemberChangeOptions options) {
        return call(() -> {
            Checks.notNull(options, "options");
            return pipeline.unary(Rpcs.MEMBER_ADD, ClusterMapper.add(peerUrls, learner), options.timeout(),
                    options.idempotent(), CallTarget.ANY, ClusterMapper::added);
        });
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberRemove(long memberId) {
        return memberRemove(memberId, MemberChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberRemove(long memberId, MemberChangeOptions options) {
        return call(() -> pipeline.unary(Rpcs.MEMBER_REMOVE, MemberRemoveRequest.newBuilder().setID(memberId).build(),
                Checks.notNull(options, "options").timeout(), options.idempotent(), CallTarget.ANY,
                r -> ClusterMapper.changed(r.getHeader(), r.getMembersList())));
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberUpdate(long memberId, List<String> peerUrls) {
        return memberUpdate(memberId, peerUrls, MemberChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberUpdate(long memberId, List<String> peerUrls,
            MemberChangeOptions options) {
        return call(() -> {
            Checks.notNull(options, "options");
            MemberUpdateRequest request = MemberUpdateRequest.newBuilder().setID(memberId)
                    .addAllPeerURLs(ClusterMapper.peerUrls(peerUrls)).build();
            return pipeline.unary(Rpcs.MEMBER_UPDATE, request, options.timeout(), options.idempotent(), CallTarget.ANY,
                    r -> ClusterMapper.changed(r.getHeader(), r.getMembersList()));
        });
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberPromote(long memberId) {
        return memberPromote(memberId, MemberChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberPromote(long memberId, MemberChangeOptions options) {
        return call(() -> pipeline.unary(Rpcs.MEMBER_PROMOTE, MemberPromoteRequest.newBuilder().setID(memberId).build(),
                Checks.notNull(options, "options").timeout(), options.idempotent(), CallTarget.ANY,
                r -> ClusterMapper.changed(r.getHeader(), r.getMembersList())));
    }

    /** Runs a call, turning a local failure (bad input) into a failed future: nothing was sent. */
    private static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(ErrorMapper.wrap(e, Outcome.NOT_APPLIED));
        }
    }
}
