package io.etcdj.kv;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * The result of a transaction ({@code TxnResponse} of etcd's {@code Txn} RPC): which branch ran
 * and each operation's result. Immutable.
 *
 * <p>{@link #responses()} holds one result per operation of the branch that ran, in the branch's
 * order. The typed accessors ({@link #getResponse(int)}, {@link #putResponse(int)},
 * {@link #deleteResponse(int)}, {@link #txnResponse(int)}) spare a cast when the caller knows the
 * kind of operation at an index:
 *
 * <pre>{@code
 * TxnResponse r = etcd.kv().txn(Txn.builder()
 *     .when(Cmp.version("k").equalTo(0))
 *     .then(Op.put("k", "v"))
 *     .otherwise(Op.get("k"))
 *     .build());
 * String current = r.succeeded() ? "v" : r.getResponse(0).first().orElseThrow().valueAsString();
 * }</pre>
 *
 * <p>Every nested result carries this response's cluster id, member id and raft term, with the
 * revision etcd reports for that operation (see {@link OpResponse#header()}).
 */
public final class TxnResponse implements OpResponse {
    private final ResponseHeader header;
    private final boolean succeeded;
    private final List<OpResponse> responses;

    /**
     * Makes a txn result.
     *
     * @param header the response header; not null
     * @param succeeded true when every compare held and the then-branch ran
     * @param responses the results of the branch that ran, in order; not null (copied)
     */
    public TxnResponse(ResponseHeader header, boolean succeeded, List<OpResponse> responses) {
        this.header = header;
        this.succeeded = succeeded;
        this.responses = List.copyOf(responses);
    }

    /**
     * The header of the txn: cluster id, answering member, the store's revision after the txn (the
     * revision of its writes, if any) and raft term.
     *
     * @return the header; never null
     */
    @Override
    public ResponseHeader header() {
        return header;
    }

    /**
     * Which branch ran.
     *
     * @return true when every compare held and the then-branch ran; false for the else-branch
     */
    public boolean succeeded() {
        return succeeded;
    }

    /**
     * The results of the branch that ran.
     *
     * @return one result per operation, in the branch's order; empty when the branch had none
     */
    public List<OpResponse> responses() {
        return responses;
    }

    /**
     * The result of the get at an index of the branch that ran.
     *
     * @param index a position in {@code [0, responses().size())}
     * @return that operation's result
     * @throws IllegalStateException when the operation there was not a get (the message names the
     *     index and the kind it was)
     * @throws IndexOutOfBoundsException when the branch had no operation at that index
     */
    public GetResponse getResponse(int index) {
        return as(index, GetResponse.class);
    }

    /**
     * The result of the put at an index of the branch that ran.
     *
     * @param index a position in {@code [0, responses().size())}
     * @return that operation's result
     * @throws IllegalStateException when the operation there was not a put (the message names the
     *     index and the kind it was)
     * @throws IndexOutOfBoundsException when the branch had no operation at that index
     */
    public PutResponse putResponse(int index) {
        return as(index, PutResponse.class);
    }

    /**
     * The result of the delete at an index of the branch that ran.
     *
     * @param index a position in {@code [0, responses().size())}
     * @return that operation's result
     * @throws IllegalStateException when the operation there was not a delete (the message names
     *     the index and the kind it was)
     * @throws IndexOutOfBoundsException when the branch had no operation at that index
     */
    public DeleteResponse deleteResponse(int index) {
        return as(index, DeleteResponse.class);
    }

    /**
     * The result of the nested txn at an index of the branch that ran.
     *
     * @param index a position in {@code [0, responses().size())}
     * @return that operation's result
     * @throws IllegalStateException when the operation there was not a nested txn (the message
     *     names the index and the kind it was)
     * @throws IndexOutOfBoundsException when the branch had no operation at that index
     */
    public TxnResponse txnResponse(int index) {
        return as(index, TxnResponse.class);
    }

    private <T extends OpResponse> T as(int index, Class<T> kind) {
        OpResponse r = responses.get(index);
        if (!kind.isInstance(r)) {
            throw new IllegalStateException("operation " + index + " of the " + (succeeded ? "then" : "else")
                    + "-branch was a " + kindOf(r) + ", not a " + kindOf(kind));
        }
        return kind.cast(r);
    }

    private static String kindOf(OpResponse r) {
        return kindOf(r.getClass());
    }

    private static String kindOf(Class<?> kind) {
        if (kind == GetResponse.class) {
            return "get";
        }
        if (kind == PutResponse.class) {
            return "put";
        }
        return kind == DeleteResponse.class ? "delete" : "txn";
    }

    @Override
    public String toString() {
        return "TxnResponse{header=" + header + ", succeeded=" + succeeded + ", responses=" + responses + "}";
    }
}
