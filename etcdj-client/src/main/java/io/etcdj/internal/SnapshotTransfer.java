package io.etcdj.internal;

import io.etcdj.exception.ErrorCode;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.EtcdTimeoutException;
import io.etcdj.exception.InternalException;
import io.etcdj.exception.Outcome;
import io.etcdj.exception.SnapshotIntegrityException;
import io.etcdj.grpc.SnapshotRequest;
import io.etcdj.grpc.SnapshotResponse;
import io.etcdj.internal.transport.ClientStream;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.internal.transport.StreamListener;
import io.etcdj.maintenance.SnapshotInfo;
import io.etcdj.maintenance.SnapshotProgressListener;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One snapshot: etcd's server-streaming {@code Maintenance.Snapshot}, opened once on one endpoint
 * and never resumed elsewhere (a second stream would be another database), written to a
 * {@link SnapshotSink} and checked against etcd's SHA-256 trailer.
 *
 * <p>The transport delivers messages on an I/O thread, which only queues them; the snapshot's own
 * daemon thread writes them, reports progress, enforces the deadline and finishes the sink, so
 * slow disks or streams never stall other calls. The transport asks for each next message as soon
 * as one is queued, so a sink slower than the network buffers the difference in memory.
 *
 * <p>Before the first byte arrives, a stream rejected for stale credentials is opened once more
 * with refreshed ones, and an endpoint that cannot be reached is passed over for the next target
 * when there is one (nothing was received, so nothing is resumed). Every other end but a
 * complete, checked stream fails the snapshot and aborts the sink.
 */
