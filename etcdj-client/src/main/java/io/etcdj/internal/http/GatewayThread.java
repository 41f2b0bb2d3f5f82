package io.etcdj.internal.http;

/**
 * A thread of the gateway transport, which completes calls' futures: {@link io.etcdj.internal.Blocking}
 * refuses to block on one, as on a Netty thread, since waiting there could starve the answer waited for.
 */
public final class GatewayThread extends Thread {
    GatewayThread(Runnable task, String name) {
        super(task, name);
        setDaemon(true);
    }
}
