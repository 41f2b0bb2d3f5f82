package io.etcdj.cli.internal;

import io.etcdj.kv.DeleteResponse;
import io.etcdj.kv.GetResponse;
import io.etcdj.kv.PutResponse;
import io.etcdj.kv.TxnResponse;

/**
 * A format etcdctl accepts in general but not for key-value responses ({@code table}): like
 * etcdctl, the request runs and printing its response fails with exit code 4.
 */
final class UnsupportedPrinter implements Printer {
    private final String name;

    UnsupportedPrinter(String name) {
        this.name = name;
    }

    private CliExit fail() {
        return new CliExit(ExitCodes.BAD_FEATURE, name + " not supported as output format");
    }

    @Override
    public void get(GetResponse r) {
        throw fail();
    }

    @Override
    public void put(PutResponse r) {
        throw fail();
    }

    @Override
    public void del(DeleteResponse r) {
        throw fail();
    }

    @Override
    public void txn(TxnResponse r) {
        throw fail();
    }
}
