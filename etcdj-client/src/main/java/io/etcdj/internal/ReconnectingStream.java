package io.etcdj.internal;

import com.google.protobuf.Message;
import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.UnauthenticatedException;
import io.etcdj.internal.transport.ClientStream;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.internal.transport.StreamListener;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stream layer: one long-lived etcd stream (watch, lease keep-alive, election observe) that
 * outlives its connections. It opens the stream on an endpoint from the pool with the client's
 * metadata (the same credentials as unary calls) plus the stream's own headers, notices when the
 * stream ends (an error, the member gone, a connection the keep-alive pings found dead, a member
 * that lost its leader when the owner sends etcd's {@code hasleader} header), and reopens it on
 * another endpoint after a jittered exponential backoff. Its owner re-creates its state on each
 * new stream ({@link Owner#opened}) and so resumes. Each break and reopen is logged once.
 *
 * @param <Q> the request message type
 * @param <R> the response message type
 */
public final class ReconnectingStream<Q extends Message, R extends Message> {
    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingStream.class);

    /** What the stream's user does when it opens, receives and breaks. Called one at a time. */
    public interface Owner<Q, R> {
        /**
         * A new stream is open: send what re-creates the owner's state on it.
         *
         * @param endpoint where it is open
         */
        void opened(EndpointAddress endpoint);

        /** @param message the next message of the current stream */
        void message(R message);

        /**
         * The stream ended; unless the owner closes it, it is reopened after a backoff.
         *
         * @param cause why, as an etcdj exception
         */
        void broken(EtcdException cause);
    }

    private final String name;
    private final EndpointPool pool;
    private final MetadataProvider metadata;
    private final ScheduledExecutorService scheduler;
    private final Rpc<Q, R> rpc;
    private final Map<String, String> headers;
    private final Owner<Q, R> owner;
    private final Object lock = new Object();
    private ClientStream<Q> current;
    /** The metadata the current stream was opened with. */
    private Map<String, String> currentMetadata;
    private Endpoint endpoint;
    private int generation;
    private int failures;
    private boolean closed;

    /**
     * @param name what the stream is for, for the log
     * @param pool the endpoints
     * @param metadata the client's metadata (credentials)
     * @param scheduler runs reopens after their backoff
     * @param rpc the streaming RPC
     * @param headers headers of this stream on top of the client's
     * @param owner the stream's user
     */
    public ReconnectingStream(String name, EndpointPool pool, MetadataProvider metadata,
            ScheduledExecutorService scheduler, Rpc<Q, R> rpc, Map<String, String> headers, Owner<Q, R> owner) {
        this.name = name;
        this.pool = pool;
        this.metadata = metadata;
        this.scheduler = scheduler;
        this.rpc = rpc;
        this.headers = Map.copyOf(headers);
        this.owner = owner;
    }

    /** Opens the stream. */
    public void start() {
        open(null);
    }

    /**
     * @param message a request for the current stream
     * @return false when no stream is open now (the owner sends its state again once one opens)
     */
    public boolean send(Q message) {
        ClientStream<Q> s;
        synchronized (lock) {
            s = current;
        }
        if (s == null) {
            return false;
        }
        s.send(message);
        return true;
    }

    /**
     * The server refused a request on the open stream for stale credentials (etcd checks a watch's
     * token when the watch is created, not when the stream opened, so a token can expire under a
     * stream that stays up). Fetches fresh credentials and opens a new stream at once; the owner
     * hears {@link Owner#broken} and then {@link Owner#opened}, and sends its state again.
     *
     * @return false when there is no open stream or no fresher credentials to be had
     */
    public boolean reopenWithFreshCredentials() {
        ClientStream<Q> s;
        Endpoint e;
        synchronized (lock) {
            if (closed || current == null || currentMetadata == null || !metadata.refresh(currentMetadata)) {
                return false;
            }
            s = current;
            e = endpoint;
            current = null;
            generation++; // the old stream's close is not a failure to react to
        }
        s.cancel("reopening with fresh credentials");
        owner.broken(new UnauthenticatedException(ErrorCode.INVALID_AUTH_TOKEN, Outcome.NOT_APPLIED,
                "etcd refused the stream's auth token", null));
        LOG.info("etcdj {} stream on {}: etcd refused its auth token; reopening with a fresh one", name, e);
        try {
            scheduler.execute(() -> open(null));
        } catch (RejectedExecutionException ex) {
            // the client is closing
        }
        return true;
    }

    /**
     * The owner found the open stream silent: requests it sent went unanswered for longer than it
     * can wait (a paused or cut-off member keeps its connection open and answers nothing, and the
     * keep-alive pings take tens of seconds to notice). Abandons the stream, passes its endpoint
     * over for a while, and opens a new stream on another endpoint at once; the owner hears
     * {@link Owner#broken} and then {@link Owner#opened}, and sends its state again.
     *
     * @param why what went unanswered, for the log
     * @return false when there is no open stream
     */
    public boolean reopenElsewhere(String why) {
        ClientStream<Q> s;
        Endpoint e;
        synchronized (lock) {
            if (closed || current == null) {
                return false;
            }
            s = current;
            e = endpoint;
            current = null;
            generation++; // the old stream's close is not a failure to react to
        }
        e.markFailed();
        s.cancel("silent stream: " + why);
        owner.broken(new EtcdException(ErrorCode.UNAVAILABLE, Outcome.NOT_APPLIED,
                "the stream went silent: " + why + " (endpoint " + e + ")", null));
        LOG.info("etcdj {} stream on {} went silent ({}); reopening on another endpoint", name, e, why);
        try {
            scheduler.execute(() -> open(e));
        } catch (RejectedExecutionException ex) {
            // the client is closing
        }
        return true;
    }

    /** Ends the stream for good. */
    public void close() {
        ClientStream<Q> s;
        synchronized (lock) {
            closed = true;
            s = current;
            current = null;
        }
        if (s != null) {
            s.cancel("closed by the client");
        }
    }

    private void open(Endpoint avoid) {
        Endpoint e;
        int gen;
        synchronized (lock) {
            if (closed) {
                return;
            }
            e = pool.pick(avoid);
            endpoint = e;
            gen = ++generation;
        }
        CompletableFuture<Map<String, String>> md = metadata.metadata();
        md.whenComplete((m, error) -> {
            if (error != null) {
                broke(gen, e, ErrorMapper.wrap(error.getCause() != null ? error.getCause() : error, Outcome.NOT_APPLIED), m);
                return;
            }
            Map<String, String> all = new HashMap<>(m);
            all.putAll(headers);
            ClientStream<Q> s;
            try {
                s = e.connection.openStream(rpc, all, new Listener(gen, e, m));
            } catch (RuntimeException ex) {
                broke(gen, e, ErrorMapper.wrap(ex, Outcome.NOT_APPLIED), m);
                return;
            }
            synchronized (lock) {
                if (closed || gen != generation) {
                    s.cancel("superseded");
                    return;
                }
                current = s;
                currentMetadata = m;
            }
            owner.opened(e.address);
        });
    }

    private void broke(int gen, Endpoint e, EtcdException cause, Map<String, String> usedMetadata) {
        long delay;
        synchronized (lock) {
            if (closed || gen != generation) {
                return;
            }
            current = null;
            if (ErrorMapper.endpointFailed(cause.code())) {
                e.markFailed();
            }
            delay = ErrorMapper.isStaleCredentials(cause.code()) && usedMetadata != null && metadata.refresh(usedMetadata)
                    ? 0 : Backoff.delayMillis(++failures);
        }
        owner.broken(cause);
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        LOG.info("etcdj {} stream on {} ended ({}); reopening in {} ms", name, e, cause.getMessage(), delay);
        try {
            scheduler.schedule(() -> open(e), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException ex) {
            // the client is closing
        }
    }

    private final class Listener implements StreamListener<R> {
        private final int gen;
        private final Endpoint e;
        private final Map<String, String> usedMetadata;

        Listener(int gen, Endpoint e, Map<String, String> usedMetadata) {
            this.gen = gen;
            this.e = e;
            this.usedMetadata = usedMetadata;
        }

        @Override
        public void onMessage(R message) {
            synchronized (lock) {
                if (gen != generation || closed) {
                    return;
                }
                failures = 0;
            }
            e.markHealthy();
            owner.message(message);
        }

        @Override
        public void onClose(StatusCode code, String message, Throwable cause) {
            EtcdException error;
            if (code == StatusCode.OK) {
                error = new EtcdException(ErrorCode.UNAVAILABLE, Outcome.NOT_APPLIED,
                        "the server ended the stream (endpoint " + e + ")", cause);
            } else {
                ErrorCode c = ErrorMapper.code(code, message, cause);
                error = ErrorMapper.exception(c, Outcome.NOT_APPLIED,
                        (c.serverMessage() != null ? message : code + (message == null ? "" : ": " + message))
                                + " (endpoint " + e + ")", cause);
            }
            broke(gen, e, error, usedMetadata);
        }
    }
}
