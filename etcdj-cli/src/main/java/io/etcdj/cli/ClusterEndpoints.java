package io.etcdj.cli;

import io.etcdj.cli.internal.CliExit;
import io.etcdj.cli.internal.CommandContext;
import io.etcdj.cli.internal.ExitCodes;
import io.etcdj.cli.internal.GlobalFlags;
import io.etcdj.cluster.Member;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The endpoints a per-endpoint command ({@code endpoint ...}, {@code defrag}) visits, as etcdctl
 * chooses them: those of {@code --endpoints}, or with {@code --cluster} every client URL in the
 * cluster's member list. The client is then pointed at all of them, so that calls can be pinned
 * to each.
 */
final class ClusterEndpoints {
    private ClusterEndpoints() {
    }

    static List<String> of(CommandContext ctx) {
        List<String> given = ctx.flags().list(GlobalFlags.ENDPOINTS);
        if (!ctx.flags().bool("cluster")) {
            return given;
        }
        List<String> urls = new ArrayList<>();
        try {
            for (Member m : ctx.callClient(c -> c.cluster().memberList()).members()) {
                urls.addAll(m.clientUrls());
            }
        } catch (CliExit e) {
            throw new CliExit(ExitCodes.ERROR, "failed to fetch endpoints from etcd cluster member list: " + e.getMessage());
        }
        Set<String> all = new LinkedHashSet<>(given);
        all.addAll(urls);
        ctx.callClient(c -> {
            c.setEndpoints(all.toArray(new String[0]));
            return null;
        });
        return urls;
    }
}
