package io.etcdj.internal;

import io.etcdj.exception.ClientClosedException;
import io.etcdj.exception.ConnectionException;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.RevisionCompactedException;
import io.etcdj.exception.WatchTimeoutException;
import io.etcdj.grpc.Event;
import io.etcdj.grpc.WatchCreateRequest;
import io.etcdj.grpc.WatchRequest;
import io.etcdj.grpc.WatchResponse;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.watch.WatchEvent;
import io.etcdj.watch.WatchListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch engine: every watch of a client on one stream of the stream layer, multiplexed by
 * watch ids the client chooses. On each new stream it re-creates every watch from the revision
 * after the last one it delivered; it drops events at or below that revision (a resumed or
 * buggy server may repeat them), reassembles fragmented revisions, and ends a watch whose
 * revision was compacted with the compact revision etcd reports. etcd's require-leader header is
 * sent, so a member cut off from its leader ends the stream instead of going silent.
 *
 * <p>Progress notifications are passed on but never move a watch's resume revision: etcd 3.4.23
 * can send one ahead of events at lower revisions (etcd issue 15220).
 */
final class WatchEngine implements ReconnectingStream.Owner<WatchRequest, WatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(WatchEngine.class);
    /** etcd's watch id of a response to a progress request, meant for every watch of the stream. */
    private static final long ALL_WATCHES = -1;

    private final ClientRuntime runtime;
    private final WatchMapper mapper;
    private final long defaultTimeoutNanos;
    private final Object lock = new Object();
    private final Map<Long, WatchState> watches = new TreeMap<>();
    /** Watches whose create request went out on the current stream and is not answered yet, in send order. */
    private final ArrayDeque<WatchState> pendingCreates = new ArrayDeque<>();
    private ReconnectingStream<WatchRequest, WatchResponse> stream;
    private boolean open;
    private boolean closed;
    private long lastId;
    private int opens;

    WatchEngine(ClientRuntime runtime, WatchMapper mapper, Duration defaultTimeout) {
        this.runtime = runtime;
        this.mapper = mapper;
        this.defaultTimeoutNanos = defaultTimeout.toNanos();
    }

    WatchState add(WatchCreateRequest template, WatchMapper events, long chosenId, long startRevision,
            Duration timeout, WatchListener listener) {
        WatchState state;
        synchronized (lock) {
            if (closed) {
                throw ErrorMapper.closed(Outcome.NOT_APPLIED);
            }
            long id = chosenId;
            if (id == 0) {
                do {
                    id = ++lastId;
                } while (watches.containsKey(id));
            } else if (watches.containsKey(id)) {
                throw Checks.invalid("watch id " + id + " is in use by another watch of this client");
            }
            state = new WatchState(id, template, events, startRevision, Checks.notNull(listener, "listener"),
                    new SerialExecutor(runtime.listenerExecutor()), this);
            watches.put(id, state);
            if (stream == null) {
                stream = runtime.stream("watch", Rpcs.WATCH, Map.of("hasleader", "true"), this);
                stream.start();
            } else if (open) {
                pendingCreates.add(state);
                stream.send(WatchMapper.create(template, id, startRevision));
            }
        }
        long timeoutNanos = timeout != null ? timeout.toNanos() : defaultTimeoutNanos;
        try {
            runtime.scheduler().schedule(() -> {
                if (!state.isCreated() && !state.isClosed()) {
                    remove(state, true);
                    state.fail(new WatchTimeoutException("etcd did not confirm watch " + state.id + " within "
                            + Duration.ofNanos(timeoutNanos), null));
                }
            }, timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            remove(state, false);
            state.fail(ErrorMapper.closed(Outcome.NOT_APPLIED));
        }
        return state;
    }

    /** The caller closed a watch. */
    void cancel(WatchState state) {
        remove(state, true);
        state.complete();
    }

    private void remove(WatchState state, boolean tellEtcd) {
        synchronized (lock) {
            if (watches.remove(state.id) != state) {
                return;
            }
            if (tellEtcd && open) {
                stream.send(WatchMapper.cancel(state.id));
            }
        }
    }

    CompletableFuture<Void> requestProgress() {
        if (runtime.config().transport() == io.etcdj.EtcdTransport.HTTP_JSON) {
            return CompletableFuture.failedFuture(new EtcdException(ErrorCode.UNIMPLEMENTED, Outcome.NOT_APPLIED,
                    "progress requests need every watch on one server stream, which etcd's HTTP/JSON gateway cannot "
                            + "give (each watch is its own HTTP request); use the gRPC transport, or watch with "
                            + "progress notifications", null));
        }
        synchronized (lock) {
            if (open && stream.send(WatchMapper.progress())) {
                return CompletableFuture.completedFuture(null);
            }
        }
        return CompletableFuture.failedFuture(new ConnectionException(ErrorCode.UNAVAILABLE, Outcome.NOT_APPLIED,
                "the watch stream is not open (no watch, or it is reconnecting)", null));
    }

    @Override
    public void opened(EndpointAddress endpoint) {
        long from = Long.MAX_VALUE;
        int n;
        synchronized (lock) {
            if (closed) {
                return;
            }
            open = true;
            opens++;
            n = watches.size();
            pendingCreates.clear();
            for (WatchState w : watches.values()) {
                w.fragments = null;
                pendingCreates.add(w);
                stream.send(WatchMapper.create(w.template, w.id, w.nextRevision));
                if (w.nextRevision > 0) {
                    from = Math.min(from, w.nextRevision);
                }
            }
        }
        if (opens > 1) {
            LOG.info("etcdj watch stream reopened on {}: {} watches resumed{}", endpoint, n,
                    from == Long.MAX_VALUE ? "" : ", the earliest from revision " + from);
        }
    }

    @Override
    public void broken(EtcdException cause) {
        synchronized (lock) {
            open = false;
            pendingCreates.clear();
        }
    }

    @Override
    public void message(WatchResponse r) {
        synchronized (lock) {
            if (r.getCreated()) {
                answered(r);
            }
            if (r.getWatchId() == ALL_WATCHES && r.getCreated() && r.getCanceled()) {
                return; // a create etcd refused, handled above
            }
            if (r.getWatchId() == ALL_WATCHES) {
                io.etcdj.watch.WatchResponse progress = progress(r, ALL_WATCHES);
                for (WatchState w : watches.values()) {
                    if (w.isCreated()) {
                        w.deliver(progress);
                    }
                }
                return;
            }
            WatchState w = watches.get(r.getWatchId());
            if (w == null) {
                return; // a watch the client cancelled; its last responses may still arrive
            }
            if (r.getCreated()) {
                w.confirmed(r.getHeader().getRevision());
            }
            if (r.getCanceled()) {
                watches.remove(w.id);
                w.fail(r.getCompactRevision() > 0
                        ? new RevisionCompactedException(r.getCompactRevision(), "watch " + w.id
                                + ": the revision it resumes from, " + w.nextRevision + ", is compacted; the oldest "
                                + "revision left is " + r.getCompactRevision(), null)
                        : new EtcdException(ErrorCode.WATCH_CANCELED, Outcome.NOT_APPLIED, "etcd cancelled watch "
                                + w.id + (r.getCancelReason().isEmpty() ? "" : ": " + r.getCancelReason()), null));
                return;
            }
            if (r.getFragment()) {
                w.addFragments(r.getEventsList());
                return;
            }
            List<Event> events = r.getEventsList();
            if (w.fragments != null) {
                w.addFragments(events);
                events = w.fragments;
                w.fragments = null;
            }
            if (events.isEmpty()) {
                if (!r.getCreated()) {
                    w.deliver(progress(r, w.id));
                }
                return;
            }
            List<Event> fresh = events;
            if (events.get(0).getKv().getModRevision() < w.nextRevision) {
                fresh = new ArrayList<>();
                for (Event e : events) {
                    if (e.getKv().getModRevision() >= w.nextRevision) {
                        fresh.add(e);
                    }
                }
                if (fresh.isEmpty()) {
                    return;
                }
            }
            List<WatchEvent> mapped = w.mapper.events(fresh); // the mapper of the watch's view
            w.deliver(new io.etcdj.watch.WatchResponse(mapper.header(r.getHeader()), w.id, mapped));
        }
    }

    /**
     * etcd answered a create. A refused one (etcd 3.4 checks the token and the permission when a
     * watch is created) comes with watch id -1, so it is matched to the oldest create in flight.
     * A stale token gets the stream reopened with a fresh one, once per watch; any other refusal
     * ends the watch with the typed error.
     */
    private void answered(WatchResponse r) {
        if (r.getWatchId() != ALL_WATCHES) {
            WatchState head = pendingCreates.peek();
            if (head != null && head.id == r.getWatchId()) {
                pendingCreates.poll(); // etcd answers creates in order: the usual case
            } else {
                pendingCreates.removeIf(w -> w.id == r.getWatchId());
            }
            return;
        }
        WatchState w = pendingCreates.poll();
        if (w == null || !r.getCanceled() || watches.get(w.id) != w) {
            return;
        }
        String reason = r.getCancelReason();
        int desc = reason.indexOf("desc = ");
        ErrorCode code = ErrorCode.fromServerMessage(desc >= 0 ? reason.substring(desc + 7) : reason);
        if (code == null) {
            code = ErrorCode.WATCH_CANCELED;
        }
        if (ErrorMapper.isStaleCredentials(code) && !w.credentialsRefreshed) {
            w.credentialsRefreshed = true;
            if (stream.reopenWithFreshCredentials()) {
                return;
            }
        }
        watches.remove(w.id);
        w.fail(ErrorMapper.exception(code, Outcome.NOT_APPLIED, "etcd refused watch " + w.id + ": " + reason, null));
    }

    private io.etcdj.watch.WatchResponse progress(WatchResponse r, long id) {
        return new io.etcdj.watch.WatchResponse(mapper.header(r.getHeader()), id, List.of());
    }

    /** Ends every watch with the client-closed exception. */
    void close() {
        List<WatchState> all;
        synchronized (lock) {
            closed = true;
            open = false;
            all = new ArrayList<>(watches.values());
            watches.clear();
            if (stream != null) {
                stream.close();
            }
        }
        ClientClosedException error = ErrorMapper.closed(Outcome.NOT_APPLIED);
        for (WatchState w : all) {
            w.fail(error);
        }
    }
}
