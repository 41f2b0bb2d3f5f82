package io.etcdj.kv;

/**
 * What a range read sorts by ({@code RangeRequest.SortTarget} of etcd's {@code Range} RPC); the
 * direction is a {@link SortOrder}.
 */
public enum SortTarget {
    /** The key's bytes (the default): with {@link SortOrder#NONE}, ascending key order. */
    KEY,
    /** The key's version. */
    VERSION,
    /** The key's create revision. */
    CREATE,
    /** The key's mod revision. */
    MOD,
    /** The value's bytes, compared as unsigned, lexicographically. */
    VALUE
}
