package io.etcdj.cli;

import io.etcdj.EtcdClient;
import io.etcdj.KeyValue;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ErrorMessages;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.Printer;
import io.etcdj.election.ElectionListener;
import io.etcdj.election.Leadership;
import io.etcdj.election.Observation;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.GetResponse;
import io.etcdj.lock.Session;
import io.etcdj.ResponseHeader;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * {@code elect [-l|--listen] <election-name> [proposal]}: etcdctl 3.4's {@code elect} over the
 * election facet (Go's {@code concurrency.Election} layout, so etcdj, {@code etcdctl elect} and Go
 * services take part in one election). Both forms use a session with Go's default TTL of 60 s.
 *
 * <p>With a proposal it campaigns, prints the leader key and value as {@code get} prints them once
 * elected, and leads until SIGINT or SIGTERM (or, in-process, an interrupt of its thread): then it
 * resigns and exits 0. A signal while campaigning ends it with {@code Error: context canceled}
 * (exit 1); a session lost while leading with {@code Error: elect: session expired} (exit 1).
 * With {@code -l} it prints each leader (and each new value a leader proclaims) until a signal
 * (exit 0), or {@code Error: elect: observer lost} (exit 1) when the observation fails.
 */
final class ElectCommand implements Command {
    private static final long GO_DEFAULT_TTL = 60;
    private static final List<FlagSpec> FLAGS = List.of(FlagSpec.bool("listen", "observation mode").withShorthand('l'));

    @Override
    public String name() {
        return "elect";
    }

    @Override
    public String usage() {
        return "elect <election-name> [proposal]";
    }

    @Override
    public String summary() {
        return "Observes and participates in leader election";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        List<String> args = ctx.args();
        if (args.size() != 1 && args.size() != 2) {
            throw new CliExit(ExitCodes.BAD_ARGS, "elect takes one election name argument and an optional proposal argument");
        }
        boolean listen = ctx.flags().bool("listen");
        if (args.size() == 1 && !listen) {
            throw new CliExit(ExitCodes.BAD_ARGS, "no proposal argument but -l not set");
        }
        if (args.size() == 2 && listen) {
            throw new CliExit(ExitCodes.BAD_ARGS, "proposal given but -l is set");
        }
        ctx.requirePrintableFormat();
        EtcdClient client = ctx.callClient(c -> c);
        try (SignalTrap trap = SignalTrap.open();
                Session session = request(() -> client.lock().newSession(GO_DEFAULT_TTL))) {
            return listen ? observe(ctx, client, args.get(0)) : campaign(ctx, client, session, args.get(0), args.get(1));
        } finally {
            Thread.interrupted(); // a signal after the end has nothing left to stop
        }
    }

    /** What the observer's listener hands to the command's thread: a leader, or the end of the observation. */
    private record Seen(KeyValue leader) {
    }

    private static int observe(CommandContext ctx, EtcdClient client, String name) {
        Printer printer = ctx.printer(false);
        BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
        ElectionListener listener = new ElectionListener() {
            @Override
            public void onLeader(KeyValue leader) {
                seen.add(new Seen(leader));
            }

            @Override
            public void onError(EtcdException error) {
                seen.add(new Seen(null));
            }
        };
        // printed on this thread: the listener may be called where blocking calls are not allowed
        try (Observation o = request(() -> client.election().observe(name, listener))) {
            while (true) {
                KeyValue leader = seen.take().leader();
                if (leader == null) {
                    break;
                }
                // the JSON and fields formats show a response header: that of a read made now;
                // like etcdctl's, the response has the leader alone and no count
                ResponseHeader header = ctx.format("simple") ? null : request(() -> client.kv().get(leader.key()).header());
                printer.get(new GetResponse(header, List.of(leader), false, 0));
                ctx.out().flush();
            }
        } catch (InterruptedException signalled) {
            return ExitCodes.SUCCESS;
        }
        throw new CliExit(ExitCodes.ERROR, "elect: observer lost");
    }

    private static int campaign(CommandContext ctx, EtcdClient client, Session session, String name, String proposal) {
        CompletableFuture<Leadership> campaign = client.async().election().campaign(name, session, proposal, null);
        Leadership leader;
        try {
            leader = campaign.get();
        } catch (InterruptedException signalled) {
            campaign.cancel(true);
            throw new CliExit(ExitCodes.ERROR, "context canceled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EtcdException ee) {
                throw new CliExit(ExitCodes.ERROR, ErrorMessages.of(ee));
            }
            throw new IllegalStateException(e.getCause());
        }
        GetResponse r = request(() -> client.kv().get(leader.key()));
        ctx.printer(false).get(r);
        ctx.out().flush();
        try {
            session.done().get();
        } catch (InterruptedException signalled) {
            request(() -> {
                leader.resign();
                return null;
            });
            return ExitCodes.SUCCESS;
        } catch (ExecutionException e) {
            // a session ends only by completing; treat anything else as its loss
        }
        throw new CliExit(ExitCodes.ERROR, "elect: session expired");
    }

    private static <T> T request(Supplier<T> call) {
        try {
            return call.get();
        } catch (EtcdException e) {
            throw new CliExit(ExitCodes.ERROR, ErrorMessages.of(e));
        }
    }
}
