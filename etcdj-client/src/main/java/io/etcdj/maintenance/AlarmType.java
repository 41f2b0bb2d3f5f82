package io.etcdj.maintenance;

/**
 * The kinds of alarm an etcd member raises ({@code etcdserverpb.AlarmType}).
 */
public enum AlarmType {
    /** No alarm; never part of a list. etcd reads it as "any type" in a disarm. */
    NONE,
    /**
     * The backend database reached its space quota ({@code --quota-backend-bytes}). While it is
     * active, the cluster refuses writes with {@link io.etcdj.exception.ResourceExhaustedException};
     * compact, defragment, then disarm it.
     */
    NOSPACE,
    /** A member's data was found to differ from the others' (corruption check). */
    CORRUPT;

    /**
     * The type for etcd's enum number.
     *
     * @param number the protocol value
     * @return the type; {@link #NONE} for a number this client does not know
     */
    public static AlarmType of(int number) {
        return number == 1 ? NOSPACE : number == 2 ? CORRUPT : NONE;
    }
}
