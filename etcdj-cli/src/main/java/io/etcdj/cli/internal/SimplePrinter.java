package io.etcdj.cli.internal;

import io.etcdj.KeyValue;
import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.OpResponse;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.TxnResponse;
import java.nio.charset.StandardCharsets;

/**
 * etcdctl's {@code simple} format: keys and values as raw bytes on lines of their own, {@code OK}
 * for a put, the deleted count for a delete, {@code SUCCESS}/{@code FAILURE} for a txn. With
 * {@code --hex}, keys and values are written as {@code \xNN} escapes of every byte.
 */
final class SimplePrinter implements Printer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Out out;
    private final boolean hex;
    private final boolean valueOnly;

    SimplePrinter(Out out, boolean hex, boolean valueOnly) {
        this.out = out;
        this.hex = hex;
        this.valueOnly = valueOnly;
    }

    @Override
    public void get(GetResponse r) {
        for (KeyValue kv : r.kvs()) {
            printKv(kv);
        }
    }

    @Override
    public void put(PutResponse r) {
        out.println("OK");
        r.prevKv().ifPresent(this::printKv);
    }

    @Override
    public void del(DeleteResponse r) {
        out.println(Long.toString(r.deleted()));
        for (KeyValue kv : r.prevKvs()) {
            printKv(kv);
        }
    }

    @Override
    public void txn(TxnResponse r) {
        out.println(r.succeeded() ? "SUCCESS" : "FAILURE");
        for (OpResponse op : r.responses()) {
            out.println("");
            if (!op(op)) {
                out.println("unexpected response " + op);
            }
        }
    }

    void printKv(KeyValue kv) {
        if (!valueOnly) {
            out.println(bytes(kv.key()));
        }
        out.println(bytes(kv.value()));
    }

    private byte[] bytes(byte[] raw) {
        if (!hex) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length * 4);
        for (byte b : raw) {
            sb.append("\\x").append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
