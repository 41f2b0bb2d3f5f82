package io.etcdj.cli.v2;

import io.etcdj.cli.internal.FlagSpec;
import java.util.List;

/** One etcdctl v2 command, such as {@code get} or {@code member}. */
interface V2Command {
    /** The name typed on the command line. */
    String name();

    /** The command's own flags. */
    List<FlagSpec> flags();

    /**
     * Runs the command; failures end it with {@link V2Exit}.
     *
     * @return the exit code
     */
    int run(V2Context ctx);
}
