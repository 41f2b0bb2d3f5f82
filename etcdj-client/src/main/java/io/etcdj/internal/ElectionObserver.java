package io.etcdj.internal;

import io.etcdj.KeyValue;
import io.etcdj.election.ElectionListener;
import io.etcdj.election.Observation;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.GetOptions;
import io.etcdj.kv.SortOrder;
import io.etcdj.kv.SortTarget;
import io.etcdj.watch.AsyncWatch;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.WatchResponse;
import io.etcdj.watch.Watcher;
import java.util.Arrays;

/**
 * Observes an election: reads the leader (the lowest create revision under the prefix) and
 * watches its key; a put there is a proclaimed value, a delete means the next candidate leads.
 * With no candidate it watches the prefix for the first one. Each leader and value is told once.
 */
final class ElectionObserver implements Observation {
    private final AsyncKv kv;
    private final AsyncWatch watch;
    private final String prefix;
    private final ElectionListener listener;
    private final SerialExecutor delivery;
    private volatile Watcher current;
    private volatile boolean closed;
    private byte[] lastKey;
    private long lastModRevision;

    ElectionObserver(AsyncKv kv, AsyncWatch watch, String name, ElectionListener listener, java.util.concurrent.Executor executor) {
        this.delivery = new SerialExecutor(executor);
        this.kv = kv;
        this.watch = watch;
        this.prefix = name + "/";
        this.listener = listener;
    }

    void start() {
        findLeader();
    }

    private void findLeader() {
        if (closed) {
            return;
        }
        kv.get(prefix, GetOptions.builder().prefix().sort(SortTarget.CREATE, SortOrder.ASCEND).limit(1).build())
                .whenComplete((r, error) -> {
                    if (error != null) {
                        fail(error);
                    } else if (r.first().isPresent()) {
                        follow(r.first().get());
                    } else {
                        awaitCandidate(r.header().revision() + 1);
                    }
                });
    }

    /** No candidate: the first key created under the prefix leads. */
    private void awaitCandidate(long fromRevision) {
        watchFrom(prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8), WatchOptions.builder().prefix()
                .startRevision(fromRevision).noDelete().build(), r -> {
                    if (!r.events().isEmpty()) {
                        stopWatch();
                        findLeader(); // the lowest create revision leads, which a read tells for sure
                    }
                });
    }

    /** Tells the leader, then follows its key until it is deleted. */
    private void follow(KeyValue leader) {
        tell(leader);
        watchFrom(leader.key(), WatchOptions.builder().startRevision(leader.modRevision() + 1).build(), r -> {
            for (WatchEvent e : r.events()) {
                if (e.type() == WatchEvent.Type.DELETE) {
                    stopWatch();
                    findLeader();
                    return;
                }
                tell(e.keyValue());
            }
        });
    }

    private synchronized void tell(KeyValue leader) {
        if (closed || (Arrays.equals(leader.key(), lastKey) && leader.modRevision() == lastModRevision)) {
            return;
        }
        lastKey = leader.key();
        lastModRevision = leader.modRevision();
        delivery.execute(() -> listener.onLeader(leader)); // never on an I/O thread

    }

    private void watchFrom(byte[] key, WatchOptions options, WatchListener onEvents) {
        if (closed) {
            return;
        }
        current = watch.watch(key, options, new WatchListener() {
            @Override
            public void onNext(WatchResponse response) {
                onEvents.onNext(response);
            }

            @Override
            public void onError(EtcdException error) {
                fail(error);
            }
        });
        if (closed) {
            stopWatch();
        }
    }

    private void stopWatch() {
        Watcher w = current;
        if (w != null) {
            w.close();
        }
    }

    private void fail(Throwable error) {
        if (closed) {
            return;
        }
        closed = true;
        stopWatch();
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        EtcdException e = ErrorMapper.wrap(cause, io.etcdj.exception.Outcome.NOT_APPLIED);
        delivery.execute(() -> listener.onError(e));
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        stopWatch();
    }
}
