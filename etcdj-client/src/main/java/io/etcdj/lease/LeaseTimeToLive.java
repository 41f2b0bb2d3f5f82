package io.etcdj.lease;

import io.etcdj.ResponseHeader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A lease's remaining and granted TTL and, when asked for, its keys ({@code LeaseTimeToLiveResponse}).
 * Immutable.
 */
public final class LeaseTimeToLive {
    private final ResponseHeader header;
    private final long id;
    private final long ttlSeconds;
    private final long grantedTtlSeconds;
    private final List<byte[]> keys;
    private final Charset charset;

    /**
     * Makes the value.
     *
     * @param header the response header; not null
     * @param id the lease id
     * @param ttlSeconds the remaining TTL in seconds, -1 when the lease does not exist
     * @param grantedTtlSeconds the TTL it was granted with, in seconds
     * @param keys the attached keys (copied); empty when not asked for
     * @param charset decodes {@link #keysAsStrings()}; not null
     */
    public LeaseTimeToLive(ResponseHeader header, long id, long ttlSeconds, long grantedTtlSeconds, List<byte[]> keys,
            Charset charset) {
        this.header = header;
        this.id = id;
        this.ttlSeconds = ttlSeconds;
        this.grantedTtlSeconds = grantedTtlSeconds;
        List<byte[]> copy = new ArrayList<>(keys.size());
        for (byte[] k : keys) {
            copy.add(k.clone());
        }
        this.keys = List.copyOf(copy);
        this.charset = charset;
    }

    /**
     * The response header.
     *
     * @return the header
     */
    public ResponseHeader header() {
        return header;
    }

    /**
     * The lease id.
     *
     * @return the id
     */
    public long id() {
        return id;
    }

    /**
     * The time the lease has left.
     *
     * @return seconds, or -1 when the lease does not exist (expired, revoked or never granted)
     */
    public long ttlSeconds() {
        return ttlSeconds;
    }

    /**
     * The TTL the lease was granted with.
     *
     * @return seconds; 0 when the lease does not exist
     */
    public long grantedTtlSeconds() {
        return grantedTtlSeconds;
    }

    /**
     * Whether the lease exists.
     *
     * @return false when etcd answered with a TTL of -1
     */
    public boolean exists() {
        return ttlSeconds >= 0;
    }

    /**
     * The keys attached to the lease, when asked for.
     *
     * @return copies of the keys' bytes, in etcd's order; empty when not asked for
     */
    public List<byte[]> keys() {
        List<byte[]> out = new ArrayList<>(keys.size());
        for (byte[] k : keys) {
            out.add(k.clone());
        }
        return out;
    }

    /**
     * The keys attached to the lease, decoded with the client's charset.
     *
     * @return the keys; empty when not asked for
     */
    public List<String> keysAsStrings() {
        List<String> out = new ArrayList<>(keys.size());
        for (byte[] k : keys) {
            out.add(new String(k, charset));
        }
        return out;
    }

    @Override
    public String toString() {
        return "LeaseTimeToLive{id=" + Long.toHexString(id) + ", ttl=" + ttlSeconds + "s, granted=" + grantedTtlSeconds
                + "s, keys=" + keysAsStrings() + "}";
    }
}
