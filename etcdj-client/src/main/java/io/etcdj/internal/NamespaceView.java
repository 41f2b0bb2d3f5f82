package io.etcdj.internal;

import io.etcdj.election.AsyncElections;
import io.etcdj.election.Elections;
import io.etcdj.kv.AsyncKv;
import io.etcdj.kv.Kv;
import io.etcdj.lease.AsyncLeases;
import io.etcdj.lease.Leases;
import io.etcdj.lock.AsyncLocks;
import io.etcdj.lock.Locks;
import io.etcdj.watch.AsyncWatch;
import io.etcdj.watch.Watch;
import java.time.Duration;

/**
 * The key facets of a namespace view: the client's own implementations, given mappers that
 * prefix keys and strip the prefix from results, over the client's pipeline, watch engine (one
 * watch stream for all views), keep-alive engine and session registry. A view owns nothing; it
 * lives as long as its client.
 */
public final class NamespaceView implements KeyFacets {
    private final KeyPrefix prefix;
    private final AsyncKv asyncKv;
    private final Kv kv;
    private final AsyncWatch asyncWatch;
    private final Watch watch;
    private final AsyncLeases asyncLeases;
    private final Leases leases;
    private final AsyncLocks asyncLocks;
    private final Locks locks;
    private final AsyncElections asyncElections;
    private final Elections elections;

    NamespaceView(ClientRuntime root, WatchEngine watchEngine, LeasesImpl rootLeases, LocksImpl rootLocks,
            KeyPrefix prefix) {
        this.prefix = prefix;
        ClientConfig config = root.config();
        Duration timeout = config.requestTimeout();
        asyncKv = new KvImpl(root.pipeline(), new KvMapper(config.charset(), prefix));
        kv = Blocking.of(Kv.class, asyncKv, timeout);
        asyncWatch = new WatchImpl(watchEngine, new WatchMapper(config.charset(), prefix), root.scheduler());
        watch = Blocking.of(Watch.class, asyncWatch, timeout);
        asyncLeases = new LeasesImpl(rootLeases, prefix);
        leases = Blocking.of(Leases.class, asyncLeases, timeout);
        KeyQueue queue = new KeyQueue(asyncKv, asyncWatch, root.scheduler());
        asyncLocks = new LocksImpl(rootLocks, asyncKv, asyncWatch, asyncLeases, queue, prefix);
        locks = Blocking.of(Locks.class, asyncLocks, timeout);
        asyncElections = new ElectionsImpl(root.pipeline(), config.charset(), asyncKv, asyncWatch, asyncLeases, queue,
                timeout, root.listenerExecutor(), prefix);
        elections = Blocking.of(Elections.class, asyncElections, timeout);
    }

    /** @return the view's prefix, relative to the root client */
    public KeyPrefix prefix() {
        return prefix;
    }

    @Override
    public Kv kv() {
        return kv;
    }

    @Override
    public AsyncKv asyncKv() {
        return asyncKv;
    }

    @Override
    public Watch watch() {
        return watch;
    }

    @Override
    public AsyncWatch asyncWatch() {
        return asyncWatch;
    }

    @Override
    public Leases leases() {
        return leases;
    }

    @Override
    public AsyncLeases asyncLeases() {
        return asyncLeases;
    }

    @Override
    public Locks locks() {
        return locks;
    }

    @Override
    public AsyncLocks asyncLocks() {
        return asyncLocks;
    }

    @Override
    public Elections elections() {
        return elections;
    }

    @Override
    public AsyncElections asyncElections() {
        return asyncElections;
    }
}
