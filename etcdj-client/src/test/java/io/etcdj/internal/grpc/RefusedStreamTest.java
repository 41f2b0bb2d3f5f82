package io.etcdj.internal.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.etcdj.EtcdClient;
import io.etcdj.exception.EtcdException;
import io.etcdj.exception.Outcome;
import io.etcdj.grpc.PutRequest;
import io.etcdj.grpc.PutResponse;
import io.etcdj.grpc.ResponseHeader;
import io.etcdj.internal.EndpointAddress;
import io.etcdj.internal.transport.AttemptListener;
import io.etcdj.internal.transport.Connection;
import io.etcdj.internal.transport.Rpcs;
import io.etcdj.internal.transport.StatusCode;
import io.grpc.netty.shaded.io.netty.bootstrap.ServerBootstrap;
import io.grpc.netty.shaded.io.netty.buffer.ByteBuf;
import io.grpc.netty.shaded.io.netty.buffer.Unpooled;
import io.grpc.netty.shaded.io.netty.channel.Channel;
import io.grpc.netty.shaded.io.netty.channel.ChannelHandlerContext;
import io.grpc.netty.shaded.io.netty.channel.ChannelInitializer;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.SocketChannel;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2ConnectionHandler;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2ConnectionHandlerBuilder;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2Error;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2FrameAdapter;
import io.grpc.netty.shaded.io.netty.handler.codec.http2.Http2Headers;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outcome rules on the gRPC transport without gRPC's retry layer: an attempt whose stream the
 * server refused (RST_STREAM REFUSED_STREAM, or a GOAWAY below its stream) closes without
 * {@code onSent}, so the pipeline may send a put again; an attempt the server received and then
 * dropped closes after {@code onSent}, so a put is not sent again and fails with an unknown outcome.
 * Against a small HTTP/2 server of its own that answers each stream as told.
 */
class RefusedStreamTest {
    /** What the server does with one stream. */
    enum Answer {
        /** RST_STREAM REFUSED_STREAM on the request's headers. */
        REFUSE,
        /** GOAWAY (NO_ERROR) whose last stream id is below the request's stream, on its headers. */
        GOAWAY_BELOW,
        /** RST_STREAM CANCEL once the whole request arrived. */
        RESET_AFTER_REQUEST,
        /** Closes the connection once the whole request arrived. */
        CLOSE_AFTER_REQUEST,
        /** An OK answer with a PutResponse. */
        OK
    }

    private EventLoopGroup group;
    private Channel server;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger streams = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private GrpcTransport transport;

