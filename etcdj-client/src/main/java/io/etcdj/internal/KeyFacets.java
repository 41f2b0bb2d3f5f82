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

/**
 * The facets whose calls name keys: a client's own ({@link ClientRuntime}) or a namespace view's
 * ({@link NamespaceView}). The other facets (cluster, maintenance) are the client's in any view.
 */
public interface KeyFacets {
    /** @return the blocking KV facet */
    Kv kv();

    /** @return the async KV facet */
    AsyncKv asyncKv();

    /** @return the blocking watch facet */
    Watch watch();

    /** @return the async watch facet */
    AsyncWatch asyncWatch();

    /** @return the blocking lease facet */
    Leases leases();

    /** @return the async lease facet */
    AsyncLeases asyncLeases();

    /** @return the blocking lock facet */
    Locks locks();

    /** @return the async lock facet */
    AsyncLocks asyncLocks();

    /** @return the blocking election facet */
    Elections elections();

    /** @return the async election facet */
    AsyncElections asyncElections();
}
