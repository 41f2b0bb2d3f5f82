package io.etcdj.internal;

import io.etcdj.cluster.AsyncCluster;
import io.etcdj.cluster.MemberAddResponse;
import io.etcdj.ChangeOptions;
import io.etcdj.RequestOptions;
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
        return memberList(RequestOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MemberListResponse> memberList(RequestOptions options) {
        return call(() -> pipeline.unary(Rpcs.MEMBER_LIST, MemberListRequest.getDefaultInstance(),
                Checks.notNull(options, "options").timeout(), true, CallTarget.ANY, ClusterMapper::list));
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAdd(List<String> peerUrls) {
        return memberAdd(peerUrls, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAdd(List<String> peerUrls, ChangeOptions options) {
        return add(peerUrls, false, options);
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAddAsLearner(List<String> peerUrls) {
        return memberAddAsLearner(peerUrls, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MemberAddResponse> memberAddAsLearner(List<String> peerUrls, ChangeOptions options) {
        return add(peerUrls, true, options);
    }

    private CompletableFuture<MemberAddResponse> add(List<String> peerUrls, boolean learner, ChangeOptions options) {
        return call(() -> {
            Checks.notNull(options, "options");
            return pipeline.unary(Rpcs.MEMBER_ADD, ClusterMapper.add(peerUrls, learner), options.timeout(),
                    options.idempotent(), CallTarget.ANY, ClusterMapper::added);
        });
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberRemove(long memberId) {
        return memberRemove(memberId, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberRemove(long memberId, ChangeOptions options) {
        return call(() -> pipeline.unary(Rpcs.MEMBER_REMOVE, MemberRemoveRequest.newBuilder().setID(memberId).build(),
                Checks.notNull(options, "options").timeout(), options.idempotent(), CallTarget.ANY,
                r -> ClusterMapper.changed(r.getHeader(), r.getMembersList())));
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberUpdate(long memberId, List<String> peerUrls) {
        return memberUpdate(memberId, peerUrls, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberUpdate(long memberId, List<String> peerUrls,
            ChangeOptions options) {
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
        return memberPromote(memberId, ChangeOptions.DEFAULT);
    }

    @Override
    public CompletableFuture<MembershipChangeResponse> memberPromote(long memberId, ChangeOptions options) {
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
