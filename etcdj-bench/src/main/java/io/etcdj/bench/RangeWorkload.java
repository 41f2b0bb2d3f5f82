package io.etcdj.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.options.GetOption;
import io.etcdj.EtcdClient;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.GetOptions;
import java.util.concurrent.CompletableFuture;

/**
 * {@code range}: one single-key read per request, of key {@code seq % key-space}, from keys
 * written before the run, linearizable ({@code l}) or serializable ({@code s}) as etcd's
 * {@code benchmark range --consistency}. A response without exactly the expected key-value counts
 * as an error. Each client hands the value's bytes to the caller as its API does ({@code value()}
 * for etcdj, {@code getValue().getBytes()} for jetcd), since reading the value is what a get is for.
 */
final class RangeWorkload implements Workload {
    private final boolean serializable;

    RangeWorkload(boolean serializable) {
        this.serializable = serializable;
    }

    @Override
    public String name() {
        return serializable ? "range-s" : "range-l";
    }

    @Override
    public String keyTag(String client) {
        return "r/"; // every client reads the same keys
    }

    @Override
    public void prepare(EtcdClient etcd, Keys keys, String client) {
        Verify.fill(etcd, keys);
    }

    @Override
    public Request etcdj(EtcdClient client, Keys keys) {
        AsyncKv kv = client.async().kv();
        GetOptions options = serializable ? GetOptions.builder().serializable().build() : GetOptions.DEFAULT;
        int size = keys.value().length;
        return seq -> kv.get(keys.key(seq), options).thenApply(r -> {
            if (r.size() != 1 || r.get(0).value().length != size) {
                throw new IllegalStateException("unexpected range response " + r);
            }
            return r;
        });
    }

    @Override
    public Request jetcd(io.etcd.jetcd.Client client, Keys keys) {
        KV kv = client.getKVClient();
        ByteSequence[] k = keys.jetcdKeys();
        GetOption options = GetOption.builder().withSerializable(serializable).build();
        int size = keys.value().length;
        return seq -> {
            CompletableFuture<io.etcd.jetcd.kv.GetResponse> f = kv.get(k[keys.index(seq)], options);
            return f.thenApply(r -> {
                if (r.getKvs().size() != 1 || r.getKvs().get(0).getValue().getBytes().length != size) {
                    throw new IllegalStateException("unexpected range response, " + r.getKvs().size() + " kvs");
                }
                return r;
            });
        };
    }

    @Override
    public String goOperation() {
        return serializable ? null : "get"; // gobench's get is clientv3's default, linearizable
    }
}
