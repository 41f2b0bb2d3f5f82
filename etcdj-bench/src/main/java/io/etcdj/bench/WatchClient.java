package io.etcdj.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.options.WatchOption;
import io.etcdj.EtcdClient;
import io.etcdj.exception.EtcdException;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchListener;
import io.etcdj.watch.WatchOptions;
import io.etcdj.watch.WatchResponse;
import java.time.Duration;
import java.util.List;

/**
 * One client library's side of the watch workload: one client instance holding one watch per key
 * of the workload's {@link Keys} (watcher {@code i} on key {@code i}), each reporting to a
 * {@link WatchSink}. Each listener reads the event's value the library's usual way, as a caller
 * would ({@code value()} for etcdj, {@code getValue().getBytes()} for jetcd).
 */
abstract class WatchClient implements AutoCloseable {
    private final String name;

    WatchClient(String name) {
        this.name = name;
    }

    /** @return the library's name in reports */
    final String name() {
        return name;
    }

    /**
     * Opens the watches and returns at once; each reports to {@link WatchSink#confirmed} when etcd
     * has confirmed it.
     *
     * @param keys the keys to watch, one watcher each
     * @param sink where the watchers report
     * @param confirmTimeout how long etcd may take to confirm a watch
     */
    abstract void open(Keys keys, WatchSink sink, Duration confirmTimeout);

    @Override
    public abstract void close();

    /**
     * @param name {@code etcdj} or {@code jetcd}
     * @param endpoints the etcd endpoints
     * @return a new client of that library, its defaults unchanged
     */
    static WatchClient create(String name, List<String> endpoints) {
        return switch (name) {
            case "etcdj" -> new Etcdj(endpoints);
            case "jetcd" -> new Jetcd(endpoints);
            default -> throw new IllegalArgumentException("no watch workload for client " + name);
        };
    }

    /** etcdj: {@code async().watch()}, confirmation from {@code Watcher.created()}. */
    static final class Etcdj extends WatchClient {
        private final EtcdClient client;

        Etcdj(List<String> endpoints) {
            super("etcdj");
            client = EtcdClient.builder().endpoints(endpoints).build();
        }

        @Override
        void open(Keys keys, WatchSink sink, Duration confirmTimeout) {
            WatchOptions options = WatchOptions.builder().timeout(confirmTimeout).build();
            for (int i = 0; i < keys.space(); i++) {
                int watcher = i;
                WatchListener listener = new WatchListener() {
                    @Override
                    public void onNext(WatchResponse response) {
                        for (WatchEvent e : response.events()) {
                            sink.event(watcher, e.type() == WatchEvent.Type.PUT, e.keyValue().value());
                        }
                    }

                    @Override
                    public void onError(EtcdException error) {
                        sink.error("etcdj watcher " + watcher + ": " + error);
                    }
                };
                client.async().watch().watch(keys.key(i), options, listener).created().whenComplete((rev, t) -> {
                    if (t == null) {
                        sink.confirmed(watcher);
                    } else {
                        sink.error("etcdj watcher " + watcher + " not created: " + t);
                    }
                });
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }

    /**
     * jetcd 0.8.7: {@code getWatchClient().watch(key, option, listener)}; with
     * {@code withCreateNotify(true)} its listener receives etcd's created response
     * ({@code isCreatedNotify()}), which is the confirmation.
     */
    static final class Jetcd extends WatchClient {
        private final io.etcd.jetcd.Client client;

        Jetcd(List<String> endpoints) {
            super("jetcd");
            client = io.etcd.jetcd.Client.builder().endpoints(endpoints.toArray(String[]::new)).build();
        }

        @Override
        void open(Keys keys, WatchSink sink, Duration confirmTimeout) {
            // jetcd has no confirmation timeout of its own: WatchBench waits confirmTimeout for all
            WatchOption option = WatchOption.builder().withCreateNotify(true).build();
            io.etcd.jetcd.Watch watch = client.getWatchClient();
            ByteSequence[] k = keys.jetcdKeys();
            for (int i = 0; i < k.length; i++) {
                int watcher = i;
                watch.watch(k[i], option, new io.etcd.jetcd.Watch.Listener() {
                    @Override
                    public void onNext(io.etcd.jetcd.watch.WatchResponse response) {
                        if (response.isCreatedNotify()) {
                            sink.confirmed(watcher);
                            return;
                        }
                        for (io.etcd.jetcd.watch.WatchEvent e : response.getEvents()) {
                            sink.event(watcher, e.getEventType() == io.etcd.jetcd.watch.WatchEvent.EventType.PUT,
                                    e.getKeyValue().getValue().getBytes());
                        }
                    }

                    @Override
                    public void onError(Throwable error) {
                        sink.error("jetcd watcher " + watcher + ": " + error);
                    }

                    @Override
                    public void onCompleted() {
                    }
                });
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
