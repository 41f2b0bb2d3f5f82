package io.etcdj.cli;

import io.etcdj.EtcdClient;
import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ErrorMessages;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.exception.EtcdException;
import io.etcdj.kv.GetResponse;
import io.etcdj.lock.Mutex;
import io.etcdj.lock.Session;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code lock [--ttl N] <lockname> [exec-command arg1 arg2 ...]}: etcdctl 3.4's {@code lock} over
 * the lock facet (Go's {@code concurrency.Mutex} layout, so it excludes {@code etcdctl lock} and Go
 * services on the same name). A session with a lease of {@code --ttl} seconds (10 by default; 0 or
 * less means 60, as Go's {@code WithTTL}) holds the lock key {@code <lockname>/<lease id hex>}.
 *
 * <p>Without a command it prints the lock key as {@code get} prints it once the lock is held, and
 * holds it until SIGINT or SIGTERM (or, in-process, an interrupt of its thread): then it releases
 * the lock and exits 0. A signal while waiting ends it with {@code Error: context canceled} (exit
 * 1) and leaves no key; a session lost while holding ends it with {@code Error: session expired}
 * (exit 1). With a command it runs the command while it holds the lock ({@link LockExec}), releases
 * the lock and exits 0, or 1 with {@code Error: exit status N} when the command failed.
 */
final class LockCommand implements Command {
    private static final long DEFAULT_TTL = 10;
    private static final long GO_DEFAULT_TTL = 60;
    private static final List<FlagSpec> FLAGS = List.of(FlagSpec.int64("ttl", DEFAULT_TTL, "timeout for session"));

    @Override
    public String name() {
        return "lock";
    }

    @Override
    public String usage() {
        return "lock <lockname> [exec-command arg1 arg2 ...]";
    }

    @Override
    public String summary() {
        return "Acquires a named lock";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        if (ctx.args().isEmpty()) {
            throw new CliExit(ExitCodes.BAD_ARGS, "lock takes a lock name argument and an optional command to execute");
        }
        String name = ctx.args().get(0);
        List<String> command = ctx.args().subList(1, ctx.args().size());
        if (command.isEmpty()) {
            ctx.requirePrintableFormat();
        }
        long ttl = ctx.flags().int64("ttl");
        EtcdClient client = ctx.callClient(c -> c);
        try (SignalTrap trap = SignalTrap.open();
                Session session = request(() -> client.lock().newSession(ttl > 0 ? ttl : GO_DEFAULT_TTL))) {
            Held held = acquire(client, name, session);
            if (!command.isEmpty()) {
                String failure = new LockExec(command, ctx.env()).run(held.mutex.key(), held.revision, ctx.out(), ctx.err());
                request(() -> {
                    held.mutex.release();
                    return null;
                });
                if (failure != null) {
                    throw new CliExit(ExitCodes.ERROR, failure);
                }
                return ExitCodes.SUCCESS;
            }
            GetResponse r = request(() -> client.kv().get(held.mutex.key()));
            if (r.size() == 0) {
                throw new CliExit(ExitCodes.ERROR, "lock lost on init");
            }
            ctx.printer(false).get(r);
            ctx.out().flush();
            try {
                session.done().get();
            } catch (InterruptedException signalled) {
                request(() -> {
                    held.mutex.release();
                    return null;
                });
                return ExitCodes.SUCCESS;
            } catch (ExecutionException e) {
                // a session ends only by completing; treat anything else as its loss
            }
            throw new CliExit(ExitCodes.ERROR, "session expired");
        } finally {
            Thread.interrupted(); // a signal that came after the command ended has nothing left to stop
        }
    }

    /** The held lock and the revision etcdctl reports as {@code ETCD_LOCK_REV}. */
    private record Held(Mutex mutex, long revision) {
    }

    /**
     * Takes the lock. Free, it is taken with one txn whose revision is the key's create revision
     * (what etcdctl reports); otherwise it waits in line, and the revision is that of a read made
     * once it holds the lock (etcdctl reports the revision of its last read while waiting).
     */
    private static Held acquire(EtcdClient client, String name, Session session) {
        Optional<Mutex> now = request(() -> client.lock().tryAcquire(name, session));
        if (now.isPresent()) {
            return new Held(now.get(), now.get().fencingToken());
        }
        CompletableFuture<Mutex> waiting = client.async().lock().acquire(name, session, null);
        Mutex m;
        try {
            m = waiting.get();
        } catch (InterruptedException signalled) {
            waiting.cancel(true);
            throw new CliExit(ExitCodes.ERROR, "context canceled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EtcdException ee) {
                throw new CliExit(ExitCodes.ERROR, ErrorMessages.of(ee));
            }
            throw new IllegalStateException(e.getCause());
        }
        long revision = request(() -> client.kv().get(m.key())).header().revision();
        return new Held(m, revision);
    }

    private static <T> T request(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (EtcdException e) {
            throw new CliExit(ExitCodes.ERROR, ErrorMessages.of(e));
        }
    }
}
