package io.etcdj.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.options.PutOption;
import io.etcdj.EtcdClient;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Op;
import io.etcdj.kv.Txn;

/**
 * {@code txn-put}: one transaction per request, without compares, whose success branch puts
 * {@code ops} consecutive keys, like etcd's {@code benchmark txn-put --txn-ops}.
 */
final class TxnPutWorkload implements Workload {
    private final int ops;

    TxnPutWorkload(int ops) {
        if (ops < 1) {
            throw new IllegalArgumentException("--txn-ops must be at least 1, got " + ops);
        }
        this.ops = ops;
    }

    @Override
    public String name() {
        return "txn-put";
    }

    @Override
    public Request etcdj(EtcdClient client, Keys keys) {
        requireSpace(keys);
        AsyncKv kv = client.async().kv();
        byte[] value = keys.value();
        return seq -> {
            Op[] puts = new Op[ops];
            for (int i = 0; i < ops; i++) {
                puts[i] = Op.put(keys.key(seq * ops + i), value);
            }
            return kv.txn(Txn.builder().then(puts).build());
        };
    }

    @Override
    public Request jetcd(io.etcd.jetcd.Client client, Keys keys) {
        requireSpace(keys);
        KV kv = client.getKVClient();
        ByteSequence[] k = keys.jetcdKeys();
        ByteSequence value = ByteSequence.from(keys.value());
        return seq -> {
            io.etcd.jetcd.op.Op[] puts = new io.etcd.jetcd.op.Op[ops];
            for (int i = 0; i < ops; i++) {
                puts[i] = io.etcd.jetcd.op.Op.put(k[keys.index(seq * ops + i)], value, PutOption.DEFAULT);
            }
            return kv.txn().Then(puts).commit();
        };
    }

    @Override
    public void verify(EtcdClient etcd, Keys keys, long requests) {
        Verify.written(etcd, keys, requests * ops);
    }

    private void requireSpace(Keys keys) {
        if (keys.space() < ops) {
            throw new IllegalArgumentException("--key-space " + keys.space() + " is smaller than --txn-ops " + ops
                    + ": a txn may not put the same key twice");
        }
    }
}
