package io.etcdj.kv;

import io.etcdj.KeyValue;
import io.etcdj.ResponseHeader;
import java.util.Optional;

/** The result of a put ({@code PutResponse}). Immutable. */
public final class PutResponse implements OpResponse {
    private final ResponseHeader header;
    private final KeyValue prevKv;

    /**
     * Makes a put result.
     *
     * @param header the response header; its revision is the put's revision; not null
     * @param prevKv the key-value before the put, or null
     */
    public PutResponse(ResponseHeader header, KeyValue prevKv) {
        this.header = header;
        this.prevKv = prevKv;
    }

    @Override
    public ResponseHeader header() {
        return header;
    }

    /**
     * The key-value before the put.
     *
     * @return the key-value before the put; empty unless prev-kv was asked for and the key existed
     */
    public Optional<KeyValue> prevKv() {
        return Optional.ofNullable(prevKv);
    }

    @Override
    public String toString() {
        return "PutResponse{header=" + header + ", prevKv=" + prevKv + "}";
    }
}
