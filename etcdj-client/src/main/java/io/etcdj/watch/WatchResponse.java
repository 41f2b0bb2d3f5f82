package io.etcdj.watch;

import io.etcdj.ResponseHeader;
import java.util.List;

/**
 * What a watch delivers at once: the events of one or more whole revisions, in revision order, or
 * a progress notification. A revision is never split across two responses (etcdj reassembles
 * etcd's fragments). Immutable.
 */
public final class WatchResponse {
    private final ResponseHeader header;
    private final long watchId;
    private final List<WatchEvent> events;

    /**
     * Makes a response.
     *
     * @param header the header of etcd's response; not null
     * @param watchId the watch it belongs to
     * @param events the events, in order; empty for a progress notification (copied)
     */
    public WatchResponse(ResponseHeader header, long watchId, List<WatchEvent> events) {
        this.header = header;
        this.watchId = watchId;
        this.events = List.copyOf(events);
    }

    /**
     * etcd's response header: its revision is the store's revision when the response was sent.
     *
     * @return the header
     */
    public ResponseHeader header() {
        return header;
    }

    /**
     * The watch this response belongs to.
     *
     * @return its id
     */
    public long watchId() {
        return watchId;
    }

    /**
     * The events, in revision order.
     *
     * @return the events; empty for a progress notification
     */
    public List<WatchEvent> events() {
        return events;
    }

    /**
     * Whether this is a progress notification: no events, the header's revision tells how far the
     * store has gone. On etcd 3.4.23 a notification may arrive ahead of events at lower revisions
     * (etcd issue 15220), so do not take it alone as "caught up".
     *
     * @return true when there are no events
     */
    public boolean isProgressNotify() {
        return events.isEmpty();
    }

    @Override
    public String toString() {
        return "WatchResponse{watchId=" + watchId + ", revision=" + header.revision() + ", events=" + events + "}";
    }
}
