package io.etcdj.bench;

import io.etcdj.EtcdClient;
import io.etcdj.KeyValue;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.GetResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/** Writing a key space before a run and reading it back after one, through etcdj. */
final class Verify {
    private static final int WINDOW = 64;

    private Verify() {
    }

    /**
     * Puts every key of the space with the value, 64 requests in flight.
     *
     * @param etcd the client
     * @param keys the key space
     */
    static void fill(EtcdClient etcd, Keys keys) {
        fill(etcd, keys.space(), keys::key, keys.value());
    }

    /**
     * Puts keys {@code 0 .. count-1} with the value, 64 requests in flight.
     *
     * @param etcd the client
     * @param count how many keys
     * @param key the key of each index
     * @param value the value
     */
    static void fill(EtcdClient etcd, int count, IntFunction<byte[]> key, byte[] value) {
        Semaphore window = new Semaphore(WINDOW);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            for (int i = 0; i < count && failure.get() == null; i++) {
                if (!window.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("filling the key space timed out");
                }
                CompletableFuture<?> f = etcd.async().kv().put(key.apply(i), value);
                f.whenComplete((r, t) -> {
                    if (t != null) {
                        failure.compareAndSet(null, t);
                    }
                    window.release();
                });
            }
            if (!window.tryAcquire(WINDOW, 30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("filling the key space timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while filling the key space", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("filling the key space failed: " + failure.get(), failure.get());
        }
    }

    /**
     * Checks that the keys a write run used exist with the run's value.
     *
     * @param etcd the client
     * @param keys the key space of the run
     * @param writes how many keys the run wrote, counting repeats
     */
    static void written(EtcdClient etcd, Keys keys, long writes) {
        GetResponse r = etcd.kv().get(keys.tag(), GetOptions.builder().prefix().build());
        long expected = Math.min(writes, keys.space());
        if (r.size() != expected) {
            throw new IllegalStateException("expected " + expected + " keys under '" + keys.tag() + "', found "
                    + r.size());
        }
        for (KeyValue kv : r) {
            int index = Integer.parseInt(new String(kv.key(), keys.tag().length(),
                    kv.key().length - keys.tag().length(), StandardCharsets.US_ASCII));
            if (!Arrays.equals(kv.key(), keys.key(index)) || !Arrays.equals(kv.value(), keys.value())) {
                throw new IllegalStateException("unexpected key-value " + kv);
            }
        }
    }
}
