package io.etcdj.election;

/**
 * A candidacy that etcd's own {@code Election} service won ({@code v3electionpb.LeaderKey}): what
 * {@link AsyncElections#serverProclaim} and {@link AsyncElections#serverResign} take. Immutable.
 *
 * @param name the election's name
 * @param key the leader's key under the election prefix
 * @param revision the key's create revision (the leader revision)
 * @param leaseId the lease the candidacy is bound to
 */
public record ServerLeaderKey(String name, String key, long revision, long leaseId) {
}
