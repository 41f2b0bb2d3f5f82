package io.etcdj.kv;

/** What a range read sorts by ({@code RangeRequest.SortTarget}). */
public enum SortTarget {
    /** The key's bytes. */
    KEY,
    /** The key's version. */
    VERSION,
    /** The key's create revision. */
    CREATE,
    /** The key's mod revision. */
    MOD,
    /** The value's bytes. */
    VALUE
}
