package io.etcdj.kv;

import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The result of a read ({@code RangeResponse}): the key-values found, in the requested order.
 * Immutable; iterable over its key-values.
 */
public final class GetResponse implements OpResponse, Iterable<KeyValue> {
    private final ResponseHeader header;
    private final List<KeyValue> kvs;
    private final boolean more;
    private final long count;

    /**
     * Makes a read result.
     *
     * @param header the response header; not null
     * @param kvs the key-values returned; not null (copied)
     * @param more true when a limit cut the result short
     * @param count how many keys are in the requested range, whatever the limit
     */
    public GetResponse(ResponseHeader header, List<KeyValue> kvs, boolean more, long count) {
        this.header = header;
        this.kvs = List.copyOf(kvs);
        this.more = more;
        this.count = count;
    }

    @Override
    public ResponseHeader header() {
        return header;
    }

    /**
     * The key-values returned (empty for a count-only read or when nothing matched).
     *
     * @return the key-values returned (empty for a count-only read or when nothing matched)
     */
    public List<KeyValue> kvs() {
        return kvs;
    }

    /**
     * The first key-value returned, empty when nothing matched.
     *
     * @return the first key-value returned, empty when nothing matched
     */
    public Optional<KeyValue> first() {
        return kvs.isEmpty() ? Optional.empty() : Optional.of(kvs.get(0));
    }

    /**
     * The key-value at a position.
     *
     * @param index a position in {@code [0, size())}
     * @return the key-value at that position
     * @throws IndexOutOfBoundsException when the index is outside the result
     */
    public KeyValue get(int index) {
        return kvs.get(index);
    }

    /**
     * How many key-values were returned.
     *
     * @return how many key-values were returned
     */
    public int size() {
        return kvs.size();
    }

    /**
     * True when no key-value was returned.
     *
     * @return true when no key-value was returned
     */
    public boolean isEmpty() {
        return kvs.isEmpty();
    }

    /**
     * True when the range holds more keys than were returned (a limit was hit).
     *
     * @return true when the range holds more keys than were returned (a limit was hit)
     */
    public boolean more() {
        return more;
    }

    /**
     * How many keys the requested range holds, regardless of the limit.
     *
     * @return how many keys the requested range holds, regardless of the limit
     */
    public long count() {
        return count;
    }

    @Override
    public Iterator<KeyValue> iterator() {
        return kvs.iterator();
    }

    @Override
    public String toString() {
        return "GetResponse{header=" + header + ", kvs=" + kvs + ", more=" + more + ", count=" + count + "}";
    }
}
