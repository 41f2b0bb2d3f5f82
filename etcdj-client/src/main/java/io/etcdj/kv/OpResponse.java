package io.etcdj.kv;

import io.etcdj.ResponseHeader;

/**
 * The result of one operation of a transaction ({@code ResponseOp}): a {@link GetResponse},
 * {@link PutResponse}, {@link DeleteResponse} or nested {@link TxnResponse}, in the order of the
 * branch's operations.
 */
public sealed interface OpResponse permits GetResponse, PutResponse, DeleteResponse, TxnResponse {
    /** @return the response header (inside a txn, the txn's header) */
    ResponseHeader header();
}
