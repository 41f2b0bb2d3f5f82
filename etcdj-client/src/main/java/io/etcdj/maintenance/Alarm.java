package io.etcdj.maintenance;

import java.util.Objects;

/**
 * One active alarm: which member raised it and its type ({@code etcdserverpb.AlarmMember}). Immutable.
 *
 * @param memberId the id of the member that raised it (unsigned 64-bit, held in a long)
 * @param type the alarm's type; not null
 */
public record Alarm(long memberId, AlarmType type) {
    /**
     * Checks the value.
     *
     * @param memberId the member id
     * @param type the type; not null
     * @throws NullPointerException when the type is null
     */
    public Alarm {
        Objects.requireNonNull(type, "type");
    }

    /**
     * The member id as etcdctl writes member ids in hexadecimal.
     *
     * @return the id in lowercase hex without leading zeros
     */
    public String memberIdHex() {
        return Long.toHexString(memberId);
    }

    /**
     * The member id in unsigned decimal, as etcdctl's {@code alarm list} prints it.
     *
     * @return the id in unsigned decimal
     */
    public String memberIdString() {
        return Long.toUnsignedString(memberId);
    }
}
