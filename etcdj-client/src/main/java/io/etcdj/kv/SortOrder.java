package io.etcdj.kv;

/** The direction of a range read's sort ({@code RangeRequest.SortOrder}). */
public enum SortOrder {
    /** No sorting asked for: etcd returns keys in ascending key order. */
    NONE,
    /** Lowest first. */
    ASCEND,
    /** Highest first. */
    DESCEND
}
