package io.etcdj.cli.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdj.cli.internal.FlagSpec;
import io.etcdj.v2.EtcdV2Exception;
import io.etcdj.v2.EtcdV2Member;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** {@code cluster-health}: asks every member's {@code /health} and says whether the cluster is healthy. */
final class V2ClusterHealthCommand implements V2Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "cluster-health";
    }

    @Override
    public List<FlagSpec> flags() {
        return List.of(FlagSpec.bool("forever", "forever check the health every 10 second until CTRL+C")
                .withShorthand('f'));
    }

    /** The words of Go's net/http for the failures a health check meets. */
    private static String goError(String url, IOException e) {
        if (e instanceof java.net.ConnectException) {
            URI u = URI.create(url);
            int port = u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
            return "dial tcp " + u.getHost() + ":" + port + ": connect: connection refused";
        }
        return String.valueOf(e.getMessage());
    }

    @Override
    public int run(V2Context ctx) {
        boolean forever = ctx.flags().bool("forever");
        List<EtcdV2Member> members;
        try {
            members = ctx.clientNoSync().members();
        } catch (EtcdV2Exception e) {
            ctx.out().println("cluster may be unhealthy: failed to list members");
            throw ctx.failure(e);
        }
        Duration total = ctx.totalTimeout();
        Duration dial = total.isZero() || total.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : total;
        HttpClient http = HttpClient.newBuilder().connectTimeout(dial).version(HttpClient.Version.HTTP_1_1).build();
        while (true) {
            int healthy = 0;
            for (EtcdV2Member m : members) {
                if (m.clientUrls().isEmpty()) {
                    ctx.out().println("member " + m.id() + " is unreachable: no available published client urls");
                    continue;
                }
                boolean checked = false;
                for (String url : m.clientUrls()) {
                    String health;
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).GET()
                                .build(), HttpResponse.BodyHandlers.ofString());
                        JsonNode j = JSON.readTree(r.body());
                        health = j.path("health").asText();
                    } catch (IOException e) {
                        ctx.out().println("failed to check the health of member " + m.id() + " on " + url
                                + ": Get \"" + url + "/health\": " + goError(url, e));
                        continue;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return V2Exit.SUCCESS;
                    }
                    checked = true;
                    if ("true".equals(health)) {
                        healthy++;
                        ctx.out().println("member " + m.id() + " is healthy: got healthy result from " + url);
                    } else {
                        ctx.out().println("member " + m.id() + " is unhealthy: got unhealthy result from " + url);
                    }
                    break;
                }
                if (!checked) {
                    ctx.out().println("member " + m.id() + " is unreachable: [" + String.join(" ", m.clientUrls())
                            + "] are all unreachable");
                }
            }
            // etcdctl 3.4: healthy when every member is, degraded when some are, unavailable when none
            boolean all = healthy == members.size();
            ctx.out().println(all ? "cluster is healthy" : healthy > 0 ? "cluster is degraded" : "cluster is unavailable");
            if (!forever) {
                return all ? V2Exit.SUCCESS : V2Exit.CLUSTER_NOT_HEALTHY;
            }
            ctx.out().print("\nnext check after 10 second...\n\n");
            ctx.out().flush();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return V2Exit.SUCCESS;
            }
        }
    }
}
