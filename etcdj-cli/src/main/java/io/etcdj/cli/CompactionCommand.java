package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.Command;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.cli.internal.GoText;
import io.etcdj.exception.ErrorCode;
import io.etcdj.kv.CompactOptions;
import java.util.List;

/**
 * {@code compaction [--physical] <revision>}: discards the key-value history before a revision,
 * as etcdctl's {@code compaction} (etcd's {@code Compact} RPC). Prints
 * {@code compacted revision N} whatever the output format, as etcdctl does.
 */
final class CompactionCommand implements Command {
    private static final List<FlagSpec> FLAGS = List.of(
            FlagSpec.bool("physical", "wait until the old revisions are removed from the backend"));

    @Override
    public String name() {
        return "compaction";
    }

    @Override
    public String usage() {
        return "compaction [options] <revision>";
    }

    @Override
    public String summary() {
        return "Discards the key-value history before a revision";
    }

    @Override
    public List<FlagSpec> flags() {
        return FLAGS;
    }

    @Override
    public int run(CommandContext ctx) {
        if (ctx.args().size() != 1) {
            throw new CliExit(ExitCodes.BAD_ARGS, "compaction command needs 1 argument");
        }
        long revision;
        try {
            revision = GoText.parseInt(ctx.args().get(0), 10);
        } catch (IllegalArgumentException e) {
            throw new CliExit(ExitCodes.ERROR, e.getMessage());
        }
        CompactOptions.Builder builder = CompactOptions.builder();
        if (ctx.flags().bool("physical")) {
            builder.physical();
        }
        CompactOptions options = builder.build();
        ctx.call(kv -> {
            if (revision < 0) {
                // etcdj rejects a negative revision before sending it; etcd answers this for one
                throw new CliExit(ExitCodes.ERROR, ErrorCode.COMPACTED.serverMessage());
            }
            return kv.compact(revision, options);
        });
        ctx.out().println("compacted revision " + revision);
        return ExitCodes.SUCCESS;
    }
}
