package io.etcdj.kv;

import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import java.util.List;

/** The result of a delete ({@code DeleteRangeResponse}). Immutable. */
public final class DeleteResponse implements OpResponse {
    private final ResponseHeader header;
    private final long deleted;
    private final List<KeyValue> prevKvs;

    /**
     * Makes a delete result.
     *
     * @param header the response header; not null
     * @param deleted how many keys were deleted
     * @param prevKvs the deleted key-values when asked for; not null (copied)
     */
    public DeleteResponse(ResponseHeader header, long deleted, List<KeyValue> prevKvs) {
        this.header = header;
        this.deleted = deleted;
        this.prevKvs = List.copyOf(prevKvs);
    }

    @Override
    public ResponseHeader header() {
        return header;
    }

    /**
     * How many keys were deleted.
     *
     * @return how many keys were deleted
     */
    public long deleted() {
        return deleted;
    }

    /**
     * The deleted key-values; empty unless prev-kv was asked for.
     *
     * @return the deleted key-values; empty unless prev-kv was asked for
     */
    public List<KeyValue> prevKvs() {
        return prevKvs;
    }

    @Override
    public String toString() {
        return "DeleteResponse{header=" + header + ", deleted=" + deleted + ", prevKvs=" + prevKvs + "}";
    }
}
