package io.etcdj.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcdj.EtcdClient;
import io.etcdj.kv.AsyncKv;

/** {@code put}: one put per request, of key {@code seq % key-space}, like etcd's {@code benchmark put}. */
final class PutWorkload implements Workload {
    @Override
    public String name() {
        return "put";
    }

    @Override
    public Request etcdj(EtcdClient client, Keys keys) {
        AsyncKv kv = client.async().kv();
        byte[] value = keys.value();
        return seq -> kv.put(keys.key(seq), value);
    }

    @Override
    public Request jetcd(io.etcd.jetcd.Client client, Keys keys) {
        KV kv = client.getKVClient();
        ByteSequence[] k = keys.jetcdKeys();
        ByteSequence value = ByteSequence.from(keys.value());
        return seq -> kv.put(k[keys.index(seq)], value);
    }

    @Override
    public String goOperation() {
        return "put";
    }

    @Override
    public void verify(EtcdClient etcd, Keys keys, long requests) {
        Verify.written(etcd, keys, requests);
    }
}
