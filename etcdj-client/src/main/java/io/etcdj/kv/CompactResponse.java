package io.etcdj.kv;

import io.etcdj.ResponseHeader;

/** The result of a compaction ({@code CompactionResponse}). Immutable. */
public final class CompactResponse {
    private final ResponseHeader header;

    /**
     * Makes a compaction result.
     *
     * @param header the response header; not null
     */
    public CompactResponse(ResponseHeader header) {
        this.header = header;
    }

    /**
     * The response header.
     *
     * @return the response header
     */
    public ResponseHeader header() {
        return header;
    }

    @Override
    public String toString() {
        return "CompactResponse{header=" + header + "}";
    }
}
