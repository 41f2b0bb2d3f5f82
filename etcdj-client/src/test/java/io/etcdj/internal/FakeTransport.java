package io.etcdj.internal;

import com.google.protobuf.Message;
import io.etcdj.internal.transport.Attempt;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.Connection;
import io.etcdj.internal.transport.Rpc;
import io.etcdj.internal.transport.StatusCode;
import io.etcdj.internal.transport.Transport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted transport for tests of the call pipeline's own rules (retries, outcomes, deadlines,
 * cancellation), which a real etcd cannot be made to show on demand. It stands in for the
 * connection layer only; everything above it is the production code.
 */
final class FakeTransport implements Transport {
    /** What one endpoint does with each attempt. */
    interface Script {
        void run(FakeAttempt attempt);
    }

    /** One attempt as the script sees it. */
    static final class FakeAttempt implements Attempt {
        final EndpointAddress endpoint;
        final Map<String, String> metadata;
        final long timeoutNanos;
        @SuppressWarnings("rawtypes")
        final AttemptListener listener;
        volatile boolean cancelled;
        volatile boolean closed;

        FakeAttempt(EndpointAddress endpoint, Map<String, String> metadata, long timeoutNanos, AttemptListener<?> listener) {
            this.endpoint = endpoint;
            this.metadata = metadata;
            this.timeoutNanos = timeoutNanos;
            this.listener = listener;
        }

        void sent() {
            listener.onSent();
        }

        @SuppressWarnings("unchecked")
        void ok(Message response) {
            if (response != null) {
                listener.onMessage(response);
            }
            close(StatusCode.OK, null);
        }

        void close(StatusCode code, String message) {
            close(code, message, null);
        }

        void close(StatusCode code, String message, Throwable cause) {
            if (!closed) {
                closed = true;
                listener.onClose(code, message, cause);
            }
        }

        @Override
        public void cancel(String reason) {
            cancelled = true;
            close(StatusCode.CANCELLED, reason);
        }
    }

    final Map<EndpointAddress, Script> scripts = new ConcurrentHashMap<>();
    final Map<EndpointAddress, Boolean> ready = new ConcurrentHashMap<>();
    final List<FakeAttempt> attempts = new CopyOnWriteArrayList<>();

    @Override
    public Connection connect(EndpointAddress endpoint) {
        return new Connection() {
            @Override
            public <Q extends Message, R extends Message> Attempt start(Rpc<Q, R> rpc, Q request, long timeoutNanos,
                    Map<String, String> metadata, AttemptListener<R> listener) {
                FakeAttempt a = new FakeAttempt(endpoint, metadata, timeoutNanos, listener);
                attempts.add(a);
                scripts.getOrDefault(endpoint, x -> x.close(StatusCode.UNAVAILABLE, "no script")).run(a);
                return a;
            }

            @Override
            public <Q extends Message, R extends Message> io.etcdj.internal.transport.ClientStream<Q> openStream(
                    Rpc<Q, R> rpc, Map<String, String> metadata, io.etcdj.internal.transport.StreamListener<R> listener) {
                throw new UnsupportedOperationException("streams are tested against real etcd");
            }

            @Override
            public boolean isReady() {
                return ready.getOrDefault(endpoint, false);
            }

            @Override
            public void reconnectNow() {
            }

            @Override
            public void shutdown() {
            }

            @Override
            public void shutdownNow() {
                for (FakeAttempt a : attempts) {
                    if (a.endpoint.equals(endpoint)) {
                        a.close(StatusCode.UNAVAILABLE, "Channel shutdownNow invoked");
                    }
                }
            }
        };
    }
}