final class SnapshotTransfer {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotTransfer.class);
    private static final SnapshotRequest REQUEST = SnapshotRequest.getDefaultInstance();

    /** Opens the stream on the chosen endpoint. */
    @FunctionalInterface
    interface Opener {
        /**
         * @param metadata the headers of the stream (credentials)
         * @param listener hears the stream's messages and end
         * @return the stream, already open
         */
        ClientStream<SnapshotRequest> open(Map<String, String> metadata, StreamListener<SnapshotResponse> listener);
    }

    /**
     * An endpoint the snapshot may be taken from.
     *
     * @param endpoint the endpoint, for results and messages
     * @param opener opens the stream there
     */
    record Target(String endpoint, Opener opener) {
    }

    private record Chunk(int generation, SnapshotResponse message) {
    }

    private record End(int generation, StatusCode code, String message, Throwable cause) {
    }

    private static final Object CANCEL = new Object();

    private final List<Target> targets;
    private int target;
    private String endpoint;
    private final MetadataProvider metadata;
    private final SnapshotSink sink;
    private final SnapshotProgressListener progress;
    private final Duration timeout;
    private final CompletableFuture<SnapshotInfo> result = new CompletableFuture<>();
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final SnapshotChecksum checksum = new SnapshotChecksum();
    private volatile ClientStream<SnapshotRequest> stream;
    private int generation;

    /**
     * A snapshot of one endpoint.
     *
     * @param endpoint the endpoint, for results and messages
     * @param opener opens the stream there
     * @param metadata the client's credentials
     * @param sink where the bytes go
     * @param progress hears of progress, or null
     * @param timeout the deadline of the whole snapshot, or null for none
     */
    SnapshotTransfer(String endpoint, Opener opener, MetadataProvider metadata, SnapshotSink sink,
            SnapshotProgressListener progress, Duration timeout) {
        this(List.of(new Target(endpoint, opener)), metadata, sink, progress, timeout);
    }

    /**
     * A snapshot of the first of these endpoints that can be reached: while no byte has arrived,
     * an endpoint that cannot be reached is passed over for the next one.
     *
     * @param targets the endpoints, in the order to try them; not empty
     * @param metadata the client's credentials
     * @param sink where the bytes go
     * @param progress hears of progress, or null
     * @param timeout the deadline of the whole snapshot, or null for none
     */
    SnapshotTransfer(List<Target> targets, MetadataProvider metadata, SnapshotSink sink,
            SnapshotProgressListener progress, Duration timeout) {
        this.targets = List.copyOf(targets);
        this.endpoint = targets.get(0).endpoint();
        this.metadata = metadata;
        this.sink = sink;
        this.progress = progress;
        this.timeout = timeout;
    }

    /**
     * Starts the snapshot on a thread of its own.
     *
     * @return the result; cancelling it stops the snapshot and aborts the sink
     */
    CompletableFuture<SnapshotInfo> start() {
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                queue.add(CANCEL);
            }
        });
        Thread t = new Thread(this::run, "etcdj-snapshot");
        t.setDaemon(true);
        t.start();
        return result;
    }

    private void run() {
        long start = System.nanoTime();
        long deadline = timeout == null ? Long.MAX_VALUE : start + timeout.toNanos();
        try {
            Map<String, String> md = awaitMetadata(deadline);
            open(md);
            boolean retried = false;
            boolean dataDone = false;
            long lastRemaining = -1;
            while (true) {
                Object item = next(deadline);
                if (item == CANCEL || result.isDone()) {
                    throw new EtcdException(ErrorCode.CANCELLED, Outcome.NOT_APPLIED, "the snapshot was cancelled", null);
                }
                if (item instanceof Chunk c) {
                    if (c.generation != generation) {
                        continue;
                    }
                    SnapshotResponse m = c.message;
                    checksum.update(m.getBlob());
                    write(m);
                    long remaining = m.getRemainingBytes() + (dataDone ? 0 : SnapshotChecksum.TRAILER_BYTES);
                    if (m.getRemainingBytes() == 0) {
                        dataDone = true;
                    }
                    lastRemaining = m.getRemainingBytes();
                    report(checksum.received(), remaining);
                } else if (item instanceof End e) {
                    if (e.generation != generation) {
                        continue;
                    }
                    if (e.code == StatusCode.OK) {
                        finish(start, lastRemaining);
                        return;
                    }
                    EtcdException error = error(e);
                    if (checksum.received() == 0 && ErrorMapper.endpointFailed(error.code())
                            && target + 1 < targets.size()) {
                        LOG.info("etcdj snapshot: {}; trying {}", error.getMessage(), targets.get(target + 1).endpoint());
                        endpoint = targets.get(++target).endpoint();
                        open(md);
                        continue;
                    }
                    if (!retried && checksum.received() == 0 && ErrorMapper.isStaleCredentials(error.code())
                            && metadata.refresh(md)) {
                        retried = true;
                        md = awaitMetadata(deadline);
                        open(md);
                        continue;
                    }
                    throw error;
                }
            }
        } catch (Throwable t) {
            fail(t);
        }
    }

    private void finish(long start, long lastRemaining) throws IOException {
        if (lastRemaining != 0) {
            throw new SnapshotIntegrityException("the snapshot stream from " + endpoint + " ended with "
                    + (lastRemaining < 0 ? "no data" : lastRemaining + " bytes still to come"));
        }
        byte[] sha = checksum.verify();
        try {
            sink.commit();
        } catch (IOException e) {
            throw new InternalException(ErrorCode.INTERNAL, Outcome.NOT_APPLIED,
                    "cannot save the snapshot" + where() + " (" + e + ")", e);
        }
        SnapshotInfo info = new SnapshotInfo(endpoint, checksum.received() - SnapshotChecksum.TRAILER_BYTES, sha,
                Duration.ofNanos(System.nanoTime() - start), sink.file());
        if (!result.complete(info)) {
            // cancelled at the very end: the caller gave up on it, but the file is complete and good
            LOG.debug("etcdj snapshot completed after it was cancelled: {}", info);
        }
    }

    private void fail(Throwable t) {
        ClientStream<SnapshotRequest> s = stream;
        if (s != null) {
            s.cancel("snapshot failed: " + t.getMessage());
        }
        sink.abort();
        result.completeExceptionally(ErrorMapper.wrap(t, Outcome.NOT_APPLIED));
    }

    private String where() {
        return sink.file() != null ? " to " + sink.file() : "";
    }

    private void write(SnapshotResponse m) {
        try {
            sink.write(m.getBlob());
        } catch (IOException e) {
            throw new InternalException(ErrorCode.INTERNAL, Outcome.NOT_APPLIED,
                    "cannot write the snapshot" + where() + " (" + e + ")", e);
        }
    }

    private void report(long received, long remaining) {
        if (progress == null) {
            return;
        }
        try {
            progress.progress(received, remaining);
        } catch (RuntimeException e) {
            LOG.warn("etcdj snapshot progress listener failed; the snapshot goes on", e);
        }
    }

    private Map<String, String> awaitMetadata(long deadline) throws InterruptedException {
        CompletableFuture<Map<String, String>> md = metadata.metadata();
        try {
            return deadline == Long.MAX_VALUE ? md.get()
                    : md.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw ErrorMapper.wrap(e.getCause(), Outcome.NOT_APPLIED);
        } catch (TimeoutException e) {
            throw timedOut();
        }
    }

    private Object next(long deadline) throws InterruptedException {
        if (deadline == Long.MAX_VALUE) {
            return queue.take();
        }
        Object item = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (item == null) {
            throw timedOut();
        }
        return item;
    }

    private EtcdTimeoutException timedOut() {
        return new EtcdTimeoutException(ErrorCode.DEADLINE_EXCEEDED, Outcome.NOT_APPLIED,
                "the snapshot from " + endpoint + " did not complete within its timeout of " + timeout
                        + " (" + checksum.received() + " bytes received)", null);
    }

    private void open(Map<String, String> md) {
        int gen = ++generation;
        ClientStream<SnapshotRequest> s = targets.get(target).opener().open(md, new StreamListener<>() {
            @Override
            public void onMessage(SnapshotResponse message) {
                queue.add(new Chunk(gen, message));
            }

            @Override
            public void onClose(StatusCode code, String message, Throwable cause) {
                queue.add(new End(gen, code, message, cause));
            }
        });
        stream = s;
        s.send(REQUEST);
        s.halfClose();
    }

    private EtcdException error(End e) {
        ErrorCode c = ErrorMapper.code(e.code, e.message, e.cause);
        String text = (c.serverMessage() != null ? e.message : e.code + (e.message == null ? "" : ": " + e.message))
                + " (endpoint " + endpoint + (checksum.received() > 0
                        ? ", snapshot cut short after " + checksum.received() + " bytes" : "") + ")";
        return ErrorMapper.exception(c, Outcome.NOT_APPLIED, text, e.cause);
    }
}
