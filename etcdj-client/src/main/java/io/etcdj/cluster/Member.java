package io.etcdj.cluster;

import java.util.List;

/**
 * One member of an etcd cluster, as etcd's {@code Cluster} service reports it
 * ({@code etcdserverpb.Member}). Immutable.
 *
 * <p>Member ids are unsigned 64-bit numbers in etcd's protocol; they are kept in a {@code long}.
 * etcdctl prints them in hexadecimal ({@link #idHex()}, as {@code etcdctl member list} does and as
 * {@code member remove} takes them) or in unsigned decimal ({@link #idString()}, as in
 * {@code -w fields} and {@code -w json}).
 */
public final class Member {
    private final long id;
    private final String name;
    private final List<String> peerUrls;
    private final List<String> clientUrls;
    private final boolean learner;

    /**
     * Makes a member value.
     *
     * @param id the member id (unsigned)
     * @param name the member's name; empty until the member has started; not null
     * @param peerUrls the URLs the other members reach it on; not null (copied)
     * @param clientUrls the URLs clients reach it on; empty until the member has started; not null (copied)
     * @param learner true for a raft learner (a non-voting member)
     */
    public Member(long id, String name, List<String> peerUrls, List<String> clientUrls, boolean learner) {
        this.id = id;
        this.name = name;
        this.peerUrls = List.copyOf(peerUrls);
        this.clientUrls = List.copyOf(clientUrls);
        this.learner = learner;
    }

    /**
     * The member id.
     *
     * @return the id, an unsigned 64-bit number held in a long
     */
    public long id() {
        return id;
    }

    /**
     * The member id in lowercase hexadecimal without leading zeros, as etcdctl's
     * {@code member list} prints it and its {@code member remove} expects it.
     *
     * @return the id in hex
     */
    public String idHex() {
        return Long.toHexString(id);
    }

    /**
     * The member id in unsigned decimal, as etcdctl's {@code fields} and {@code json} formats print it.
     *
     * @return the id in unsigned decimal
     */
    public String idString() {
        return Long.toUnsignedString(id);
    }

    /**
     * The member's name.
     *
     * @return the name given with {@code --name}; empty (never null) for a member added but not yet started
     */
    public String name() {
        return name;
    }

    /**
     * Whether the member has started and joined: etcd learns a member's name when it starts.
     *
     * @return false for a member that was added but has not started ({@code unstarted} in etcdctl)
     */
    public boolean isStarted() {
        return !name.isEmpty();
    }

    /**
     * The peer URLs.
     *
     * @return the URLs the other members reach this one on; never null
     */
    public List<String> peerUrls() {
        return peerUrls;
    }

    /**
     * The client URLs.
     *
     * @return the URLs clients reach this member on; empty (never null) until it has started
     */
    public List<String> clientUrls() {
        return clientUrls;
    }

    /**
     * Whether the member is a raft learner: it receives the log but does not vote and does not
     * count for the quorum until promoted.
     *
     * @return true for a learner
     */
    public boolean isLearner() {
        return learner;
    }

    /**
     * Formats a member id as etcdctl does in hexadecimal.
     *
     * @param id a member id (unsigned)
     * @return the id in lowercase hex without leading zeros
     */
    public static String toHex(long id) {
        return Long.toHexString(id);
    }

    /**
     * Parses a member id written in hexadecimal, as etcdctl's {@code member remove} takes it.
     *
     * @param hex the id in hex (up to 16 digits, no prefix); not null
     * @return the id (unsigned)
     * @throws NumberFormatException when it is not a hex number that fits in 64 bits
     */
    public static long parseHex(String hex) {
        return Long.parseUnsignedLong(hex, 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member m && m.id == id && m.name.equals(name) && m.peerUrls.equals(peerUrls)
                && m.clientUrls.equals(clientUrls) && m.learner == learner;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Member{id=" + idHex() + ", name=" + name + ", peerUrls=" + peerUrls + ", clientUrls=" + clientUrls
                + ", learner=" + learner + "}";
    }
}
