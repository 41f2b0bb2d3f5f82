package io.etcdj.cli.internal;

import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.OpResponse;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.TxnResponse;

/**
 * Writes a key-value response in one of etcdctl's output formats ({@code -w}/{@code --write-out}).
 */
public interface Printer {
    /** @param r the response of a get */
    void get(GetResponse r);

    /** @param r the response of a put */
    void put(PutResponse r);

    /** @param r the response of a delete */
    void del(DeleteResponse r);

    /** @param r the response of a txn */
    void txn(TxnResponse r);

    /**
     * Prints one operation's result inside a txn response as the matching command would.
     *
     * @param op the result of a get, put or delete, or a nested txn
     * @return false for a nested txn, which each format prints its own way
     */
    default boolean op(OpResponse op) {
        if (op instanceof GetResponse g) {
            get(g);
        } else if (op instanceof PutResponse p) {
            put(p);
        } else if (op instanceof DeleteResponse d) {
            del(d);
        } else {
            return false;
        }
        return true;
    }

    /**
     * Chooses the printer for a {@code --write-out} value, as etcdctl does.
     *
     * @param format the {@code --write-out} value
     * @param hex the {@code --hex} flag (used by the simple format only)
     * @param valueOnly the get command's {@code --print-value-only} (simple format only)
     * @param out standard output
     * @return the printer
     * @throws CliExit (exit code 4) for a format etcdj does not know
     */
    static Printer of(String format, boolean hex, boolean valueOnly, Out out) {
        switch (format) {
            case "simple":
                return new SimplePrinter(out, hex, valueOnly);
            case "json":
                return new JsonPrinter(out);
            case "fields":
                return new FieldsPrinter(out);
            case "table":
                return new UnsupportedPrinter("table");
            case "protobuf":
                return new ProtobufPrinter(out);
            default:
                throw new CliExit(ExitCodes.BAD_FEATURE, "unsupported output format");
        }
    }
}
