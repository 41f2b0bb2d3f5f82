package io.etcdj.kv;

import io.etcdj.ResponseHeader;

/**
 * The result of one operation of a transaction ({@code ResponseOp}): a {@link GetResponse},
 * {@link PutResponse}, {@link DeleteResponse} or nested {@link TxnResponse}, in the order of the
 * branch's operations. {@link TxnResponse#getResponse(int)} and its siblings give them typed.
 */
public sealed interface OpResponse permits GetResponse, PutResponse, DeleteResponse, TxnResponse {
    /**
     * The response header: cluster id, answering member's id, revision and raft term, all set.
     *
     * <p>Inside a transaction, every result (nested ones at any depth included) carries the
     * cluster id, member id and raft term of the whole transaction's header
     * ({@link TxnResponse#header()}), and the revision etcd reports for that operation: the
     * store's revision the operation saw. That is the transaction's revision for a write and for
     * anything after the transaction's first write, and the revision before the transaction for a
     * read that ran before its first write (etcd's own per-operation headers carry only this
     * revision; etcdj fills in the rest).
     *
     * @return the header; never null
     */
    ResponseHeader header();
}
