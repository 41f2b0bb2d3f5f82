package io.etcdj.kv;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * The result of a transaction ({@code TxnResponse}): which branch ran and each operation's
 * result. Immutable.
 */
public final class TxnResponse implements OpResponse {
    private final ResponseHeader header;
    private final boolean succeeded;
    private final List<OpResponse> responses;

    /**
     * @param header the response header; not null
     * @param succeeded true when every compare held and the then-branch ran
     * @param responses the results of the branch that ran, in order; not null (copied)
     */
    public TxnResponse(ResponseHeader header, boolean succeeded, List<OpResponse> responses) {
        this.header = header;
        this.succeeded = succeeded;
        this.responses = List.copyOf(responses);
    }

    @Override
    public ResponseHeader header() {
        return header;
    }

    /** @return true when every compare held and the then-branch ran; false for the else-branch */
    public boolean succeeded() {
        return succeeded;
    }

    /** @return the results of the branch that ran, one per operation, in order */
    public List<OpResponse> responses() {
        return responses;
    }

    /**
     * @param index a position in the branch
     * @return that operation's result as a read
     * @throws ClassCastException when that operation was not a get
     * @throws IndexOutOfBoundsException when the branch had no such operation
     */
    public GetResponse getResponse(int index) {
        return (GetResponse) responses.get(index);
    }

    @Override
    public String toString() {
        return "TxnResponse{header=" + header + ", succeeded=" + succeeded + ", responses=" + responses + "}";
    }
}
