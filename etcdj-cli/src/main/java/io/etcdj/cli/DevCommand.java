package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.Out;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code dev}: runs a throwaway single-member etcd in the foreground (a {@link DevServer}),
 * prints its endpoint and how to use it, and on Ctrl-C (SIGINT) or SIGTERM stops it and deletes
 * its data through a JVM shutdown hook.
 */
final class DevCommand implements Command {
    @Override
    public String name() {
        return "dev";
    }

    @Override
    public String usage() {
        return "dev";
    }

    @Override
    public String summary() {
        return "Runs a throwaway local etcd in the foreground until Ctrl-C (etcdj extension)";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(CommandContext ctx) {
        if (!ctx.args().isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, "dev command does not accept arguments");
        }
        Out out = ctx.out();
        DevServer server;
        try {
            server = DevServer.start();
        } catch (RuntimeException e) {
            throw new CliExit(ExitCodes.ERROR, "cannot start etcd: " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                out.println("");
                out.println("stopping etcd and deleting " + server.dataDir() + " ...");
                server.close();
                out.println("stopped.");
                out.flush();
            } finally {
                stopped.countDown();
            }
        }, "etcdj-dev-shutdown"));
        printBanner(out, server);
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCodes.SUCCESS;
    }

    static void printBanner(Out out, DevServer server) {
        String ep = server.endpoint();
        out.println("etcd is running (pid " + server.pid() + ", data in " + server.dataDir() + ")");
        out.println("endpoint: " + ep);
        out.println("use it:   bin/etcdj --endpoints " + ep + " put hello world");
        out.println("          ETCDCTL_API=3 etcdctl --endpoints " + ep + " get hello");
        out.println("          export ETCDCTL_ENDPOINTS=" + ep);
        out.println("Press Ctrl-C to stop it and delete its data.");
    }
}
