package io.etcdj.kv;

/**
 * The direction of a range read's sort ({@code RangeRequest.SortOrder} of etcd's {@code Range}
 * RPC); set with {@link GetOptions.Builder#sort(SortTarget, SortOrder)}.
 */
public enum SortOrder {
    /**
     * No direction asked for: the default. With {@link SortTarget#KEY} (the default target) etcd
     * returns keys in ascending key order, as it stores them. With any other target etcd 3.4 sorts
     * ascending by that target, as {@link #ASCEND} does, with one difference under a limit: etcd
     * first takes the range's first keys in key order (the limit plus one), then sorts only
     * those by the target and cuts the result to the limit, so the result is not the range's
     * lowest targets. {@link #ASCEND} and {@link #DESCEND} sort the whole range before the limit.
     */
    NONE,
    /** Lowest first; keys with equal targets come in no guaranteed order. */
    ASCEND,
    /** Highest first; keys with equal targets come in no guaranteed order. */
    DESCEND
}