    @BeforeEach
    void start() throws InterruptedException {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Server listener = new Server();
                        Http2ConnectionHandler h = new Http2ConnectionHandlerBuilder().server(true)
                                .frameListener(listener).build();
                        listener.handler = h;
                        ch.pipeline().addLast(h);
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        transport = new GrpcTransport(new GrpcSettings(Duration.ofSeconds(5), "refused-stream-test", 4 << 20,
                Duration.ofMinutes(5), Duration.ofSeconds(20), null));
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close().sync();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    private int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Answers each stream with the next answer queued, OK once none is left. */
    private final class Server extends Http2FrameAdapter {
        Http2ConnectionHandler handler;
        private final Map<Integer, Answer> byStream = new java.util.HashMap<>();

        @Override
        public void onHeadersRead(ChannelHandlerContext ctx, int streamId, Http2Headers headers, int padding,
                boolean endOfStream) {
            streams.incrementAndGet();
            Answer a = answers.poll();
            a = a == null ? Answer.OK : a;
            byStream.put(streamId, a);
            if (a == Answer.REFUSE) {
                handler.encoder().writeRstStream(ctx, streamId, Http2Error.REFUSED_STREAM.code(), ctx.newPromise());
                ctx.flush();
            } else if (a == Answer.GOAWAY_BELOW) {
                handler.goAway(ctx, Math.max(0, streamId - 2), Http2Error.NO_ERROR.code(), Unpooled.EMPTY_BUFFER,
                        ctx.newPromise());
                ctx.flush();
            }
        }

        @Override
        public void onHeadersRead(ChannelHandlerContext ctx, int streamId, Http2Headers headers, int dependency,
                short weight, boolean exclusive, int padding, boolean endOfStream) {
            onHeadersRead(ctx, streamId, headers, padding, endOfStream);
        }

        @Override
        public int onDataRead(ChannelHandlerContext ctx, int streamId, ByteBuf data, int padding, boolean endOfStream) {
            int consumed = data.readableBytes() + padding;
            if (!endOfStream) {
                return consumed;
            }
            requests.incrementAndGet();
            switch (byStream.getOrDefault(streamId, Answer.OK)) {
                case RESET_AFTER_REQUEST -> {
                    handler.encoder().writeRstStream(ctx, streamId, Http2Error.CANCEL.code(), ctx.newPromise());
                    ctx.flush();
                }
                case CLOSE_AFTER_REQUEST -> ctx.close();
                case OK -> answerOk(ctx, streamId);
                default -> {
                }
            }
            return consumed;
        }

        private void answerOk(ChannelHandlerContext ctx, int streamId) {
            byte[] body = PutResponse.newBuilder().setHeader(ResponseHeader.newBuilder().setRevision(7)).build()
                    .toByteArray();
            ByteBuf frame = Unpooled.buffer(5 + body.length).writeByte(0).writeInt(body.length).writeBytes(body);
            handler.encoder().writeHeaders(ctx, streamId,
                    new DefaultHttp2Headers().status("200").set("content-type", "application/grpc"), 0, false,
                    ctx.newPromise());
            handler.encoder().writeData(ctx, streamId, frame, 0, false, ctx.newPromise());
            handler.encoder().writeHeaders(ctx, streamId, new DefaultHttp2Headers().set("grpc-status", "0"), 0, true,
                    ctx.newPromise());
            ctx.flush();
        }
    }

    /** What one attempt reported. */
    private static final class Recorded implements AttemptListener<PutResponse> {
        final AtomicBoolean sent = new AtomicBoolean();
        final AtomicBoolean sentBeforeClose = new AtomicBoolean();
        volatile PutResponse response;
        final CompletableFuture<StatusCode> closed = new CompletableFuture<>();
        volatile String message;

        @Override
        public void onSent() {
            sent.set(true);
        }

        @Override
        public void onMessage(PutResponse r) {
            response = r;
        }

        @Override
        public void onClose(StatusCode code, String message, Throwable cause) {
            sentBeforeClose.set(sent.get());
            this.message = message;
            closed.complete(code);
        }
    }

    private Recorded attempt(Answer answer) throws Exception {
        answers.add(answer);
        Connection c = transport.connect(new EndpointAddress("127.0.0.1", port(), false));
        try {
            Recorded r = new Recorded();
            c.start(Rpcs.KV_PUT, PutRequest.newBuilder().setKey(ByteString.copyFromUtf8("k"))
                    .setValue(ByteString.copyFromUtf8("v")).build(), TimeUnit.SECONDS.toNanos(10), Map.of(), r);
            r.closed.get(15, TimeUnit.SECONDS);
            return r;
        } finally {
            c.shutdownNow();
        }
    }

    @Test
    void aStreamRefusedByResetWasNeverSent() throws Exception {
        Recorded r = attempt(Answer.REFUSE);
        assertThat(r.closed.join()).isEqualTo(StatusCode.UNAVAILABLE);
        assertThat(r.message).startsWith(GrpcAttempt.REFUSED_BY_RESET);
        assertThat(r.sent).isFalse();
        assertThat(streams).hasValue(1);
    }

    @Test
    void aStreamAboveAGoAwayWasNeverSent() throws Exception {
        Recorded r = attempt(Answer.GOAWAY_BELOW);
        assertThat(r.closed.join()).isEqualTo(StatusCode.UNAVAILABLE);
        assertThat(r.message).startsWith(GrpcAttempt.REFUSED_BY_GOAWAY);
        assertThat(r.sent).isFalse();
        assertThat(streams).hasValue(1);
    }

    @Test
    void aRequestResetAfterItArrivedMayHaveBeenProcessed() throws Exception {
        Recorded r = attempt(Answer.RESET_AFTER_REQUEST);
        assertThat(r.closed.join()).isNotEqualTo(StatusCode.OK);
        assertThat(r.sentBeforeClose).isTrue();
        assertThat(requests).hasValue(1);
    }

    @Test
    void aRequestWhoseConnectionClosedAfterItArrivedMayHaveBeenProcessed() throws Exception {
        Recorded r = attempt(Answer.CLOSE_AFTER_REQUEST);
        assertThat(r.closed.join()).isEqualTo(StatusCode.UNAVAILABLE);
        assertThat(r.sentBeforeClose).isTrue();
        assertThat(requests).hasValue(1);
    }

    @Test
    void anAnsweredRequestWasSent() throws Exception {
        Recorded r = attempt(Answer.OK);
        assertThat(r.closed.join()).isEqualTo(StatusCode.OK);
        assertThat(r.sentBeforeClose).isTrue();
        assertThat(r.response.getHeader().getRevision()).isEqualTo(7);
    }

    @Test
    void theStatusesOfARefusalAreRecognisedExactly() {
        io.grpc.Status refused = io.grpc.Status.UNAVAILABLE.withDescription(GrpcAttempt.REFUSED_BY_RESET);
        assertThat(GrpcAttempt.refused(refused)).isTrue();
        assertThat(GrpcAttempt.refused(io.grpc.Status.UNAVAILABLE
                .withDescription(GrpcAttempt.REFUSED_BY_GOAWAY + ", debug data: bye"))).isTrue();
        assertThat(GrpcAttempt.refused(io.grpc.Status.INTERNAL.withDescription(GrpcAttempt.REFUSED_BY_RESET))).isFalse();
        assertThat(GrpcAttempt.refused(io.grpc.Status.UNAVAILABLE.withDescription(
                "Abrupt GOAWAY closed sent stream. HTTP/2 error code: INTERNAL_ERROR"))).isFalse();
        assertThat(GrpcAttempt.refused(io.grpc.Status.UNAVAILABLE.withDescription(
                GrpcAttempt.REFUSED_BY_GOAWAY + "_NOT"))).isFalse();
        assertThat(GrpcAttempt.refused(io.grpc.Status.UNAVAILABLE.withDescription(
                "RST_STREAM closed stream. HTTP/2 error code: CANCEL"))).isFalse();
        assertThat(GrpcAttempt.refused(io.grpc.Status.UNAVAILABLE)).isFalse();
    }

    @Test
    void aPutWhoseStreamWasRefusedIsSentAgainAndSucceeds() {
        answers.add(Answer.REFUSE);
        try (EtcdClient client = EtcdClient.builder().endpoints("http://127.0.0.1:" + port())
                .requestTimeout(Duration.ofSeconds(10)).build()) {
            assertThat(client.kv().put("k", "v").header().revision()).isEqualTo(7);
        }
        assertThat(streams).hasValue(2);
        assertThat(requests).hasValue(1);
    }

    @Test
    void aPutWhoseStreamWasRefusedByGoAwayIsSentAgainAndSucceeds() {
        answers.add(Answer.GOAWAY_BELOW);
        try (EtcdClient client = EtcdClient.builder().endpoints("http://127.0.0.1:" + port())
                .requestTimeout(Duration.ofSeconds(10)).build()) {
            assertThat(client.kv().put("k", "v").header().revision()).isEqualTo(7);
        }
        assertThat(streams).hasValue(2);
    }

    @Test
    void aPutTheServerReceivedAndDroppedIsNotSentAgain() {
        answers.add(Answer.RESET_AFTER_REQUEST);
        try (EtcdClient client = EtcdClient.builder().endpoints("http://127.0.0.1:" + port())
                .requestTimeout(Duration.ofSeconds(10)).build()) {
            assertThatThrownBy(() -> client.kv().put("k", "v")).isInstanceOfSatisfying(EtcdException.class,
                    e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN));
        }
        assertThat(streams).hasValue(1);
        assertThat(requests).hasValue(1);
    }
}
