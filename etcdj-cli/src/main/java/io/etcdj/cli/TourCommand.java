package io.etcdj.cli;

import io.etcdj.EtcdClient;
import io.etcdj.EtcdTransport;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cli.internal.Out;
import io.etcdj.cli.internal.TransportFlag;
import io.etcdj.exception.EtcdException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * {@code tour}: a short narrated tour of the etcdj library (see {@link Tour}) against a throwaway
 * local etcd, or against {@code --endpoints} when given (it then writes under a key prefix of its
 * own, deletes it afterwards, and compacts that cluster's history).
 */
final class TourCommand implements Command {
    @Override
    public String name() {
        return "tour";
    }

    @Override
    public String usage() {
        return "tour";
    }

    @Override
    public String summary() {
        return "A narrated tour of the etcdj library against a throwaway etcd (etcdj extension)";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of();
    }

    @Override
    public int run(CommandContext ctx) {
        Out out = ctx.out();
        String envEndpoints = ctx.env().get(GlobalFlags.envName(GlobalFlags.ENDPOINTS));
        boolean external = ctx.flags().changed(GlobalFlags.ENDPOINTS)
                || (envEndpoints != null && !envEndpoints.isEmpty());
        out.println("etcdj tour: the etcdj library's key-value API, call by call, against a real etcd.");
        DevServer server = null;
        try {
            List<String> endpoints;
            String prefix;
            EtcdTransport transport;
            if (external) {
                transport = ctx.transport();
                endpoints = ctx.flags().list(GlobalFlags.ENDPOINTS);
                prefix = "etcdj-tour/" + UUID.randomUUID().toString().substring(0, 8) + "/";
                out.println("Using " + String.join(",", endpoints) + "; keys go under " + prefix
                        + " and are deleted at the end. Note: step 7 compacts this cluster's history.");
            } else {
                transport = TransportFlag.of(ctx.flags());
                out.println("Starting a throwaway etcd (deleted again at the end) ...");
                out.flush();
                try {
                    server = DevServer.start();
                } catch (RuntimeException e) {
                    throw new CliExit(ExitCodes.ERROR, "cannot start etcd: " + e.getMessage());
                }
                endpoints = List.of(server.endpoint());
                prefix = "tour/";
                out.println("etcd is up at " + server.endpoint() + ".");
            }
            out.println("");
            out.println("   > EtcdClient etcd = EtcdClient.builder().endpoints(\"" + String.join("\", \"", endpoints)
                    + "\")" + (transport == EtcdTransport.GRPC ? "" : ".transport(EtcdTransport." + transport + ")")
                    + ".build();");
            try (EtcdClient etcd = EtcdClient.builder()
                    .endpoints(endpoints)
                    .transport(transport)
                    .requestTimeout(positive(ctx.flags().duration(GlobalFlags.COMMAND_TIMEOUT), Duration.ofSeconds(5)))
                    .connectTimeout(positive(ctx.flags().duration(GlobalFlags.DIAL_TIMEOUT), Duration.ofSeconds(2)))
                    .build()) {
                try {
                    new Tour(etcd, out, prefix).run();
                } finally {
                    if (external) {
                        etcd.kv().delete(prefix, io.etcdj.kv.DeleteOptions.builder().prefix().build());
                    }
                }
            }
            out.println("");
            out.println("Tour complete: " + Tour.STEPS + " steps, every response as expected.");
            return ExitCodes.SUCCESS;
        } catch (EtcdException | IllegalStateException e) {
            out.flush();
            throw new CliExit(ExitCodes.ERROR, "tour failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static Duration positive(Duration d, Duration fallback) {
        return d.isNegative() || d.isZero() ? fallback : d;
    }
}
